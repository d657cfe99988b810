#include "TraceExport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimeZone>

namespace {
QLatin1StringView protocolName(TraceEvent::Protocol p)
{
    return p == TraceEvent::Protocol::Amqp ? QLatin1StringView("amqp") : QLatin1StringView("xmpp");
}

QLatin1StringView directionName(TraceEvent::Direction d)
{
    switch (d) {
    case TraceEvent::Direction::Received: return QLatin1StringView("received");
    case TraceEvent::Direction::Sent: return QLatin1StringView("sent");
    case TraceEvent::Direction::Event: break;
    }
    return QLatin1StringView("event");
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}
}  // namespace

QString TraceExport::formatText(const TraceEvent &e)
{
    const QLatin1StringView arrow = e.direction == TraceEvent::Direction::Sent ? QLatin1StringView("->")
        : e.direction == TraceEvent::Direction::Received                     ? QLatin1StringView("<-")
                                                                               : QLatin1StringView("--");
    QString out = QStringLiteral("%1 %2 %3 %4 %5").arg(isoTime(e.timeMs), protocolName(e.protocol), e.connection, arrow, e.summary);
    if (!e.detail.isEmpty()) {
        QString detail = e.detail;
        detail.replace(QLatin1Char('\n'), QLatin1String("\n    "));
        out += QLatin1String("\n    ") + detail;
    }
    return out;
}

QByteArray TraceExport::formatJson(const TraceEvent &e)
{
    QJsonObject o{{QStringLiteral("time"), isoTime(e.timeMs)},
                  {QStringLiteral("protocol"), protocolName(e.protocol)},
                  {QStringLiteral("direction"), directionName(e.direction)},
                  {QStringLiteral("connection"), e.connection},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("summary"), e.summary},
                  {QStringLiteral("detail"), e.detail}};
    // AMQP's frame fields only where the frame has them.
    const std::pair<const char *, qint64> fields[] = {
        {"channel", e.channel}, {"handle", e.handle}, {"deliveryId", e.deliveryId}, {"credit", e.credit}};
    for (const auto &[name, value] : fields) {
        if (value >= 0)
            o.insert(QLatin1String(name), value);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TraceExport::start(QList<TraceEvent> events, const QString &path, bool json, QObject *context,
                        std::function<void(bool, qsizetype, const QString &)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([events = std::move(events), path, json, guard, done = std::move(done)] {
        QSaveFile file(path);
        QString error;
        if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            for (const auto &e : events) {
                file.write(json ? formatJson(e) : formatText(e).toUtf8());
                file.write("\n");
            }
            if (!file.commit())
                error = file.errorString();
        } else {
            error = file.errorString();
        }
        const qsizetype written = events.size();
        QObject *receiver = guard.data();
        if (!receiver)
            return;  // the page went away; nobody to tell
        QMetaObject::invokeMethod(receiver, [guard, done, error, written] {
            if (guard)
                done(error.isEmpty(), error.isEmpty() ? written : 0, error);
        }, Qt::QueuedConnection);
    });
}
