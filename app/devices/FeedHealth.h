// What went wrong with the feeds of one account: bad payloads, hostile or runaway publishers.
// The receive path (ReadingInterceptor, on the receive thread) and the backfill (decodePayload)
// report here; the UI shows warning() next to the node. Counts only grow; a warning stays up a
// while after the last report of its kind (holdMs()), so a node that recovered turns quiet.
// Thread-safe.
#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <array>

class QTimer;

class FeedHealth : public QObject
{
    Q_OBJECT

public:
    enum class Problem {
        Malformed,            // a record or item that does not parse (bad number, no name, bad JSON)
        NonFinite,            // NaN or infinity in a value or time
        AbsurdTime,           // before 2000 or more than a day ahead of this machine's clock
        Oversized,            // an item above PayloadLimits::MaxItemBytes: refused whole
        TooManyRecords,       // an item with more than PayloadLimits::MaxRecordsPerItem records
        UnexpectedPublisher,  // readings for this node name from a JID that is not its service
        Flooding,             // the node publishes faster than ReadingInterceptor's flood threshold
        UnknownPayload,       // an item of a subscribed node in no format Linnet reads
    };
    Q_ENUM(Problem)
    static constexpr int ProblemCount = int(Problem::UnknownPayload) + 1;

    explicit FeedHealth(QObject *parent = nullptr);

    // Logs the first report of each (service, node, problem) to linnet.devices; later ones are
    // only counted. UnexpectedPublisher is reported with service = the sender: it is counted and
    // shown under every other service's node of that name (count(S, node, ...) sums the senders
    // that are not S).
    void report(const QString &service, const QString &node, Problem problem, quint64 count = 1);
    // Flooding with the measured rate, for the warning text.
    void reportFlooding(const QString &service, const QString &node, double itemsPerSecond);

    Q_INVOKABLE quint64 count(const QString &service, const QString &node, FeedHealth::Problem problem) const;
    // User text, e.g. "Ignored 3 readings with NaN or infinite values."; empty = fine.
    Q_INVOKABLE QString warning(const QString &service, const QString &node) const;

    // How long a warning stays up after the last report of its kind (Flooding has its own,
    // shorter hold: it describes the present).
    static constexpr qint64 DefaultHoldMs = 10 * 60 * 1000;
    static constexpr qint64 DefaultFloodingHoldMs = 10 * 1000;
    void setHoldMs(qint64 problemsMs, qint64 floodingMs);  // tests

    // Coalesced per pass; also when a warning expires. service is empty when the change is for
    // the node of that name on every service (an UnexpectedPublisher report).
    Q_SIGNAL void changed(const QString &service, const QString &node);

private:
    struct Entry {
        std::array<quint64, ProblemCount> counts{};
        std::array<qint64, ProblemCount> lastMs{};  // steady clock, 0 = never
        double floodRate = 0;
    };
    static QString key(const QString &service, const QString &node) { return service + QLatin1Char('\n') + node; }
    Entry *entryLocked(const QString &service, const QString &node);
    void noteLocked(const QString &service, const QString &node, Problem problem, quint64 count, qint64 nowMs);
    void flushChanged();
    void armExpiry();
    void expire();

    mutable QMutex m_lock;
    QHash<QString, Entry> m_entries;
    // UnexpectedPublisher by node name, then sender.
    QHash<QString, QHash<QString, std::pair<quint64, qint64>>> m_foreign;
    QSet<QString> m_pending;       // keys whose changed() is due
    QSet<QString> m_pendingNodes;  // node names with new UnexpectedPublisher reports
    bool m_flushQueued = false;
    qint64 m_holdMs = DefaultHoldMs;
    qint64 m_floodingHoldMs = DefaultFloodingHoldMs;
    quint64 m_overflow = 0;  // reports dropped once the tables are full (hostile senders)
    QTimer *m_expiry;
    qint64 m_lastExpiryMs = 0;
};
