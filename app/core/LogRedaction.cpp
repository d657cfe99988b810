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
    // Data form fields of type text-private (XEP-0004: passwords, PINs), in commands and
    // registration forms either way; a self-closing field has no values to hide.
    static const QRegularExpression privateField(QStringLiteral(
        "<field\\b[^>]*\\btype=(['\"])text-private\\1[^>]*(?<!/)>.*?</field>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression value(QStringLiteral("(<value\\b[^>]*>)[^<]*(</value>)"));
    QString out = text;
    out.replace(sasl, QStringLiteral("\\1[redacted]\\3"));
    for (qsizetype from = 0;;) {
        const auto match = privateField.match(out, from);
        if (!match.hasMatch())
            break;
        QString field = match.captured(0);
        field.replace(value, QStringLiteral("\\1[redacted]\\2"));
        out.replace(match.capturedStart(0), match.capturedLength(0), field);
        from = match.capturedStart(0) + field.size();
    }
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
