// Parses PubSub notifications that carry SenML readings while the stream is being framed, so
// a reading costs one tokenizing pass and never a DOM: the receive path's fast lane. Anything
// it does not fully understand (other payloads, retractions, unknown senders) passes through to
// QXmpp untouched.
#pragma once

#include "Reading.h"
#include "net/StanzaFramer.h"

#include <QByteArray>
#include <QReadWriteLock>
#include <QSet>

#include <memory>
#include <optional>

#include "ReadingSubscriptions.h"

class ReadingStore;

class ReadingInterceptor : public StanzaInterceptor
{
public:
    // Both shared with the account: the interceptor lives in a session's bridge on the receive
    // thread and may outlive the account by a moment. subscriptions: shared by the
    // interceptors of one account's sessions (a fresh set if null).
    explicit ReadingInterceptor(std::shared_ptr<ReadingStore> store,
                                std::shared_ptr<ReadingSubscriptions> subscriptions = {});

    // Only notifications from subscribed (service, node) pairs are taken: anyone can send us a
    // headline message, but not into our dashboards.
    void accept(const QString &service, const QString &node) { m_subscriptions->accept(service, node); }
    void forget(const QString &service, const QString &node) { m_subscriptions->forget(service, node); }

    void token(const QXmlStreamReader &reader, int depth) override;
    bool finish(QByteArray *replacement) override;
    void reset() override;

    quint64 rejectedRecords() const { return m_rejectedRecords; }

private:
    enum class Child { None, Event, Other };  // the stanza's child being read

    void child(const QXmlStreamReader &reader);
    void record(const QXmlStreamReader &reader);
    void resolveRelativeTimes();
    void giveUp() { m_candidate = false; }

    std::shared_ptr<ReadingStore> m_store;
    std::shared_ptr<ReadingSubscriptions> m_subscriptions;

    bool m_candidate = false;
    Child m_child = Child::None;
    bool m_sawEvent = false;
    bool m_sawDelay = false;
    std::optional<qint64> m_delayMs;  // the XEP-0203 stamp, if it parsed
    QString m_from;
    QString m_node;
    QString m_itemIds;  // the <item id>s of this notification, to spot the same one twice
    QList<Reading> m_batch;
    QList<qsizetype> m_relative;  // m_batch entries whose timeMs is still relative to "now"
    // SenML base values, scoped to one <sensml> pack.
    QString m_baseName;
    QString m_baseUnit;
    double m_baseTime = 0;
    quint64 m_rejectedRecords = 0;
};
