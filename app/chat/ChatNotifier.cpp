#include "ChatNotifier.h"

#include "core/Logging.h"
#include "dashboards/DesktopNotifier.h"

using namespace std::chrono_literals;

namespace {
// A preview is one line of readable length.
QString previewLine(const QString &text)
{
    constexpr qsizetype Max = 160;
    const QString line = text.left(Max * 4).simplified();
    return line.size() > Max ? line.left(Max - 1) + u'…' : line;
}
}  // namespace

ChatNotifier::ChatNotifier(QObject *parent)
    : QObject(parent)
    , m_sink(&DesktopNotifier::notify)
    , m_burstGap(2min)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(1500ms);
    connect(&m_coalesce, &QTimer::timeout, this, &ChatNotifier::showBursts);
    // A catch-up stores page after page: the summary waits until they stop.
    m_summary.setSingleShot(true);
    m_summary.setInterval(3s);
    connect(&m_summary, &QTimer::timeout, this, &ChatNotifier::showSummary);
}

void ChatNotifier::setTimings(std::chrono::milliseconds coalesce, std::chrono::milliseconds burstGap)
{
    m_coalesce.setInterval(coalesce);
    m_summary.setInterval(coalesce);
    m_burstGap = burstGap;
}

void ChatNotifier::add(const QString &peer, const QString &name, int count, const QString &preview, bool live)
{
    if (count <= 0)
        return;
    if (!live) {
        m_archived += count;
        m_archivedPeers.insert(peer);
        m_archivedName = name;
        m_summary.start();  // restarted by every page
        return;
    }
    Burst &burst = m_bursts[peer];
    const bool continues = burst.lastArrival.isValid() && burst.lastArrival.elapsed() < m_burstGap.count();
    burst.lastArrival.start();
    burst.name = name;
    burst.preview = previewLine(preview);
    if (burst.pending) {
        burst.count += count;
        return;
    }
    if (continues)
        return;  // this burst was notified already
    burst.pending = true;
    burst.count = count;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ChatNotifier::conversationRead(const QString &peer)
{
    m_bursts.remove(peer);
}

void ChatNotifier::flush()
{
    showBursts();
    showSummary();
}

void ChatNotifier::showBursts()
{
    m_coalesce.stop();
    for (auto it = m_bursts.begin(); it != m_bursts.end(); ++it) {
        Burst &burst = it.value();
        if (!burst.pending)
            continue;
        burst.pending = false;
        const QString text = burst.count == 1 ? burst.preview
                                              : tr("%n new message(s): %1", nullptr, burst.count).arg(burst.preview);
        show(it.key(), burst.name, text);
    }
}

void ChatNotifier::showSummary()
{
    m_summary.stop();
    if (m_archived > 0) {
        const QString text = m_archivedPeers.size() == 1
            ? tr("%n message(s) from %1 while you were away", nullptr, m_archived).arg(m_archivedName)
            : tr("%n message(s) in %1 conversations while you were away", nullptr, m_archived).arg(m_archivedPeers.size());
        m_archived = 0;
        m_archivedPeers.clear();
        show({}, tr("New messages"), text);
    }
}

void ChatNotifier::show(const QString &peer, const QString &title, const QString &text)
{
    const bool shown = m_sink && m_sink(title, text);
    qCDebug(lcChat) << "Notification for" << (peer.isEmpty() ? QStringLiteral("the catch-up") : peer)
                    << (shown ? "shown" : "not shown (no tray)");
    Q_EMIT notified(peer, title, text);
}
