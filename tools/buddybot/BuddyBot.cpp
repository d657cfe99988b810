#include "BuddyBot.h"

#include "Replies.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTime>
#include <QTimer>
#include <QNetworkAccessManager>
#include <QXmppClient.h>
#include <QXmppHttpUploadManager.h>
#include <QXmppMucManager.h>
#include <QXmppUploadRequestManager.h>
#include <QXmppMessage.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

Q_LOGGING_CATEGORY(lcBot, "linnet.bot")

BuddyBot::BuddyBot(QXmppConfiguration config, QXmppPresence presence, QString persona, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_presence(std::move(presence))
    , m_persona(std::move(persona))
    , m_client(new QXmppClient(this))
    , m_roster(m_client->findExtension<QXmppRosterManager>())
{
    // Answers delivery-receipt requests by itself, so the app can show "delivered".
    m_client->addNewExtension<QXmppMessageReceiptManager>();
    // Sharing files (BotScript): the slot request, and the upload over https with the default
    // TLS configuration (main() adds the test CA to it).
    m_client->addNewExtension<QXmppUploadRequestManager>();
    m_client->addNewExtension<QXmppHttpUploadManager>(new QNetworkAccessManager(this));
    m_client->addNewExtension<QXmppMucManager>();  // rooms the script joins

    connect(m_client, &QXmppClient::connected, this, &BuddyBot::onConnected);
    connect(m_client, &QXmppClient::messageReceived, this, &BuddyBot::onMessage);
    connect(m_client, &QXmppClient::errorOccurred, this, [this](const QXmppError &e) { onError(e.description); });
    connect(m_client, &QXmppClient::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcBot) << "TLS:" << e.errorString();
    });
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        if (m_stopping)
            emit stopped();
    });
    connect(m_roster, &QXmppRosterManager::subscriptionRequestReceived, this,
            [this](const QString &bareJid, const QXmppPresence &) { onSubscriptionRequest(bareJid); });
}

void BuddyBot::setScript(const QString &to, const QList<BotScript::Step> &steps)
{
    m_scriptTo = to;
    m_script = steps;
}

void BuddyBot::start()
{
    // A first login that fails is fatal (wrong password, untrusted certificate); once online,
    // QXmpp's own reconnect keeps the bot around while the server restarts.
    m_config.setAutoReconnectionEnabled(false);
    m_config.setIgnoreSslErrors(false);
    qCInfo(lcBot) << "connecting as" << m_config.jidBare() << "to" << m_config.host() << m_config.port();
    // The initial presence goes with the connect: setClientPresence() on a disconnected client
    // would start a connection of its own.
    m_client->connectToServer(m_config, m_presence);
}

void BuddyBot::stop()
{
    m_stopping = true;
    if (m_client->state() == QXmppClient::DisconnectedState) {
        QTimer::singleShot(0, this, &BuddyBot::stopped);
        return;
    }
    m_client->disconnectFromServer();  // sends unavailable presence and closes the stream
}

void BuddyBot::onConnected()
{
    if (m_everOnline)
        return;
    m_everOnline = true;
    m_client->configuration().setAutoReconnectionEnabled(true);
    qCInfo(lcBot) << m_config.jidBare() << "online:" << m_presence.statusText();
    if (m_script.isEmpty()) {
        emit online(m_config.jidBare());
        return;
    }
    // Ready once the script is said: whoever waits for the bot finds the messages there.
    auto *script = new BotScript(m_client, m_scriptTo, std::exchange(m_script, {}),
                                 QStringLiteral("upload.") + m_config.domain(), m_persona, this);
    connect(script, &BotScript::finished, this, [this] { emit online(m_config.jidBare()); });
    connect(script, &BotScript::failed, this, [this](const QString &reason) { emit loginFailed(reason); });
    script->run();
}

void BuddyBot::onError(const QString &reason)
{
    if (m_stopping)
        return;
    if (!m_everOnline) {
        emit loginFailed(reason.isEmpty() ? QStringLiteral("connection failed") : reason);
        return;
    }
    qCWarning(lcBot) << "connection problem:" << reason;
}

void BuddyBot::onSubscriptionRequest(const QString &bareJid)
{
    qCInfo(lcBot) << "accepting the subscription request of" << bareJid;
    m_roster->acceptSubscription(bareJid);
    const auto type = m_roster->getRosterEntry(bareJid).subscriptionType();
    if (type != QXmppRosterIq::Item::To && type != QXmppRosterIq::Item::Both)
        m_roster->subscribeTo(bareJid);  // and ask back, so both see each other
}

void BuddyBot::onMessage(const QXmppMessage &message)
{
    const QString from = QXmppUtils::jidToBareJid(message.from());
    // Only person-to-person text: no errors, no group chats, no carbons of our own messages,
    // and no replies to typing notifications (they have no body).
    if (message.body().isEmpty() || from == m_config.jidBare()
        || (message.type() != QXmppMessage::Chat && message.type() != QXmppMessage::Normal))
        return;

    const int turn = m_turns.value(from);
    m_turns.insert(from, turn + 1);
    const QString reply = buddybot::replyTo(message.body(), {m_persona, displayName(from), QTime::currentTime(), turn});

    // A visible "typing…" first, then the answer after a human-looking pause.
    QXmppMessage typing(m_config.jidBare(), message.from());
    typing.setType(QXmppMessage::Chat);
    typing.setState(QXmppMessage::Composing);
    m_client->sendPacket(typing);
    const int delayMs = 500 + int(QRandomGenerator::global()->bounded(1000));
    QTimer::singleShot(delayMs, this, [this, to = message.from(), reply] { sendReply(to, reply); });
}

void BuddyBot::sendReply(const QString &to, const QString &text)
{
    QXmppMessage message(m_config.jidBare(), to, text);
    message.setType(QXmppMessage::Chat);
    message.setState(QXmppMessage::Active);
    message.setReceiptRequested(true);
    message.setId(QXmppUtils::generateStanzaUuid());
    m_client->sendPacket(message);
    qCDebug(lcBot) << "replied to" << to << ":" << text;
}

QString BuddyBot::displayName(const QString &bareJid) const
{
    // The roster name's first word ("Alice Liddell" -> "Alice"), else the capitalised local part.
    const QString name = m_roster->getRosterEntry(bareJid).name().simplified();
    if (!name.isEmpty())
        return name.section(QLatin1Char(' '), 0, 0);
    QString user = QXmppUtils::jidToUser(bareJid);
    if (!user.isEmpty())
        user[0] = user[0].toUpper();
    return user;
}
