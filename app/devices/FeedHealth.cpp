#include "FeedHealth.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>
#include <QMetaObject>
#include <QTimer>

namespace {
// Anyone can send us notifications with made-up node names: past this many, new
// (service, node) pairs are no longer tracked, only counted in total.
constexpr qsizetype MaxTracked = 4096;

qint64 steadyMs()
{
    return QDeadlineTimer::current().deadline();
}

QString describe(FeedHealth::Problem problem, quint64 n)
{
    // QT_TRANSLATE_N_NOOP: lupdate sees neither a context nor %n through a helper.
    const auto plural = [](const char *text, quint64 count) {
        return QCoreApplication::translate("FeedHealth", text, nullptr, int(qMin<quint64>(count, INT_MAX)));
    };
    switch (problem) {
    case FeedHealth::Problem::Malformed: return plural(QT_TRANSLATE_N_NOOP("FeedHealth", "%n malformed reading(s) or item(s) ignored."), n);
    case FeedHealth::Problem::NonFinite: return plural(QT_TRANSLATE_N_NOOP("FeedHealth", "%n reading(s) with NaN or infinite values ignored."), n);
    case FeedHealth::Problem::AbsurdTime: return plural(QT_TRANSLATE_N_NOOP("FeedHealth", "%n reading(s) with an impossible time ignored."), n);
    case FeedHealth::Problem::Oversized: return plural(QT_TRANSLATE_N_NOOP("FeedHealth", "%n oversized item(s) ignored."), n);
    case FeedHealth::Problem::TooManyRecords: return plural(QT_TRANSLATE_N_NOOP("FeedHealth", "%n item(s) with too many records cut short."), n);
    case FeedHealth::Problem::UnexpectedPublisher:
        return plural(QT_TRANSLATE_N_NOOP("FeedHealth", "%n item(s) for this node from an unexpected publisher ignored."), n);
    case FeedHealth::Problem::UnknownPayload: return plural(QT_TRANSLATE_N_NOOP("FeedHealth", "%n item(s) in an unknown format ignored."), n);
    case FeedHealth::Problem::Flooding: break;
    }
    return {};
}
}  // namespace

FeedHealth::FeedHealth(QObject *parent)
    : QObject(parent)
    , m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &FeedHealth::expire);
}

FeedHealth::Entry *FeedHealth::entryLocked(const QString &service, const QString &node)
{
    const QString k = key(service, node);
    auto it = m_entries.find(k);
    if (it == m_entries.end()) {
        if (m_entries.size() >= MaxTracked)
            return nullptr;
        it = m_entries.insert(k, Entry{});
    }
    return &it.value();
}

void FeedHealth::report(const QString &service, const QString &node, Problem problem, quint64 count)
{
    if (count == 0)
        return;
    const qint64 now = steadyMs();
    QMutexLocker locker(&m_lock);
    bool first = false;
    if (problem == Problem::UnexpectedPublisher) {
        auto senders = m_foreign.find(node);
        if (senders == m_foreign.end()) {
            if (m_foreign.size() >= MaxTracked) {
                m_overflow += count;
                return;
            }
            senders = m_foreign.insert(node, {});
        }
        auto it = senders->find(service);
        if (it == senders->end()) {
            if (senders->size() >= MaxTracked) {
                m_overflow += count;
                return;
            }
            it = senders->insert(service, {0, 0});
        }
        first = it->first == 0;
        it->first += count;
        it->second = now;
        // Shown on the node of that name of every other service: those are the ones it imitates.
        m_pendingNodes.insert(node);
    } else {
        Entry *entry = entryLocked(service, node);
        if (!entry) {
            m_overflow += count;
            return;
        }
        first = entry->counts[int(problem)] == 0;
        entry->counts[int(problem)] += count;
        entry->lastMs[int(problem)] = now;
        m_pending.insert(key(service, node));
    }
    if (first) {
        const char *const format = problem == Problem::UnexpectedPublisher
            ? "Node %1: %2 (%3) from %4; further ones are only counted"
            : "Node %1 on %4: %2 (%3); further ones are only counted";
        qCWarning(lcDevices).noquote() << QString::fromLatin1(format).arg(node, QVariant::fromValue(problem).toString(),
                                                                          QString::number(count), service);
    }
    if (!std::exchange(m_flushQueued, true))
        QMetaObject::invokeMethod(this, &FeedHealth::flushChanged, Qt::QueuedConnection);
}

void FeedHealth::reportFlooding(const QString &service, const QString &node, double itemsPerSecond)
{
    {
        QMutexLocker locker(&m_lock);
        if (Entry *entry = entryLocked(service, node))
            entry->floodRate = itemsPerSecond;
    }
    report(service, node, Problem::Flooding);
}

quint64 FeedHealth::count(const QString &service, const QString &node, Problem problem) const
{
    QMutexLocker locker(&m_lock);
    if (problem == Problem::UnexpectedPublisher) {
        quint64 total = 0;
        const auto senders = m_foreign.value(node);
        for (auto it = senders.cbegin(); it != senders.cend(); ++it) {
            if (it.key() != service)
                total += it->first;
        }
        return total;
    }
    const auto it = m_entries.constFind(key(service, node));
    return it == m_entries.cend() ? 0 : it->counts[int(problem)];
}

