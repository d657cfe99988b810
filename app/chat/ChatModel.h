// One conversation as the view shows it: a window onto the MessageStore, oldest first (the view
// shows the newest at the bottom), and what the contact is doing in it (XEP-0085 typing).
//
// The model never holds the whole history: it loads the newest page itself, pages back with
// loadOlder() (and forward with loadNewer() after it has left the newest end), and drops rows
// far from where the user is reading once the window grows past WindowRows. When the store has
// nothing older it asks for the server's archive (needsArchive; the owner answers with
// archiveFetched()). Corrections (XEP-0308) replace the text of the message they correct when
// both are in the window; replies (XEP-0461) quote the replied-to text when it is there.
#pragma once

#include "Attachment.h"
#include "StoredMessage.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <chrono>
#include <optional>

class MessageStore;

class ChatModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get one from ChatController")
    Q_PROPERTY(QString peerJid READ peerJid CONSTANT)
    Q_PROPERTY(QString account READ account CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The first page has arrived (before that, an empty model means "loading", not "no messages").
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    // A page replacing the window is on its way (the first one, openAt, jumpToNewest).
    Q_PROPERTY(bool loading READ isLoading NOTIFY pagingChanged)
    // Paging back: a store page is on its way; the store has older rows than the window.
    Q_PROPERTY(bool loadingOlder READ isLoadingOlder NOTIFY pagingChanged)
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY pagingChanged)
    // The server's archive is being asked for older messages; it has none older (the window
    // starts at the beginning of the conversation once hasOlder is false too).
    Q_PROPERTY(bool archiveBusy READ isArchiveBusy NOTIFY pagingChanged)
    Q_PROPERTY(bool archiveComplete READ isArchiveComplete NOTIFY pagingChanged)
    // The window ends at the newest stored message (false after paging back far, or openAt()):
    // new messages are then not shown until jumpToNewest().
    Q_PROPERTY(bool atNewest READ isAtNewest NOTIFY pagingChanged)
    Q_PROPERTY(bool loadingNewer READ isLoadingNewer NOTIFY pagingChanged)
    // Group chat (setRoomNick): senderName / mentioned roles are filled.
    Q_PROPERTY(bool room READ isRoom NOTIFY roomChanged)
    // Whether the contact is writing (a "composing" chat state that has not ended or expired).
    Q_PROPERTY(bool peerTyping READ peerTyping NOTIFY peerTypingChanged)
    // What the header shows for it: "typing…", or empty.
    Q_PROPERTY(QString peerActivity READ peerActivity NOTIFY peerTypingChanged)

