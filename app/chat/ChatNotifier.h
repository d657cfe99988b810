// Desktop notifications for chat messages of one account, through DesktopNotifier (the tray's
// balloon). UnreadTracker decides whether a message may notify at all (not muted, not in
// view) and hands it here; this decides when and how often:
//   - one notification per conversation burst, not per message: the first arrival waits a
//     moment (coalesce) for the rest of the burst, then one notification says how many and
//     shows the newest text; messages that follow within burstGap of the previous one notify
//     no more, until the conversation is read (conversationRead) or goes quiet for burstGap.
//   - archive catch-up (live = false) never notifies per conversation: once the catch-up's
//     pages stop coming for a moment, one summary ("12 new messages in 3 conversations").
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

class ChatNotifier : public QObject
{
    Q_OBJECT

public:
    // Shows a notification; true if one was shown.
    using Sink = std::function<bool(const QString &title, const QString &text)>;

    // The sink defaults to DesktopNotifier::notify.
    explicit ChatNotifier(QObject *parent = nullptr);

    void setSink(Sink sink) { m_sink = std::move(sink); }
    void setTimings(std::chrono::milliseconds coalesce, std::chrono::milliseconds burstGap);

    // count newly arrived messages of peer (known to the user as name), preview: the newest's text.
    void add(const QString &peer, const QString &name, int count, const QString &preview, bool live);
    // The user saw the conversation: its next message starts a new burst.
    void conversationRead(const QString &peer);
    // Shows what is waiting now (tests, and before the app quits).
    void flush();

Q_SIGNALS:
    // A notification went to the sink; peer is empty for an archive summary.
    void notified(const QString &peer, const QString &title, const QString &text);

private:
    struct Burst {
        QString name;
        QString preview;
        int count = 0;
        bool pending = false;        // not shown yet
        QElapsedTimer lastArrival;   // for burstGap
    };
    void showBursts();
    void showSummary();
    void show(const QString &peer, const QString &title, const QString &text);

    Sink m_sink;
    QHash<QString, Burst> m_bursts;
    QTimer m_coalesce;
    std::chrono::milliseconds m_burstGap;
    // Archive catch-up: messages and conversations since the last summary.
    int m_archived = 0;
    QSet<QString> m_archivedPeers;
    QString m_archivedName;  // the conversation's name when there is only one
    QTimer m_summary;
};
