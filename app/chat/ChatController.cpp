#include "ChatController.h"

#include "ArchiveSync.h"
#include "ChatModel.h"
#include "MessageConversion.h"
#include "MessageStore.h"
#include "Outbox.h"
#include "core/Logging.h"

#include <QXmppClient.h>
#include <QXmppUtils.h>

using namespace std::chrono_literals;

namespace {
// What messagesArrived carries of the last message (a notification's text).
constexpr qsizetype PreviewChars = 200;

QString previewOf(const QString &body)
{
    QString text = body.left(PreviewChars + 1).simplified();
    if (text.size() > PreviewChars)
        text = text.left(PreviewChars - 1) + QChar(0x2026);
    return text;
}
}  // namespace

ChatController::ChatController(const QString &ownBareJid, std::function<QXmppClient *()> sender, QObject *parent)
    : QObject(parent)
    , m_ownJid(ownBareJid)
    , m_sender(std::move(sender))
    , m_outbox(new Outbox(ownBareJid, m_sender, this))
    , m_typingExpiry(30s)
{
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(5s);  // XEP-0085's suggestion for "paused"
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        if (m_ownState == QXmppMessage::Composing)
            sendChatState(QXmppMessage::Paused);
    });
    // What arrives in one pass of the event loop (a burst, a session's backlog) is stored in one
    // transaction.
    m_incomingTimer.setSingleShot(true);
    m_incomingTimer.setInterval(0);
    connect(&m_incomingTimer, &QTimer::timeout, this, &ChatController::storeIncoming);

    connect(m_outbox, &Outbox::submitted, this, [this](const StoreResult &result) {
        if (auto *model = m_conversations.value(result.message.peer))
            model->addStored(result.message);
    });
    connect(m_outbox, &Outbox::stateChanged, this,
            [this](const QString &peer, const QString &messageId, StoredMessage::State state) {
                if (auto *model = m_conversations.value(peer))
                    model->updateState(messageId, state);
            });
    connect(m_outbox, &Outbox::overdueChanged, this, [this](const QString &peer, const QString &messageId, bool overdue) {
        if (auto *model = m_conversations.value(peer))
            model->setOverdue(messageId, overdue);
    });
}

ChatController::~ChatController()
{
    // Whatever arrived in this last pass is not lost.
    if (!m_incoming.isEmpty() && m_store)
        m_store->store(std::exchange(m_incoming, {}));
}

void ChatController::addClient(QXmppClient *client)
{
    connect(client, &QXmppClient::messageReceived, this,
            [this, client](const QXmppMessage &message) { handleMessage(client, message); });
    // After the session's ConnectionController has seen it (it counts as online from then on):
    // QXmpp emits connected() before stateChanged(), and slots run in connection order.
    connect(client, &QXmppClient::stateChanged, this, [this, client](QXmppClient::State state) {
        if (state == QXmppClient::ConnectedState)
            handleConnected(client);
    });
}

void ChatController::setStore(MessageStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_outbox->setStore(store);
    if (!store)
        return;
    connect(store, &MessageStore::stored, this, &ChatController::onStored);
    if (!m_archive)
        setArchive(new ArchiveSync(m_ownJid, store, this));
}

void ChatController::setArchive(ArchiveSync *archive)
{
    if (m_archive == archive)
        return;
    if (m_archive) {
        m_archive->disconnect(this);
        if (m_archive->parent() == this)
            m_archive->deleteLater();
    }
    m_archive = archive;
    if (archive) {
        archive->isBlocked = [this](const QString &jid) { return isBlocked(jid); };
        connect(archive, &ArchiveSync::stored, this, [this](const QList<StoreResult> &results) { showStored(results, false); });
        connect(archive, &ArchiveSync::olderFetched, this, [this](const QString &with, int inserted, bool complete) {
            if (auto *model = m_conversations.value(with.toLower()))
                model->archiveFetched(inserted, complete);
        });
        connect(archive, &ArchiveSync::caughtUp, this,
                [](int inserted) { qCInfo(lcArchive) << "Caught up with the archive:" << inserted << "new message(s)"; });
        connect(archive, &ArchiveSync::failed, this,
                [](const QString &error) { qCWarning(lcArchive) << "Archive catch-up failed:" << error; });
    }
    Q_EMIT archiveChanged();
}

void ChatController::setBlockedCheck(std::function<bool(const QString &)> isBlocked)
{
    m_isBlocked = std::move(isBlocked);
}

