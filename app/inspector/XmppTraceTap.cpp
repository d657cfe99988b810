#include "XmppTraceTap.h"

#include "core/LogRedaction.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmppClient.h>
#include <QXmppLogger.h>

XmppTraceTap::XmppTraceTap(QXmppClient *client, ProtocolTrace *trace, const QString &connection, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_trace(trace)
    , m_connection(connection)
{
    if (m_trace)
        connect(m_trace, &ProtocolTrace::recordingChanged, this, &XmppTraceTap::update);
    update();
}

XmppTraceTap::~XmppTraceTap()
{
    detach();
}

void XmppTraceTap::update()
{
    if (m_trace && m_trace->isRecording())
        attach();
    else
        detach();
}

void XmppTraceTap::attach()
{
    if (m_logger || !m_client)
        return;
    // QXmppClient starts with the process-wide logger (which logs nothing); only a logger
    // someone set on purpose is worth forwarding to.
    QXmppLogger *previous = m_client->logger();
    m_previous = previous != QXmppLogger::getLogger() ? previous : nullptr;
    m_logger = new QXmppLogger(this);
    m_logger->setLoggingType(QXmppLogger::SignalLogging);
    m_logger->setMessageTypes(QXmppLogger::AnyMessage);
    connect(m_logger, &QXmppLogger::message, this, [this](QXmppLogger::MessageType type, const QString &text) {
        if (m_previous)
            m_previous->log(type, text);
        if (!m_trace || !m_trace->isRecording())
            return;
        if (type != QXmppLogger::SentMessage && type != QXmppLogger::ReceivedMessage)
            return;
        m_trace->record(toEvent(text, type == QXmppLogger::SentMessage, m_trace->showsBodies(), m_connection));
    });
    m_client->setLogger(m_logger);
    qCDebug(lcInspector) << "tracing" << m_connection;
}

void XmppTraceTap::detach()
{
    if (!m_logger)
        return;
    if (m_client && m_client->logger() == m_logger)
        m_client->setLogger(m_previous ? m_previous.data() : QXmppLogger::getLogger());
    delete m_logger;
    m_logger = nullptr;
    m_previous = nullptr;
    qCDebug(lcInspector) << "stopped tracing" << m_connection;
}

TraceEvent XmppTraceTap::toEvent(const QString &text, bool sent, bool keepBodies, const QString &connection)
{
    // Only the first start tag is read: a summary, not a parser (the detail has it all).
    static const QRegularExpression startTag(QStringLiteral("<([A-Za-z_][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"));
    static const QRegularExpression attribute(QStringLiteral("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"));
    TraceEvent e;
    e.protocol = TraceEvent::Protocol::Xmpp;
    e.direction = sent ? TraceEvent::Direction::Sent : TraceEvent::Direction::Received;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.connection = connection;
    e.detail = redactXmppLog(text, keepBodies);

    QString element;
    QHash<QString, QString> attrs;
    for (auto it = startTag.globalMatch(text); it.hasNext();) {
        const auto tag = it.next();
        element = tag.captured(1);
        for (auto a = attribute.globalMatch(tag.captured(2)); a.hasNext();) {
            const auto m = a.next();
            attrs.insert(m.captured(1), m.hasCaptured(2) ? m.captured(2) : m.captured(3));
        }
        break;
    }
    const QString local = element.section(QLatin1Char(':'), -1);
    static const QStringList stanzas{QStringLiteral("message"), QStringLiteral("presence"), QStringLiteral("iq")};
    e.kind = stanzas.contains(local) && !element.contains(QLatin1Char(':')) ? local : QStringLiteral("stream");

    QStringList parts{element.isEmpty() ? QStringLiteral("(text)") : element};
    if (const QString type = attrs.value(QStringLiteral("type")); !type.isEmpty())
        parts << type;
    const QString from = attrs.value(QStringLiteral("from"));
    const QString to = attrs.value(QStringLiteral("to"));
    if (!from.isEmpty())
        parts << QStringLiteral("from ") + from;
    if (!to.isEmpty())
        parts << QStringLiteral("to ") + to;
    if (const QString id = attrs.value(QStringLiteral("id")); !id.isEmpty())
        parts << QStringLiteral("id ") + id;
    e.summary = parts.join(QLatin1Char(' '));
    return e;
}
