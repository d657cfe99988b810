#include "FramerTestSupport.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;

namespace FramerTest {

void Recording::add(Kind kind, const QByteArray &bytes)
{
    frames.append({kind, bytes, stream.size(), stream.size() + bytes.size()});
    stream += bytes;
}

qsizetype Recording::framesEndingBy(qsizetype offset) const
{
    qsizetype n = 0;
    while (n < frames.size() && frames.at(n).end <= offset)
        ++n;
    return n;
}

qsizetype Recording::pendingAt(qsizetype offset) const
{
    const qsizetype next = framesEndingBy(offset);
    if (next == frames.size() || frames.at(next).begin >= offset)
        return 0; // between frames: whitespace is never held back
    return offset - frames.at(next).begin;
}

Recording loadRecording(const QString &path, QString *error)
{
    Recording recording;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QByteArray text = file.readAll();
    if (text.endsWith('\n'))
        text.chop(1);
    const QList<QByteArray> lines = text.split('\n');
    std::optional<Kind> kind;
    QByteArray body;
    bool firstLine = true;
    const auto flush = [&] {
        if (kind)
            recording.add(*kind, body);
        kind.reset();
        body.clear();
    };
    for (const QByteArray &line : lines) {
        if (!line.startsWith('@')) {
            if (!kind) {
                *error = u"text outside a frame: %1"_s.arg(QString::fromUtf8(line));
                continue;
            }
            if (!firstLine)
                body += '\n';
            body += line;
            firstLine = false;
            continue;
        }
        flush();
        firstLine = true;
        if (line == "@header")
            kind = Kind::StreamHeader;
        else if (line == "@stanza")
            kind = Kind::Stanza;
        else if (line == "@end")
            kind = Kind::StreamEnd;
        else if (line.startsWith("@ws ")) {
            static const QHash<QByteArray, char> spaces{{"sp", ' '}, {"nl", '\n'}, {"cr", '\r'}, {"tab", '\t'}};
            for (const QByteArray &token : line.sliced(4).split(' ')) {
                if (!spaces.contains(token))
                    *error = u"unknown whitespace token: %1"_s.arg(QString::fromUtf8(token));
                recording.addWhitespace(QByteArray(1, spaces.value(token)));
            }
        } else if (!line.startsWith("@#"))
            *error = u"unknown directive: %1"_s.arg(QString::fromUtf8(line));
    }
    flush();
    return recording;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::StreamHeader: return u"StreamHeader"_s;
    case Kind::Stanza: return u"Stanza"_s;
    case Kind::StreamEnd: return u"StreamEnd"_s;
    }
    return u"?"_s;
}

char *toString(const Frame &frame)
{
    return qstrdup(qPrintable(kindName(frame.kind) + u" "_s + QString::fromUtf8(frame.bytes.left(160))));
}

QString difference(const QList<Frame> &actual, const QList<Frame> &expected)
{
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        const auto describe = [](const QList<Frame> &frames, qsizetype index) -> QString {
            if (index >= frames.size())
                return u"(none)"_s;
            return kindName(frames.at(index).kind) + u" "_s + QString::fromUtf8(frames.at(index).bytes.left(160));
        };
        if (i >= actual.size() || i >= expected.size() || !(actual.at(i) == expected.at(i)))
            return u"frame %1 of %2 (expected %3):\n  actual:   %4\n  expected: %5"_s.arg(i)
                .arg(actual.size()).arg(expected.size()).arg(describe(actual, i), describe(expected, i));
    }
    return {};
}

bool feedSplit(StanzaFramer &framer, QByteArrayView data, const QList<qsizetype> &splits)
{
    qsizetype from = 0;
    for (qsizetype split : splits) {
        if (!framer.feed(data.sliced(from, split - from)))
            return false;
        from = split;
    }
    return framer.feed(data.sliced(from));
}

bool feedRandomChunks(StanzaFramer &framer, QByteArrayView data, quint32 seed, qsizetype maxChunk)
{
    QRandomGenerator random(seed);
    for (qsizetype from = 0; from < data.size();) {
        const qsizetype n = qMin(data.size() - from, qsizetype(random.bounded(int(maxChunk))) + 1);
        if (!framer.feed(data.sliced(from, n)))
            return false;
        from += n;
    }
    return true;
}

void RecordingInterceptor::token(const QXmlStreamReader &reader, int depth)
{
    QString what;
    switch (reader.tokenType()) {
    case QXmlStreamReader::StartElement: what = u"start "_s.append(reader.qualifiedName()); break;
    case QXmlStreamReader::EndElement: what = u"end "_s.append(reader.qualifiedName()); break;
    case QXmlStreamReader::Characters: what = u"text "_s.append(reader.text()); break;
    default: what = reader.tokenString(); break;
    }
    tokens.append(what + u" "_s + QString::number(depth));
    if (reader.isStartElement() && depth == 2 && reader.name() == "event"_L1
        && reader.namespaceUri() == "http://jabber.org/protocol/pubsub#event"_L1)
        m_isEvent = true;
}

bool RecordingInterceptor::finish(QByteArray *out)
{
    ++finishes;
    tokens.append(u"finish"_s);
    const bool consume = std::exchange(m_isEvent, false);
    if (consume)
        *out = replacement;
    return consume;
}

void RecordingInterceptor::reset()
{
    ++resets;
    tokens.append(u"reset"_s);
    m_isEvent = false;
}

QByteArray eventStanza(int index)
{
    const QByteArray n = QByteArray::number(index).rightJustified(6, '0');
    const QByteArray ms = QByteArray::number(125 + index % 875);
    return "<message xmlns='jabber:client' from='pubsub.linnet.test' to='alice@linnet.test/desk' type='headline' "
           "id='evt-" + n + "'><event xmlns='http://jabber.org/protocol/pubsub#event'><items node='sensors/dev-001'>"
           "<item id='1748779200" + ms + "-" + n + "'><sensml xmlns='urn:ietf:params:xml:ns:senml'>"
           "<senml bn='dev-001:' bt='1748779200." + ms + "' n='temp' u='Cel' v='21.4'/>"
           "<senml n='hum' u='%RH' v='55.2'/><senml n='co2' u='ppm' v='612'/></sensml></item></items></event></message>";
}

QByteArray streamHeader(const QByteArray &id)
{
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xml:lang='en' from='linnet.test' id='" + id
        + "' version='1.0' xmlns:stream='http://etherx.jabber.org/streams'>";
}

QByteArray eventBacklog(int count)
{
    QByteArray stream = streamHeader();
    stream.reserve(stream.size() + qsizetype(count) * 460);
    for (int i = 0; i < count; ++i)
        stream += eventStanza(i);
    return stream;
}

} // namespace FramerTest
