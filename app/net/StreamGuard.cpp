#include "StreamGuard.h"

#include "core/Logging.h"

#include <QXmlStreamReader>

namespace {
constexpr QStringView StreamsNs = u"http://etherx.jabber.org/streams";
constexpr QStringView StreamErrorsNs = u"urn:ietf:params:xml:ns:xmpp-streams";
constexpr QStringView SmNs = u"urn:xmpp:sm:3";
constexpr QStringView BindNs = u"urn:ietf:params:xml:ns:xmpp-bind";
constexpr QStringView SessionNs = u"urn:ietf:params:xml:ns:xmpp-session";

QByteArray escapeAttribute(QStringView value)
{
    return value.toString().toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&apos;")).toUtf8();
}
}  // namespace

void StreamGuard::reset()
{
    m_kind = Kind::Other;
    m_error = {};
    m_textDepth = 0;
    m_textTarget = nullptr;
    m_enabled.clear();
    m_stripped = false;
    if (m_inner && m_forward)
        m_inner->reset();
}

void StreamGuard::restart()
{
    reset();
    m_smOffered = false;
    m_awaitingEnabled = false;
    m_sessionRequired = false;
}

void StreamGuard::token(const QXmlStreamReader &reader, int depth)
{
    if (depth == 1 && reader.isStartElement()) {
        reset();
        const auto ns = reader.namespaceUri();
        const auto type = reader.attributes().value(u"type");
        if (reader.name() == u"error" && ns == StreamsNs) {
            m_kind = Kind::StreamErrorElement;
        } else if (reader.name() == u"features" && ns == StreamsNs) {
            m_kind = Kind::Features;
            m_smOffered = false;
            m_sessionRequired = false;
        } else if (m_awaitingEnabled && !m_sessionRequired && reader.name() == u"iq" && (type == u"result" || type == u"error")) {
            // The answer to a request of the last stream (a resource is bound again under its
            // old name): QXmpp has cancelled that request and sent none on this stream yet.
            m_kind = Kind::EarlyDroppable;
        } else if (m_awaitingEnabled && reader.name() == u"iq" && (type == u"get" || type == u"set")) {
            // A request to the new resource (another resource of the account resending its
            // last stream's unacknowledged disco query to this one, say): QXmpp would end the
            // session over it; dropped, its sender sees a timeout instead.
            m_kind = Kind::EarlyDroppable;
        } else if (reader.name() == u"iq" && type == u"result") {
            m_kind = Kind::IqResult;  // a bind result if its child is <bind/>; see below
        } else if (m_awaitingEnabled && (reader.name() == u"presence" || (reader.name() == u"message" && type == u"headline"))) {
            m_kind = Kind::EarlyDroppable;
        } else if (reader.name() == u"a" && ns == SmNs) {
            m_kind = Kind::SmAck;
        } else if (reader.name() == u"failed" && ns == SmNs) {
            m_kind = Kind::SmFailed;
        } else if (reader.name() == u"enabled" && ns == SmNs) {
            m_kind = Kind::SmEnabled;
            // Rebuilt from its attributes: <enabled/> has no children (XEP-0198 4).
            m_enabled = "<enabled xmlns='urn:xmpp:sm:3'";
            for (const auto &attribute : reader.attributes()) {
                if (attribute.qualifiedName() == u"location") {
                    m_stripped = true;
                    continue;
                }
                m_enabled += ' ' + attribute.qualifiedName().toUtf8() + "='" + escapeAttribute(attribute.value()) + '\'';
            }
            m_enabled += "/>";
        }
        if (m_kind == Kind::EarlyDroppable)
            m_dropped = u'<' + reader.name().toString() + (type.isEmpty() ? QString() : QStringLiteral(" type='") + type.toString() + u'\'') + u'>';
    }

    if (depth == 2 && reader.isStartElement() && m_kind == Kind::Features) {
        if (reader.name() == u"sm" && reader.namespaceUri() == SmNs)
            m_smOffered = true;
        // A server that requires the old session request answers it after binding.
        if (reader.name() == u"session" && reader.namespaceUri() == SessionNs)
            m_sessionRequired = true;
    }
    if (depth == 3 && reader.isStartElement() && m_kind == Kind::Features && reader.name() == u"optional")
        m_sessionRequired = false;
    if (m_kind == Kind::IqResult && depth == 2 && reader.isStartElement())
        m_kind = reader.name() == u"bind" && reader.namespaceUri() == BindNs ? Kind::BindResult : Kind::Other;

    if (m_kind == Kind::StreamErrorElement) {
        if (depth == 2 && reader.isStartElement() && reader.namespaceUri() == StreamErrorsNs) {
            if (reader.name() == u"text") {
                m_textTarget = &m_error.text;
            } else {
                m_error.condition = reader.name().toString();
                m_textTarget = reader.name() == u"see-other-host" ? &m_error.redirect : nullptr;
            }
        } else if (depth == 2 && reader.isEndElement()) {
            m_textTarget = nullptr;
        } else if (depth == 2 && reader.isCharacters() && m_textTarget) {
            m_textTarget->append(reader.text());
        }
    }

    if (m_inner && m_forward)
        m_inner->token(reader, depth);
}

bool StreamGuard::finish(QByteArray *replacement)
{
    const bool forward = m_inner && m_forward;
    switch (m_kind) {
    case Kind::BindResult:
        // Bound: with stream management offered, QXmpp now waits for <enabled/> or <failed/>.
        m_awaitingEnabled = m_smOffered;
        m_kind = Kind::Other;
        break;
    case Kind::SmEnabled:
    case Kind::SmFailed:
        m_awaitingEnabled = false;
        break;
    case Kind::EarlyDroppable:
        ++m_droppedBeforeSm;
        qCInfo(lcConnection).noquote() << "Dropped" << m_dropped
                                       << "that came before stream management was on: QXmpp 1.10 would end the session over it";
        replacement->clear();
        if (forward)
            m_inner->reset();
        return true;  // dropped
    case Kind::Features:
    case Kind::IqResult:
        m_kind = Kind::Other;
        break;
    default:
        break;
    }
    if (m_kind == Kind::SmEnabled && m_stripped) {
        *replacement = m_enabled;
        if (forward)
            m_inner->reset();
        return true;
    }
    if (!forward)
        return false;
    // Stream errors and <enabled/> are never the inner interceptor's; the bridge looks at
    // stream errors in its sink.
    if (m_kind != Kind::Other) {
        m_inner->reset();
        return false;
    }
    return m_inner->finish(replacement);
}

bool StreamGuard::parseHostPort(const QString &text, QString *host, quint16 *port)
{
    const QString value = text.trimmed();
    QString portText;
    if (value.startsWith(QLatin1Char('['))) {
        const auto close = value.indexOf(QLatin1Char(']'));
        if (close < 2)
            return false;
        *host = value.mid(1, close - 1);
        const QString rest = value.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return false;
        portText = rest.mid(1);
    } else {
        const auto colon = value.indexOf(QLatin1Char(':'));
        if (colon >= 0 && value.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return false;  // an IPv6 address must be bracketed
        *host = colon < 0 ? value : value.left(colon);
        portText = colon < 0 ? QString() : value.mid(colon + 1);
    }
    if (host->isEmpty() || host->contains(QLatin1Char(' ')) || host->contains(QLatin1Char('/')))
        return false;
    *port = 0;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return false;
        *port = quint16(p);
    }
    return true;
}