void ChatController::setRoomCheck(std::function<bool(const QString &)> isRoom)
{
    m_isRoom = isRoom;
    m_outbox->setRoomCheck(std::move(isRoom));
}

void ChatController::setChatStateTimeouts(std::chrono::milliseconds pause, std::chrono::milliseconds typingExpiry)
{
    m_pauseTimer.setInterval(pause);
    m_typingExpiry = typingExpiry;
    for (auto *model : std::as_const(m_conversations))
        model->setTypingExpiry(typingExpiry);
}

QString ChatController::currentJid() const
{
    return m_current ? m_current->peerJid() : QString();
}

ChatModel *ChatController::conversation(const QString &bareJid)
{
    const QString peer = bareJid.toLower();
    auto &model = m_conversations[peer];
    if (!model) {
        model = new ChatModel(m_store, m_ownJid.toLower(), peer, this);
        model->setTypingExpiry(m_typingExpiry);
        connect(model, &ChatModel::needsArchive, this, [this, model](const QString &beforeStanzaId, qint64 beforeTimeMs) {
            fetchOlder(model, beforeStanzaId, beforeTimeMs);
        });
        for (const QString &id : m_outbox->overdueIds())
            model->setOverdue(id, true);  // ids are unique: only this peer's rows match
    }
    return model;
}

void ChatController::openChat(const QString &bareJid)
{
    auto *model = bareJid.isEmpty() ? nullptr : conversation(bareJid);
    if (model != m_current) {
        leaveComposing();
        m_current = model;
        m_ownState = QXmppMessage::None;
        Q_EMIT currentChatChanged();
    }
}

void ChatController::openChatAt(const QString &bareJid, qint64 rowId)
{
    openChat(bareJid);
    if (m_current)
        m_current->openAt(rowId);
}

void ChatController::closeChat()
{
    openChat({});
}

bool ChatController::sendMessage(const QString &text, const QString &resource)
{
    return m_current && sendMessage(m_current->peerJid(), text, resource);
}

bool ChatController::sendMessage(const QString &bareJid, const QString &text, const QString &resource)
{
    const auto body = text.trimmed();
    if (body.isEmpty() || bareJid.isEmpty() || !m_store)
        return false;
    StoredMessage message;
    message.peer = bareJid.toLower();
    message.peerResource = resource;
    message.body = MessageConversion::boundedBody(body);  // what is sent is what is kept
    const QString id = m_outbox->submit(message);
    if (id.isEmpty())
        return false;
    m_lastSent.insert(message.peer, id);
    activeSent(message.peer);
    return true;
}

bool ChatController::correctLast(const QString &text)
{
    return m_current && correctLast(m_current->peerJid(), text);
}

bool ChatController::correctLast(const QString &bareJid, const QString &text)
{
    const auto body = text.trimmed();
    const QString peer = bareJid.toLower();
    const QString original = lastOwnMessageId(peer);
    if (body.isEmpty() || original.isEmpty() || !m_store)
        return false;
    StoredMessage message;
    message.peer = peer;
    message.body = MessageConversion::boundedBody(body);
    // XEP-0308 §5: every correction of a message names the original, not the previous correction.
    message.correctionOf = original;
    if (m_outbox->submit(message).isEmpty())
        return false;
    activeSent(peer);
    return true;
}

// The message a correction replaces: the newest outgoing one shown in the conversation (ours or
// from another resource of ours), else the last one this run sent there.
QString ChatController::lastOwnMessageId(const QString &peer) const
{
    if (auto *model = m_conversations.value(peer); model && model->isAtNewest()) {
        for (int row = model->rowCount() - 1; row >= 0; --row) {
            const auto &message = model->message(row);
            if (message.direction != StoredMessage::Direction::Outgoing)
                continue;
            return message.correctionOf.isEmpty() ? message.messageId : message.correctionOf;
        }
    }
    return m_lastSent.value(peer);
}

