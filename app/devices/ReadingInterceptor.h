// Parses PubSub notifications of subscribed nodes while the stream is being framed, so a
// reading costs one tokenizing pass and never a DOM: the receive path's fast lane. It reads the
// payloads decodePayload() reads (SenML XML, SenML JSON, a bare number) with the same record
// rules. Notifications of subscribed nodes are consumed, bad input in them counted in
// FeedHealth; anything else (other stanzas, retractions, other nodes and senders) passes
// through to QXmpp untouched.
#pragma once

#include "FeedHealth.h"
#include "PayloadDecoder.h"
#include "Reading.h"
#include "ReadingStore.h"
#include "inspector/FastLaneTrace.h"
#include "net/StanzaFramer.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <functional>
#include <memory>
#include <optional>

#include "ReadingSubscriptions.h"

class ReadingInterceptor : public StanzaInterceptor
{
public:
    // Above this many items/s for FloodWindows seconds in a row, a node is Flooding (its
    // readings are still stored). Sustained, so a backlog arriving at once after a pause or a
    // reconnect does not count.
    static constexpr double FloodItemsPerSecond = 5000;
    static constexpr int FloodWindows = 3;

    // All shared with the account: the interceptor lives in a session's bridge on the receive
    // thread and may outlive the account by a moment. subscriptions: shared by the
    // interceptors of one account's sessions (a fresh set if null). health: where bad input
    // is counted (nothing is counted if null).
    explicit ReadingInterceptor(std::shared_ptr<ReadingStore> store,
                                std::shared_ptr<ReadingSubscriptions> subscriptions = {},
                                std::shared_ptr<FeedHealth> health = {})
        : ReadingInterceptor(
              [store = std::move(store)](const QString &service, const QString &node, const QList<Reading> &batch) {
                  store->append(service, node, batch);
              },
              std::move(subscriptions), std::move(health))
    {
    }
    // Where the readings go instead of a store (the fuzz target, which links no store).
    using Sink = std::function<void(const QString &service, const QString &node, const QList<Reading> &batch)>;
    ReadingInterceptor(Sink sink, std::shared_ptr<ReadingSubscriptions> subscriptions,
                       std::shared_ptr<FeedHealth> health);

    // Only notifications from subscribed (service, node) pairs are taken: anyone can send us a
    // headline message, but not into our dashboards.
    void accept(const QString &service, const QString &node) { m_subscriptions->accept(service, node); }
    void forget(const QString &service, const QString &node) { m_subscriptions->forget(service, node); }

    // While the protocol inspector records, each consumed notification is kept there, with what
    // became of it, and QXmpp gets a placeholder naming it (XmppTraceTap swaps it back in).
    // Set before the interceptor reaches the receive thread; null: nothing is ever kept.
    void setTrace(std::shared_ptr<FastLaneTrace> trace) { m_trace = std::move(trace); }

    // A monotonic clock in ms for the flood estimate (tests replace it).
    void setClock(std::function<qint64()> steadyMs) { m_clock = std::move(steadyMs); }

    void token(const QXmlStreamReader &reader, int depth) override;
    bool finish(QByteArray *replacement) override;
    void reset() override;

    // Records and items refused, of every kind (also without a FeedHealth).
    quint64 rejectedRecords() const { return m_rejectedRecords; }

private:
    enum class Child { None, Event, Other };  // the stanza's child being read
    // The payload element being read. Foreign: a readings payload from a sender not
    // subscribed to; Skip: nothing more to read in it.
    enum class Payload { None, SenmlXml, Json, Bare, Foreign, Skip };
    using Problems = std::array<quint64, FeedHealth::ProblemCount>;
    struct Rate {
        qint64 windowStartMs = -1;
        quint64 items = 0;
        int hotWindows = 0;
    };

    void clear();  // for the next stanza
    void start(const QXmlStreamReader &reader, int depth);
    void child(const QXmlStreamReader &reader);
    void item(const QXmlStreamReader &reader);
    void payload(const QXmlStreamReader &reader);
    void record(const QXmlStreamReader &reader);
    void endPayload();
    void endItem(const QXmlStreamReader &reader);
    void count(FeedHealth::Problem problem) { ++m_problems[int(problem)]; }
    void dropImplausible();
    void noteRate();
    void giveUp() { m_candidate = false; }

    Sink m_sink;
    std::shared_ptr<ReadingSubscriptions> m_subscriptions;
    std::shared_ptr<FeedHealth> m_health;
    std::function<qint64()> m_clock;
    std::shared_ptr<FastLaneTrace> m_trace;
    StanzaCapture m_capture;
    bool m_capturing = false;  // this stanza is written down for the inspector

    bool m_candidate = false;
    bool m_subscribed = false;
    bool m_foreignReadings = false;  // an unsubscribed sender's notification carries readings
    Child m_child = Child::None;
    bool m_sawEvent = false;
    bool m_sawDelay = false;
    std::optional<qint64> m_delayMs;  // the XEP-0203 stamp, if it parsed
    QString m_from;
    QString m_node;
    QString m_itemIds;  // the <item id>s of this notification, to spot the same one twice
    int m_items = 0;
    QList<Reading> m_batch;
    QList<qsizetype> m_relative;  // m_batch entries whose timeMs is still relative to "now"
    Problems m_problems{};

    // The item being read.
    qint64 m_itemStart = 0;  // the reader's characterOffset() at <item>
    qint64 m_lastOffset = 0;  // and at its last record or text
    qsizetype m_itemFirst = 0;  // its first entry in m_batch and m_relative
    qsizetype m_itemFirstRelative = 0;
    Problems m_problemsBeforeItem{};
    qsizetype m_itemRecords = 0;
    Payload m_payload = Payload::None;
    SenmlParse::Resolver m_resolver;  // SenML base values, scoped to one <sensml> pack
    QString m_text;  // the text of a JSON or bare-number payload
    QString m_payloadName;
    QString m_payloadUnit;

    // Arrival rates by service and node; the last one looked up is cached (one node's flood).
    QHash<QString, Rate> m_rates;
    Rate *m_rate = nullptr;
    QString m_rateFrom;
    QString m_rateNode;

    quint64 m_rejectedRecords = 0;
};
