#include "XmppTraceTap.h"

#include "core/LogRedaction.h"
#include "core/Logging.h"
#include "net/StanzaFramer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmppClient.h>
#include <QXmppLogger.h>

XmppTraceTap::XmppTraceTap(QXmppClient *client, ProtocolTrace *trace, const QString &connection, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_connection(connection)
{
    setTrace(trace);
}

XmppTraceTap::~XmppTraceTap()
{
    detach();
}

void XmppTraceTap::setTrace(ProtocolTrace *trace)
{
    if (m_trace)
        disconnect(m_trace, nullptr, this, nullptr);
    m_trace = trace;
    if (m_trace)
        connect(m_trace, &ProtocolTrace::recordingChanged, this, &XmppTraceTap::update);
    update();
}

void XmppTraceTap::setFastLane(std::shared_ptr<FastLaneTrace> fastLane)
{
    if (m_fastLane)
        m_fastLane->setRecording(false);
    m_fastLane = std::move(fastLane);
    if (m_fastLane)
        m_fastLane->setRecording(isAttached());
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
        logged(type == QXmppLogger::SentMessage, text);
    });
    m_client->setLogger(m_logger);
    if (m_fastLane)  // from the next stanza on; the logger is ready for its placeholders
        m_fastLane->setRecording(true);
    qCDebug(lcInspector) << "tracing" << m_connection;
}

void XmppTraceTap::detach()
{
    if (!m_logger)
        return;
    if (m_fastLane)
        m_fastLane->setRecording(false);
    if (m_client && m_client->logger() == m_logger)
        m_client->setLogger(m_previous ? m_previous.data() : QXmppLogger::getLogger());
    delete m_logger;
    m_logger = nullptr;
    m_previous = nullptr;
    qCDebug(lcInspector) << "stopped tracing" << m_connection;
}

// QXmpp sends one stanza per log line, but logs a read whole.
void XmppTraceTap::logged(bool sent, const QString &text)
{
    const bool bodies = m_trace->showsBodies();
    if (sent) {
        m_trace->record(toEvent(text, true, bodies, m_connection));
        return;
    }
    for (const QString &element : splitReceived(text)) {
        if (!m_fastLane || !m_fastLane->isPlaceholder(element)) {
            m_trace->record(toEvent(element, false, bodies, m_connection));
        } else if (const auto item = m_fastLane->claim(element)) {
            m_trace->record(itemEvent(*item, bodies, m_connection));
        } else {
            // Ours, but dropped by the fast lane's bounds (QXmpp fell far behind in a flood).
            TraceEvent e = toEvent(element, false, bodies, m_connection);
            e.kind = QStringLiteral("pubsub");
            e.summary = QStringLiteral("pubsub items (taken by the fast lane, not kept for the trace)");
            m_trace->record(std::move(e));
        }
    }
}

QStringList XmppTraceTap::splitReceived(const QString &text)
{
    // The elements stand in a stream with the prefixes servers use, unless the text opens one.
    static const QByteArray Opening =
        QByteArrayLiteral("<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
    QStringList elements;
    bool opened = false;
    StanzaFramer framer([&](StanzaFramer::Kind, QByteArrayView bytes) {
        if (opened)
            elements << QString::fromUtf8(bytes);
    });
    framer.feed(Opening);
    opened = true;
    if (!framer.feed(text.toUtf8()) || framer.bufferedBytes() > 0 || elements.isEmpty())
        return {text};
    return elements;
}

TraceEvent XmppTraceTap::itemEvent(const FastLaneTrace::Taken &item, bool keepBodies, const QString &connection)
{
    TraceEvent e;
    e.protocol = TraceEvent::Protocol::Xmpp;
    e.direction = TraceEvent::Direction::Received;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.connection = connection;
    e.kind = QStringLiteral("pubsub");
    e.detail = redactXmppLog(item.stanza, keepBodies);  // like any stanza: only bodies are private
    // Protocol terms, like the stanzas' summaries (not translated).
    QStringList parts{QStringLiteral("pubsub items node=") + item.node};
    if (!item.items.isEmpty())
        parts << QStringLiteral("ids=") + QString(item.items).replace(QLatin1Char(' '), QLatin1Char(','));
    if (!item.service.isEmpty())
        parts << QStringLiteral("from=") + item.service;
    if (item.duplicate) {
        parts << QStringLiteral("duplicate");  // another session of the account stored it
    } else {
        parts << QStringLiteral("stored=") + QString::number(item.readings);
        if (item.refused)
            parts << QStringLiteral("refused=") + QString::number(item.refused);
    }
    e.summary = parts.join(QLatin1Char(' '));
    return e;
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
