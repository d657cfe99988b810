// The account's message archive (XEP-0313, MAM) into the MessageStore: catch-up after being
// offline, and paging back through one conversation (or a room) when the view runs out of
// stored history. One per account; the owner (ChatController) calls it, and the store's answers
// come back as stored() so the open models can show them.
//
//   - catchUp(client): on each NEW stream of the account's main session (not a resumed one).
//     From the newest stored stanza-id forward to now, page by page, each page stored as it
//     arrives; with nothing stored yet, only the newest messages (NewestWindowDays, at most
//     NewestLimit). A second catchUp while one runs replaces it.
//   - fetchOlder(client, archiveJid, withJid, beforeStanzaId, beforeTimeMs): one page older than
//     that message of one conversation (archiveJid = the own bare JID with withJid = the peer,
//     or a room's JID with withJid empty). olderFetched() says how many were new and whether
//     the archive has nothing older. On an error: failed(error), then olderFetched(…, 0, false).
//   - catchUpRoom(client, roomJid, sinceMs): a room's own archive, forward from the time of the
//     newest stored message of the room (less RoomSlackMs) to now: what was said while we were
//     out of it. Each page is stored as it comes (stored()), then roomCaughtUp(room, inserted,
//     error). Runs for several rooms at once; a new run for a room replaces the running one.
//   - The store orders a conversation by (time, row id), so rows of one millisecond sort by
//     insertion. Newest-mode pages are stored together at the end, oldest first. fetchOlder
//     pages arrive newest page first: before storing one, placeBefore() moves its messages that
//     are not older than the message paged from (a burst of one millisecond across the page
//     boundary, or our clock behind the server's) to just before it, so they stay before it.
//
// Messages are converted with MessageConversion (stanza-id by the archive: the MAM result id),
// so the store de-duplicates them against live messages and carbons. Messages without a body
// (chat states, receipts), errors and, in the own archive, group chat are skipped, as are
// messages from contacts isBlocked() names.
//
// Queries go forward with both RSM <after/> and a <start/> at the previous page's last stamp:
// with only <after/>, Prosody's file storage scans the archive from its beginning for every
// page (quadratic over a long catch-up); with the time it binary-searches to the spot.
#pragma once

#include "StoredMessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

class MessageStore;
class QXmppClient;
class QXmppMessage;

namespace Archive {
struct Page;
}

class ArchiveSync : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Accounts own their archive sync")
    Q_PROPERTY(bool busy READ isBusy NOTIFY progressChanged)
    Q_PROPERTY(int fetched READ fetched NOTIFY progressChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY progressChanged)
    Q_PROPERTY(QString error READ error NOTIFY progressChanged)

public:
    static constexpr int NewestWindowDays = 7;
    static constexpr int NewestLimit = 1000;

    ArchiveSync(const QString &ownBareJid, MessageStore *store, QObject *parent = nullptr);
    ~ArchiveSync() override;

    // Messages whose sender (peer bare JID) this names are not stored.
    std::function<bool(const QString &bareJid)> isBlocked;
    // Group chat from a room's archive: our nick in that room (its messages are outgoing).
    std::function<QString(const QString &roomJid)> roomNick;

    // Results asked for per query; servers cap it (Prosody: max_archive_query_results, 50).
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    // An older page's messages (archive order, oldest first) that are not older than
    // beforeTimeMs get beforeTimeMs - 1: stored after the newer rows, they still sort before them.
    static void placeBefore(QList<StoredMessage> &messages, qint64 beforeTimeMs);

    void catchUp(QXmppClient *client);
    void fetchOlder(QXmppClient *client, const QString &archiveJid, const QString &withJid, const QString &beforeStanzaId,
                    qint64 beforeTimeMs);
    // How far before the newest stored room message a room's catch-up starts: clocks differ.
    static constexpr qint64 RoomSlackMs = 60 * 60 * 1000;
    void catchUpRoom(QXmppClient *client, const QString &roomJid, qint64 sinceMs);

    bool isBusy() const { return m_catchUp.active || m_olderRunning > 0; }
    // The running catch-up is the account's first (nothing was stored yet, so it fetches the
    // newest messages): what it stores is the past, not news (UnreadTracker does not count it).
    // True while its stored() is emitted.
    bool isFirstCatchUp() const { return m_catchUp.active && m_catchUp.newestMode; }
    int fetched() const { return m_fetched; }
    QString statusText() const;
    QString error() const { return m_error; }

Q_SIGNALS:
    // The store's answer for each page, in page order (inserted or merged rows).
    void stored(const QList<StoreResult> &results);
    void caughtUp(int inserted);
    void failed(const QString &error);
    // conversation: withJid for 1:1, the room's JID for rooms.
    void olderFetched(const QString &conversation, int inserted, bool complete);
    // A catchUpRoom() ended: inserted new rows; error: why it stopped early ("" if it did not).
    void roomCaughtUp(const QString &roomJid, int inserted, const QString &error);
    void progressChanged();

private:
    struct CatchUp {
        bool active = false;
        quint64 run = 0;       // which catchUp() the answers belong to
        bool newestMode = false;  // nothing stored: backwards from now
        bool lastPageAsked = false;
        int pendingStores = 0;
        int inserted = 0;
        int received = 0;      // messages the archive sent in this run
        QList<StoredMessage> newest;  // newestMode: the pages so far, oldest first
    };

    struct RoomRun {
        quint64 run = 0;
        QPointer<QXmppClient> client;
        bool lastPageAsked = false;
        int pendingStores = 0;
        int inserted = 0;
    };

    void requestRoomPage(const QString &room, quint64 run, const QString &afterId, const QDateTime &start);
    void onRoomPage(const QString &room, quint64 run, Archive::Page page);
    void maybeRoomCaughtUp(const QString &room, const QString &error = {});

    void startCatchUp(quint64 run, const QString &afterId);
    void requestForward(quint64 run, const QString &afterId, const QDateTime &start);
    void requestBackward(quint64 run, const QString &beforeId);
    void onCatchUpPage(quint64 run, Archive::Page page, bool backward);
    void finishCatchUp(quint64 run, const QString &error);
    void maybeCaughtUp();

    QList<StoredMessage> convert(const QList<QXmppMessage> &messages, const QString &archiveJid, bool room) const;
    // Stores messages; then() gets the store's results on the GUI thread.
    void storePage(const QList<StoredMessage> &messages, std::function<void(const QList<StoreResult> &)> then);
    void setError(const QString &error);

    QString m_own;
    MessageStore *m_store;
    QPointer<QXmppClient> m_client;  // the catch-up's
    int m_pageSize = 250;
    CatchUp m_catchUp;
    quint64 m_lastStanzaIdRequest = 0;
    int m_olderRunning = 0;
    QHash<QString, RoomRun> m_roomRuns;  // by room JID
    quint64 m_lastRoomRun = 0;
    int m_fetched = 0;
    QString m_error;
    QHash<quint64, std::function<void(const QList<StoreResult> &)>> m_storing;  // by store request id
};
