// One chat message as the message store keeps it, and the answers the store gives about them.
// Plain values: they cross from the store's thread to the GUI thread by copy.
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

struct StoredMessage {
    Q_GADGET

public:
    enum class Direction : quint8 {
        Incoming = 0,
        Outgoing = 1,
    };
    Q_ENUM(Direction)

    // The values are what the file stores: never renumber one, append.
    enum class State : quint8 {
        Queued = 0,        // written, not sent yet (offline, or waiting for its turn)
        Sent = 1,          // handed to the stream, the server has not acknowledged it (XEP-0198)
        Acknowledged = 2,  // the server has it (stream management ack, or found in the archive)
        Delivered = 3,     // the peer's client confirmed it (XEP-0184 receipt)
        Failed = 4,        // gave up sending (error reply, or too long unacknowledged)
        Received = 5,      // an incoming message
    };
    Q_ENUM(State)

    // How far an outgoing message got; a state only replaces one of lower rank (a late server
    // ack never turns a delivered message back into an acknowledged one). Failed ranks above
    // Acknowledged: a server acks a stanza and may bounce it with an error before or after the
    // ack, and an archive copy of a bounced message does not undo the bounce.
    static int rank(State state);

    qint64 rowId = 0;          // the store's id of the row; 0 until stored
    QString account;           // bare JID of the account (the store keeps it in lower case)
    QString peer;              // bare JID of the conversation (lower case in the store)
    QString peerResource;      // the peer's resource it came from or went to ("" if none/unknown)
    QString ownResource;       // our session (resource) it came through or left from
    Direction direction = Direction::Incoming;
    QString body;
    QString messageId;         // the stanza's id attribute
    QString originId;          // XEP-0359 <origin-id/>, set by the sending client
    QString stanzaId;          // XEP-0359 <stanza-id/> by the account's own server (MAM id)
    qint64 timeMs = 0;         // ms since the epoch, UTC; the server's time when delayed
    State state = State::Received;
    QString correctionOf;      // XEP-0308: the id of the message this one replaces
    QString replyTo;           // XEP-0461: the id of the message this one answers

    bool operator==(const StoredMessage &) const = default;
};
Q_DECLARE_METATYPE(StoredMessage)

inline int StoredMessage::rank(State state)
{
    switch (state) {
    case State::Queued:
        return 0;
    case State::Sent:
        return 1;
    case State::Acknowledged:
        return 2;
    case State::Failed:
        return 3;
    case State::Delivered:
        return 4;
    case State::Received:
        return 5;
    }
    return 0;
}

// The answer to MessageStore::store(): one per message given, in the same order.
struct StoreResult {
    StoredMessage message;  // the row as it is now in the store (with its rowId), merged if a duplicate
    bool inserted = false;  // a new row; false: the message was there already (or could not be stored)
    bool changed = false;   // a duplicate that completed or advanced the stored row (ids, state)
    bool stored() const { return message.rowId != 0; }
};
Q_DECLARE_METATYPE(StoreResult)

// A page of one conversation, oldest first (display order).
struct MessagePage {
    QString account;
    QString peer;
    QList<StoredMessage> messages;
    bool hasOlder = false;  // rows before the first one of this page exist
    bool hasNewer = false;  // rows after the last one of this page exist
};
Q_DECLARE_METATYPE(MessagePage)

// A full-text search's answer: matching messages, newest first. Each hit's rowId, account and
// peer are what MessageStore::fetchAround() takes to open the conversation at it.
struct MessageSearchResult {
    QString text;     // what was searched for
    QList<StoredMessage> hits;
    bool hasMore = false;  // more matches than the limit
};
Q_DECLARE_METATYPE(MessageSearchResult)