public:
    // What the view shows of a message's progress (from StoredMessage::State): Queued (waiting
    // for a connection or its turn), Sending (handed to the stream, no ack yet), Sent (the server
    // has it), Delivered (the contact's client confirmed it), Failed (Retry offered).
    // Unconfirmed: sent on a live stream, no ack from the server within the Outbox's limit.
    enum class Delivery { Received, Sending, Sent, Delivered, Failed, Queued, Unconfirmed };
    Q_ENUM(Delivery)

    enum Role {
        BodyRole = Qt::UserRole + 1,  // plain text, shown literally (the corrected text if edited;
                                      // without the truncation marker: see truncated)
        TimestampRole,
        OutgoingRole,
        DeliveryRole,
        FirstOfDayRole,     // shows a date separator above this message
        FirstOfGroupRole,   // first of a run from the same sender: shows the time and tail
        ResourceRole,       // the sender's resource (incoming) or our session's (outgoing)
        DeliveryLabelRole,  // the delivery state in words ("delivered"); empty for incoming
        RowIdRole,          // the store's row (jump targets, retry)
        MessageIdRole,      // the stanza id (retry, correction)
        EditedRole,         // a correction (XEP-0308) replaced the text
        ReplyToBodyRole,    // the text this message answers, if that message is in the window
        AttachmentUrlRole,  // the body is a lone http(s) URL (Attachment::fromBody): its URL, else empty
        AttachmentNameRole,
        AttachmentKindRole, // int of Attachment::Kind (File, Image, Audio, Video)
        SenderNameRole,     // group chat: the sender's nick; empty in 1:1
        SenderColorRole,    // group chat: the nick's XEP-0392 colour; invalid in 1:1
        MentionedRole,      // group chat: an incoming message naming our nick
        TruncatedRole,      // the body was cut when stored (too long)
        TruncatedNoteRole,  // what was cut, in words ("12,345 more characters not shown")
    };
    Q_ENUM(Role)

    static constexpr int PageRows = 50;     // one page from the store
    static constexpr int WindowRows = 500;  // rows kept before the far end is dropped

    ChatModel(MessageStore *store, const QString &account, const QString &peerJid, QObject *parent = nullptr);

    // Transitional, until ChatController keeps everything in the store: a model without a store
    // (in memory, nothing to page), appending what the controller received.
    struct Message {
        QString id;
        QString body;
        QDateTime timestamp;
        bool outgoing = false;
        Delivery delivery = Delivery::Received;
        QString resource;
    };
    explicit ChatModel(const QString &peerJid, QObject *parent = nullptr);
    bool append(Message message);                         // false: a message with this id is here
    bool setDelivery(const QString &id, Delivery delivery);  // false: unknown id or no advance

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString peerJid() const { return m_peerJid; }
    QString account() const { return m_account; }
    // The stored message shown in a row (its original text when edited).
    const StoredMessage &message(int row) const { return m_rows.at(row).message; }
    // The row showing the store's row rowId, or -1 when it is not in the window.
    Q_INVOKABLE int rowOf(qint64 rowId) const;
    // The store's row shown in a row (0 when out of range).
    Q_INVOKABLE qint64 rowIdAt(int row) const;
    // The text of the newest message we sent that the window holds (what Up in an empty
    // composer puts back to correct), or empty.
    Q_INVOKABLE QString lastOutgoingText() const;

    // A newly stored message of this conversation (live, sent, carbon, archive; inserted or a
    // merged duplicate): shown at its place by (timeMs, rowId) when the window covers that place,
    // updated in place when already shown, ignored otherwise.
    void addStored(const StoredMessage &message);
    // An outgoing message's new state (ticks); states only advance, except Failed -> Queued (retry).
    void updateState(const QString &messageId, StoredMessage::State state);

    // Pages back: from the store, or from the server's archive when the store has nothing older.
    Q_INVOKABLE void loadOlder();
    // Pages forward after the window left the newest end.
    Q_INVOKABLE void loadNewer();
    // The owner's answer to needsArchive: `inserted` messages were stored; `complete`: the
    // archive has nothing older. Loads the older page from the store.
    void archiveFetched(int inserted, bool complete);
    // Shows the page around the store's row rowId, then positionRequested(its row).
    Q_INVOKABLE void openAt(qint64 rowId);
    // Back to the newest page (when not atNewest), then positionRequested(last row).
    Q_INVOKABLE void jumpToNewest();

    // Group chat: our nick in the room (an empty nick turns it back into a 1:1 model).
    void setRoomNick(const QString &nick);
    QString roomNick() const { return m_roomNick; }
    bool isRoom() const { return !m_roomNick.isEmpty(); }

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_resetRequest != 0; }
    bool isLoadingOlder() const { return m_olderRequest != 0; }
    bool isLoadingNewer() const { return m_newerRequest != 0; }
    bool hasOlder() const { return m_hasOlder; }
    bool isAtNewest() const { return !m_hasNewer; }
    bool isArchiveBusy() const { return m_archiveBusy; }
    bool isArchiveComplete() const { return m_archiveComplete; }

    static Delivery deliveryFor(const StoredMessage &message);
    // The Outbox's "not confirmed yet" for an outgoing message still waiting for the server.
    void setOverdue(const QString &messageId, bool overdue);
    static QString deliveryLabel(Delivery delivery);

    bool peerTyping() const { return m_peerTyping; }
    QString peerActivity() const;
    // The contact composes (true) or stopped (paused, active, gone, or a message arrived). A
    // "composing" whose end never comes (the contact's client went away) expires.
    void setPeerTyping(bool typing);
    void setTypingExpiry(std::chrono::milliseconds expiry) { m_typingExpiry.setInterval(expiry); }

