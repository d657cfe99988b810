#include "LogRedaction.h"

#include <QRegularExpression>

QString redactXmppLog(const QString &text, bool keepBodies)
{
    // SASL (RFC 6120 6.4) and SASL2 (XEP-0388) elements: every one may carry a SCRAM message
    // or a token. Non-SASL auth (XEP-0078) is off, but its password and digest go too.
    static const QRegularExpression sasl(QStringLiteral(
        "(<(auth|challenge|response|success|failure|initial-response|additional-data|password|digest|token)\\b[^>]*>)"
        "[^<]+(</\\2>)"));
    static const QRegularExpression body(QStringLiteral("(<body\\b[^>]*>)([^<]*)(</body>)"));
    QString out = text;
    out.replace(sasl, QStringLiteral("\\1[redacted]\\3"));
    if (!keepBodies) {
        QString result;
        qsizetype last = 0;
        for (auto it = body.globalMatch(out); it.hasNext();) {
            const auto match = it.next();
            result += QStringView(out).sliced(last, match.capturedStart(2) - last);
            result += QStringLiteral("[%1 characters]").arg(match.capturedLength(2));
            last = match.capturedEnd(2);
        }
        result += QStringView(out).sliced(last);
        out = result;
    }
    return out;
}