QString FeedHealth::warning(const QString &service, const QString &node) const
{
    const qint64 now = steadyMs();
    QStringList lines;
    QMutexLocker locker(&m_lock);
    const auto recent = [&](qint64 lastMs, qint64 hold) { return lastMs != 0 && now - lastMs < hold; };
    if (const auto it = m_entries.constFind(key(service, node)); it != m_entries.cend()) {
        if (recent(it->lastMs[int(Problem::Flooding)], m_floodingHoldMs)) {
            lines += QCoreApplication::translate("FeedHealth", "Publishing %1 items/s: more than a sensor should.")
                         .arg(QLocale().toString(qRound64(it->floodRate)));
        }
        for (int p = 0; p < ProblemCount; ++p) {
            if (Problem(p) != Problem::Flooding && recent(it->lastMs[p], m_holdMs))
                lines += describe(Problem(p), it->counts[p]);
        }
    }
    quint64 foreign = 0;
    qint64 foreignLast = 0;
    const auto senders = m_foreign.value(node);
    for (auto s = senders.cbegin(); s != senders.cend(); ++s) {
        if (s.key() != service) {
            foreign += s->first;
            foreignLast = qMax(foreignLast, s->second);
        }
    }
    if (recent(foreignLast, m_holdMs))
        lines += describe(Problem::UnexpectedPublisher, foreign);
    return lines.join(QLatin1Char(' '));
}

void FeedHealth::setHoldMs(qint64 problemsMs, qint64 floodingMs)
{
    QMutexLocker locker(&m_lock);
    m_holdMs = problemsMs;
    m_floodingHoldMs = floodingMs;
}

void FeedHealth::flushChanged()
{
    QSet<QString> pending;
    QSet<QString> pendingNodes;
    QList<std::pair<QString, QString>> foreignTargets;
    {
        QMutexLocker locker(&m_lock);
        m_flushQueued = false;
        pending.swap(m_pending);
        pendingNodes.swap(m_pendingNodes);
        // An unexpected publisher's items show on the tracked nodes of that name.
        for (auto it = m_entries.cbegin(); it != m_entries.cend() && !pendingNodes.isEmpty(); ++it) {
            const qsizetype cut = it.key().indexOf(QLatin1Char('\n'));
            if (pendingNodes.contains(it.key().mid(cut + 1)))
                pending.insert(it.key());
        }
    }
    for (const QString &k : std::as_const(pending)) {
        const qsizetype cut = k.indexOf(QLatin1Char('\n'));
        Q_EMIT changed(k.left(cut), k.mid(cut + 1));
    }
    for (const QString &node : std::as_const(pendingNodes))
        Q_EMIT changed(QString(), node);  // "some service's node of this name"
    armExpiry();
}

// A warning that goes away is a change too.
void FeedHealth::armExpiry()
{
    const qint64 now = steadyMs();
    qint64 next = -1;
    QMutexLocker locker(&m_lock);
    const auto consider = [&](qint64 lastMs, qint64 hold) {
        if (lastMs != 0 && lastMs + hold > now && (next < 0 || lastMs + hold < next))
            next = lastMs + hold;
    };
    for (const Entry &entry : std::as_const(m_entries)) {
        for (int p = 0; p < ProblemCount; ++p)
            consider(entry.lastMs[p], Problem(p) == Problem::Flooding ? m_floodingHoldMs : m_holdMs);
    }
    for (const auto &senders : std::as_const(m_foreign)) {
        for (const auto &s : senders)
            consider(s.second, m_holdMs);
    }
    if (next >= 0)
        m_expiry->start(int(qMin<qint64>(next - now + 1, INT_MAX)));
}

void FeedHealth::expire()
{
    const qint64 now = steadyMs();
    QList<std::pair<QString, QString>> gone;
    {
        QMutexLocker locker(&m_lock);
        const auto justEnded = [&](qint64 lastMs, qint64 hold) { return lastMs != 0 && lastMs + hold <= now && lastMs + hold > m_lastExpiryMs; };
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            bool ended = false;
            for (int p = 0; p < ProblemCount; ++p)
                ended = ended || justEnded(it->lastMs[p], Problem(p) == Problem::Flooding ? m_floodingHoldMs : m_holdMs);
            if (ended) {
                const qsizetype cut = it.key().indexOf(QLatin1Char('\n'));
                gone.append({it.key().left(cut), it.key().mid(cut + 1)});
            }
        }
        for (auto it = m_foreign.cbegin(); it != m_foreign.cend(); ++it) {
            for (const auto &s : *it) {
                if (justEnded(s.second, m_holdMs)) {
                    gone.append({QString(), it.key()});
                    break;
                }
            }
        }
        m_lastExpiryMs = now;
    }
    for (const auto &[service, node] : std::as_const(gone))
        Q_EMIT changed(service, node);
    armExpiry();
}