Q_SIGNALS:
    void countChanged();
    void loadedChanged();
    void pagingChanged();
    void roomChanged();
    void peerTypingChanged(bool typing);
    // The store has nothing older than the window: fetch one page of the server's archive
    // before this message (its stanza-id, or empty with its time when it has none; both empty/0
    // for an empty conversation: the newest page). Answer with archiveFetched().
    void needsArchive(const QString &beforeStanzaId, qint64 beforeTimeMs);
    // The view should show this row (openAt, jumpToNewest).
    void positionRequested(int row);

private:
    struct Row {
        StoredMessage message;
        QString shownBody;       // corrected text, without truncation marker
        QString correctedBy;     // message id of the correction applied ("" when not edited)
        qint64 correctedAtMs = 0;  // its time: a later correction wins
        QString truncatedNote;   // non-empty when the body was cut
        std::optional<Attachment> attachment;  // of shownBody
        bool edited() const { return !correctedBy.isEmpty() || !message.correctionOf.isEmpty(); }
    };
    // ChatModel.cpp: rows and roles
    static Row makeRow(const StoredMessage &message);
    static void setShownBody(Row &row, const QString &body);
    void show(const StoredMessage &message);  // insert at place, update, or apply a correction
    void insertAt(int at, Row row);
    void dropRows(int first, int count);
    void trimTo(int rows, bool keepNewest);
    QList<Row> buildRows(const QList<StoredMessage> &messages) const;
    static void correctInto(Row &target, const StoredMessage &correction);
    bool applyCorrection(const StoredMessage &correction);
    void adoptCorrections(QList<Row> &older);
    static int correctionTarget(const QList<Row> &rows, const StoredMessage &correction, bool room);
    QString replyBody(const StoredMessage &message) const;
    bool isMentioned(const Row &row) const;
    QString senderName(const StoredMessage &message) const;
    bool sameSender(const StoredMessage &a, const StoredMessage &b) const;
    int insertPosition(const StoredMessage &message) const;
    void refreshRows(int first, int last, const QList<int> &roles);
    void refreshReplies();

    // ChatModelPaging.cpp: the store
    enum class Reset { None, Newest, Around };
    void requestReset(Reset kind, qint64 rowId = 0);
    void onPageLoaded(quint64 id, const MessagePage &page);
    void resetTo(const QList<StoredMessage> &messages, bool hasOlder, bool hasNewer);
    void prependOlder(const QList<StoredMessage> &messages, bool hasOlder);
    void appendNewer(const QList<StoredMessage> &messages, bool hasNewer);
    bool covers(const StoredMessage &message) const;
    void setHasOlder(bool hasOlder);

    MessageStore *m_store = nullptr;  // outlives the model (AccountsModel owns it)
    QString m_account;
    QString m_peerJid;
    QString m_roomNick;
    QList<Row> m_rows;
    QList<StoredMessage> m_early;  // addStored before the first page arrived
    quint64 m_resetRequest = 0;   // the newest page or the one around a row, replacing the window
    Reset m_resetKind = Reset::None;
    bool m_resetPositions = false;  // emit positionRequested once it arrives
    qint64 m_aroundRowId = 0;
    quint64 m_olderRequest = 0;
    quint64 m_newerRequest = 0;
    qint64 m_legacyRowId = 0;  // transitional in-memory model: made-up increasing row ids
    bool m_loaded = false;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    bool m_archiveBusy = false;
    bool m_archiveComplete = false;
    bool m_peerTyping = false;
    QTimer m_typingExpiry;
    QSet<QString> m_overdue;  // message ids the Outbox reported overdue
    Delivery deliveryOf(const StoredMessage &message) const;
};
