#include "amqp/AmqpTraceParse.h"

#include "inspector/ProtocolTrace.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {
qint64 field(QStringView line, QStringView name)
{
    // Fields are "name=value" separated by ", "; values we want are plain integers.
    qsizetype at = 0;
    while ((at = line.indexOf(name, at)) >= 0) {
        const qsizetype end = at + name.size();
        const bool start = at == 0 || line[at - 1] == u'[' || line[at - 1] == u' ';
        if (start && end < line.size() && line[end] == u'=') {
            // Proton prints integers in hex ("link-credit=0x3e8"), sometimes in decimal.
            qsizetype i = end + 1;
            while (i < line.size() && (line[i].isLetterOrNumber()))
                ++i;
            bool ok = false;
            const qint64 value = line.sliced(end + 1, i - end - 1).toLongLong(&ok, 0);
            if (ok)
                return value;
        }
        at = end;
    }
    return -1;
}
}  // namespace

bool parseAmqpFrame(QStringView line, TraceEvent *event)
{
    event->protocol = TraceEvent::Protocol::Amqp;
    const qsizetype sent = line.indexOf(u"->");
    const qsizetype received = line.indexOf(u"<-");
    qsizetype arrow = -1;
    if (sent >= 0 && (received < 0 || sent < received)) {
        arrow = sent;
        event->direction = TraceEvent::Direction::Sent;
    } else if (received >= 0) {
        arrow = received;
        event->direction = TraceEvent::Direction::Received;
    } else {
        event->direction = TraceEvent::Direction::Event;
    }
    // "[0x55d0c8]:3 ->": the channel follows the colon before the arrow.
    const qsizetype colon = arrow > 0 ? line.lastIndexOf(u':', arrow) : -1;
    if (colon >= 0) {
        bool ok = false;
        const int channel = line.sliced(colon + 1, arrow - colon - 1).trimmed().toInt(&ok);
        event->channel = ok ? channel : -1;
    }
    const qsizetype at = line.indexOf(u'@', std::max<qsizetype>(arrow, 0));
    const qsizetype paren = at >= 0 ? line.indexOf(u'(', at) : -1;
    event->detail = line.toString();
    if (at < 0 || paren < 0) {
        // SASL and protocol headers, EOS: shown as they are.
        event->kind = arrow >= 0 ? line.sliced(arrow + 2).trimmed().toString() : QStringLiteral("event");
        event->summary = event->detail;
        return false;
    }
    event->kind = line.sliced(at + 1, paren - at - 1).toString();
    if (event->kind == u"sasl-init") {
        // PLAIN's initial response is the user and password: never into the trace.
        const qsizetype response = event->detail.indexOf(u"initial-response=");
        if (response >= 0) {
            const qsizetype from = response + qsizetype(std::char_traits<char16_t>::length(u"initial-response="));
            // b"..." with backslash escapes: to its closing quote, whatever the password holds.
            qsizetype end = from;
            if (event->detail.sliced(from).startsWith(u"b\"")) {
                end = from + 2;
                while (end < event->detail.size() && event->detail[end] != u'"')
                    end += event->detail[end] == u'\\' ? 2 : 1;
                end = std::min(end + 1, event->detail.size());
            } else {
                end = event->detail.size();
            }
            event->detail.replace(from, end - from, QStringLiteral("(hidden)"));
        }
    }
    event->handle = field(line, u"handle");
    event->deliveryId = field(line, u"delivery-id");
    event->credit = event->kind == u"flow" ? field(line, u"link-credit") : -1;
    QString summary = event->kind;
    if (event->handle >= 0)
        summary += QStringLiteral(" handle=%1").arg(event->handle);
    if (event->deliveryId >= 0)
        summary += QStringLiteral(" delivery-id=%1").arg(event->deliveryId);
    if (event->credit >= 0)
        summary += QStringLiteral(" credit=%1").arg(event->credit);
    event->summary = summary;
    return true;
}

void recordAmqpFrame(ProtocolTrace *trace, const QString &connection, const char *line)
{
    if (!trace->isRecording())
        return;
    TraceEvent event;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.connection = connection;
    parseAmqpFrame(QString::fromUtf8(line).trimmed(), &event);
    trace->record(std::move(event));
}
