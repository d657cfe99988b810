// Unread messages of one account, kept in one place: a count per conversation and the
// account's total, persisted through the message store (the last-read row per conversation,
// so counts survive a restart), and mute per conversation (persisted too). It feeds the
// roster's unread and muted roles and the account switcher's badge (total: muted chats left
// out), and decides which arrivals notify (ChatNotifier: not muted, not in view).
//
// Counting follows ChatController::messagesArrived (newly stored incoming messages, live or
// from the archive), except what a new account's first archive catch-up brings (the newest
// messages of its history: ArchiveSync::isFirstCatchUp): that is marked read. What a known
// account's catch-up brings was written while it was offline, and counts. A conversation is "in view" while it is the account's open chat and the
// account's chat page is on screen in the active window (viewActive, bound by the page): its
// count stays 0 and what arrives is marked read in the store.
//
// At setStore() the counts are loaded from the store; the answer replaces whatever was counted
// before it (those arrivals were stored before the request, so the answer has them).
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class ChatController;
class ChatNotifier;
class MessageStore;
class RosterModel;
struct ConversationState;

class UnreadTracker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    // Unread messages in conversations that are not muted.
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    // Bare JIDs of the muted conversations, sorted.
    Q_PROPERTY(QStringList muted READ muted NOTIFY mutedChanged)
    // The account's chat page is shown in the active window (set by the page).
    Q_PROPERTY(bool viewActive READ isViewActive WRITE setViewActive NOTIFY viewActiveChanged)
    // The counts came from the store (or there is none to ask).
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    // chats: followed for its open conversation and its messagesArrived;
    // roster: given the counts (setUnreadCount), again whenever it reloads. Either may be null.
    UnreadTracker(const QString &account, ChatController *chats = nullptr, RosterModel *roster = nullptr,
                  QObject *parent = nullptr);

    // The profile's store: loads the persisted state; null keeps counts in memory only.
    void setStore(MessageStore *store);
    ChatNotifier *notifier() const { return m_notifier; }

    int total() const { return m_total; }
    QStringList muted() const;
    bool isViewActive() const { return m_viewActive; }
    void setViewActive(bool active);
    bool isLoaded() const { return m_loaded; }

    Q_INVOKABLE int count(const QString &bareJid) const { return m_counts.value(bareJid.toLower()); }
    Q_INVOKABLE bool isMuted(const QString &bareJid) const { return m_muted.contains(bareJid.toLower()); }
    Q_INVOKABLE void setMuted(const QString &bareJid, bool muted);
    // The conversation the account shows (ChatController's current one; "" for none).
    void setOpenConversation(const QString &bareJid);
    QString openConversation() const { return m_open; }
    bool isInView(const QString &bareJid) const { return m_viewActive && !m_open.isEmpty() && bareJid.toLower() == m_open; }

public Q_SLOTS:
    // ChatController::messagesArrived: count newly stored incoming messages of bareJid;
    // live: received now (false: from an archive catch-up).
    void messagesArrived(const QString &bareJid, int count, const QString &lastPreview, bool live);

Q_SIGNALS:
    void countChanged(const QString &bareJid, int count);
    void totalChanged();
    void mutedChanged(const QString &bareJid, bool muted);
    void viewActiveChanged();
    void loadedChanged();

private:
    void setCount(const QString &peer, int count);
    void markRead(const QString &peer);
    void loaded(const QList<ConversationState> &conversations);
    void updateTotal();
    void pushToRoster();

    QString m_account;  // lower case
    QPointer<ChatController> m_chats;
    QPointer<RosterModel> m_roster;
    QPointer<MessageStore> m_store;
    ChatNotifier *m_notifier;
    QHash<QString, int> m_counts;  // peer -> unread, only > 0
    QSet<QString> m_muted;
    QSet<QString> m_mutedWhileLoading;  // changed before the store's answer: kept over it
    QString m_open;
    bool m_viewActive = false;
    bool m_loaded = false;
    quint64 m_loadRequest = 0;
    int m_total = 0;
};
