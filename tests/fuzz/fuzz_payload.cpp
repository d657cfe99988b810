// libFuzzer target for the payload decoders. Each input is one PubSub item's payload, decoded
// twice: by decodePayload() (the backfill's path) and by the receive path's fast lane (a
// notification wrapping it, through StanzaFramer + ReadingInterceptor). Beyond "no crash, no
// sanitizer report", both must only ever produce finite readings with a name and a plausible
// time, and where the input is one well-formed element both must agree on readings and
// problems. The input is also fed as raw stream content, so whole stanzas in the corpus
// exercise the interceptor's stanza shapes. The protocol inspector records throughout: every
// consumed stanza is kept for it, written back as well-formed XML.
#include "devices/PayloadDecoder.h"
#include "devices/ReadingInterceptor.h"
#include "inspector/FastLaneTrace.h"
#include "net/StanzaFramer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTimeZone>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {
const QString Service = QStringLiteral("pubsub.fuzz");
const QString Node = QStringLiteral("n");
constexpr qint64 BaseMs = Q_INT64_C(1790000000000);  // the delay stamp and decodePayload's base
const QByteArray Header = "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' "
                          "from='fuzz' version='1.0'>";

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_payload: invariant broken: %s\n", what);
        std::abort();
    }
}

void checkReadings(const QList<Reading> &readings)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Reading &r : readings) {
        require(std::isfinite(r.value), "a reading's value is finite");
        require(!r.series.isEmpty(), "a reading has a series name");
        require(r.timeMs >= PayloadLimits::MinTimeMs && r.timeMs <= now + PayloadLimits::MaxAheadMs + 60000,
                "a reading's time is plausible");
    }
}

bool same(const Reading &a, const Reading &b)
{
    return a.series == b.series && a.unit == b.unit && a.timeMs == b.timeMs
        && std::memcmp(&a.value, &b.value, sizeof a.value) == 0;
}

struct Path {
    std::shared_ptr<ReadingSubscriptions> subscriptions = std::make_shared<ReadingSubscriptions>();
    std::shared_ptr<FeedHealth> health = std::make_shared<FeedHealth>();
    QList<Reading> stored;
    ReadingInterceptor interceptor{[this](const QString &, const QString &, const QList<Reading> &batch) { stored += batch; },
                                   subscriptions, health};
    std::shared_ptr<FastLaneTrace> trace = std::make_shared<FastLaneTrace>();
    Path()
    {
        subscriptions->accept(Service, Node);
        interceptor.setTrace(trace);
        trace->setRecording(true);
    }

    // What QXmpp would get: the inspector's copy of each consumed stanza must parse.
    void forwarded(StanzaFramer::Kind kind, QByteArrayView bytes)
    {
        const QString frame = QString::fromUtf8(bytes);
        if (kind != StanzaFramer::Kind::Stanza || !trace->isPlaceholder(frame))
            return;
        const auto taken = trace->claim(frame);
        require(taken.has_value(), "a consumed stanza is kept while recording");
        if (taken->stanza.size() > StanzaCapture::MaxChars)
            return;  // cut short on purpose
        QXmlStreamReader reader(taken->stanza);
        reader.setNamespaceProcessing(false);  // prefixes may be the stream's
        while (!reader.atEnd())
            reader.readNext();
        require(!reader.hasError(), "the inspector's copy of a consumed stanza is well-formed");
    }

    // Feeds a stream: the header, then content. False if the framer refused it.
    bool feed(const QByteArray &content)
    {
        StanzaFramer framer([this](StanzaFramer::Kind kind, QByteArrayView bytes) { forwarded(kind, bytes); });
        framer.setInterceptor(&interceptor);
        return framer.feed(Header) && framer.feed(content);
    }
    std::array<quint64, FeedHealth::ProblemCount> counts() const
    {
        std::array<quint64, FeedHealth::ProblemCount> c{};
        for (int p = 0; p < FeedHealth::ProblemCount; ++p)
            c[p] = health->count(Service, Node, FeedHealth::Problem(p));
        return c;
    }
};
}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char arg0[] = "fuzz_payload";
    static char *argv[] = {arg0, nullptr};
    new QCoreApplication(argc, argv);  // FeedHealth posts its change notices to it
    QLoggingCategory::setFilterRules(QStringLiteral("linnet.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Fresh per input: state kept across inputs would look like leaks to libFuzzer (it checks
    // for them when an input allocates more than it frees) and slow it down tenfold.
    Path path;
    static const QByteArray stamp = QDateTime::fromMSecsSinceEpoch(BaseMs, QTimeZone::UTC).toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const DecodedPayload decoded = decodePayload(input, BaseMs);
    checkReadings(decoded.readings);

    // The same payload in a notification.
    const auto before = path.counts();
    const QByteArray stanza = "<message from='pubsub.fuzz' type='headline'>"
                              "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='n'><item id='i'>"
        + input + "</item></items></event><delay xmlns='urn:xmpp:delay' stamp='"
        + stamp + "'/></message>";
    const bool framed = path.feed(stanza);
    checkReadings(path.stored);
    if (framed && !decoded.problems.contains(FeedHealth::Problem::Malformed)) {
        require(path.stored.size() == decoded.readings.size(), "both paths read as many readings");
        for (qsizetype i = 0; i < path.stored.size(); ++i)
            require(same(path.stored[i], decoded.readings[i]), "both paths read the same readings");
        const auto after = path.counts();
        for (int p = 0; p < FeedHealth::ProblemCount; ++p)
            require(after[p] - before[p] == quint64(decoded.problems.count(FeedHealth::Problem(p))),
                    "both paths count the same problems");
    }

    // The input as stream content of its own (whole stanzas in the corpus).
    path.stored.clear();
    path.feed(input);
    checkReadings(path.stored);
    return 0;
}