bool ChatController::sendAttachment(const QString &bareJid, const QUrl &url)
{
    if (!url.isValid() || !(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        return false;
    // The Outbox adds the XEP-0066 element to a body that is a lone URL.
    return sendMessage(bareJid, url.toString(QUrl::FullyEncoded), {});
}

void ChatController::retry(const QString &messageId, const QString &bareJid)
{
    m_outbox->retry(messageId, bareJid.isEmpty() ? currentJid() : bareJid);
}

void ChatController::handleConnected(QXmppClient *client)
{
    // Resumed or new: what never left (queued offline, or from a previous run) goes now.
    m_outbox->flush();
    // On a resumed stream the server delivers what was missed itself; a new one may have missed
    // messages (delivered to another resource meanwhile, or while offline).
    if (client == m_sender() && client->streamManagementState() != QXmppClient::ResumedStream && m_archive)
        m_archive->catchUp(client);
}

void ChatController::fetchOlder(ChatModel *model, const QString &beforeStanzaId, qint64 beforeTimeMs)
{
    auto *client = m_sender();
    if (!m_archive || !client) {
        model->archiveFetched(0, false);  // offline: nothing now, asked again when scrolled
        return;
    }
    // A room's archive is the room's; a 1:1 conversation's is in our own archive, with the peer.
    if (model->isRoom())
        m_archive->fetchOlder(client, model->peerJid(), {}, beforeStanzaId, beforeTimeMs);
    else
        m_archive->fetchOlder(client, m_ownJid, model->peerJid(), beforeStanzaId, beforeTimeMs);
}

void ChatController::handleMessage(QXmppClient *client, const QXmppMessage &message)
{
    if (message.type() == QXmppMessage::GroupChat || message.type() == QXmppMessage::Headline)
        return;
    auto stored = MessageConversion::fromStanza(
        message, {m_ownJid, client->configuration().resource(), m_ownJid});
    const bool outgoing = stored.direction == StoredMessage::Direction::Outgoing;
    const QString &peer = stored.peer;
    if (peer.isEmpty() || (m_isRoom && m_isRoom(peer)))
        return;  // private messages through rooms are not handled yet
    if (message.type() == QXmppMessage::Error) {
        storeIncoming();  // the state change finds the rows of what arrived just before
        // A message of ours bounced (the contact does not exist, blocks us, ...).
        if (!outgoing && !message.id().isEmpty()) {
            qCInfo(lcChat) << "Message" << message.id() << "to" << peer << "bounced";
            m_outbox->setState(peer, message.id(), StoredMessage::State::Failed);
        }
        return;
    }
    if (!outgoing && isBlocked(peer)) {
        qCDebug(lcChat) << "Dropped a message from the blocked" << peer;
        return;
    }
    // A receipt from the contact (a copy of our own other resource's receipt is not one).
    if (!outgoing && !message.receiptId().isEmpty()) {
        storeIncoming();
        m_outbox->setState(peer, message.receiptId(), StoredMessage::State::Delivered);
    }
    if (!outgoing)
        handleChatState(peer, message);
    if (message.body().isEmpty())
        return;
    answerReceipt(client, message);  // also between our own resources; never for carbons
    // The same id-less message through another session or as a carbon (one copy may carry the
    // server's stanza-id and another not, so the store could not tell them apart).
    if (message.id().isEmpty() && message.originId().isEmpty() && isRepeatWithoutId(message))
        return;
    qCDebug(lcChat) << "Message from" << peer << "through" << client->configuration().resource();
    m_incoming << stored;
    if (!m_incomingTimer.isActive())
        m_incomingTimer.start();
}

void ChatController::storeIncoming()
{
    if (m_incoming.isEmpty())
        return;
    if (!m_store) {
        qCWarning(lcChat) << "No message store: dropped" << m_incoming.size() << "message(s)";
        m_incoming.clear();
        return;
    }
    m_incomingRequests.insert(m_store->store(std::exchange(m_incoming, {})));
}

void ChatController::onStored(quint64 requestId, const QList<StoreResult> &results)
{
    if (m_incomingRequests.remove(requestId))
        showStored(results, true);
}

void ChatController::showStored(const QList<StoreResult> &results, bool live)
{
    struct Arrival {
        int count = 0;
        QString preview;
    };
    QList<QString> order;
    QHash<QString, Arrival> arrivals;
    const QString account = m_ownJid.toLower();
    for (const auto &result : results) {
        const auto &message = result.message;
        if (!result.stored() || message.account != account)
            continue;
        if (auto *model = m_conversations.value(message.peer))
            model->addStored(message);
        if (!result.inserted || message.direction != StoredMessage::Direction::Incoming)
            continue;
        auto &arrival = arrivals[message.peer];
        if (arrival.count++ == 0)
            order << message.peer;
        arrival.preview = message.body;
    }
    for (const auto &peer : std::as_const(order)) {
        const auto &arrival = arrivals[peer];
        Q_EMIT messagesArrived(peer, arrival.count, previewOf(arrival.preview), live);
    }
}
