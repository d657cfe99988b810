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

#include <optional>

class ReadingStore;

class ReadingInterceptor : public StanzaInterceptor
{
public:
    explicit ReadingInterceptor(ReadingStore *store);

    // Only notifications from subscribed (service, node) pairs are taken: anyone can send us a
    // headline message, but not into our dashboards.
    void accept(const QString &service, const QString &node);
    void forget(const QString &service, const QString &node);

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

    ReadingStore *m_store;
    mutable QReadWriteLock m_lock;
    QSet<QString> m_accepted;  // "service\nnode"

    bool m_candidate = false;
    Child m_child = Child::None;
    bool m_sawEvent = false;
    bool m_sawDelay = false;
    std::optional<qint64> m_delayMs;  // the XEP-0203 stamp, if it parsed
    QString m_from;
    QString m_node;
    QList<Reading> m_batch;
    QList<qsizetype> m_relative;  // m_batch entries whose timeMs is still relative to "now"
    // SenML base values, scoped to one <sensml> pack.
    QString m_baseName;
    QString m_baseUnit;
    double m_baseTime = 0;
    quint64 m_rejectedRecords = 0;
};
