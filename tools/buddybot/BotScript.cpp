#include "BotScript.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppHttpUploadManager.h>
#include <QXmppDataForm.h>
#include <QXmppMessage.h>
#include <QXmppMucManager.h>
#include <QXmppUtils.h>

Q_DECLARE_LOGGING_CATEGORY(lcBot)

namespace {
// Apart enough that each message has its own minute-free timestamp order, and quick enough
// for a demo that waits for it.
constexpr int kStepGapMs = 150;
}  // namespace

BotScript::Step BotScript::Step::parse(const QString &line)
{
    static const QList<std::pair<QString, Kind>> prefixes = {{QStringLiteral("file:"), Kind::Share},
                                                             {QStringLiteral("join:"), Kind::Join},
                                                             {QStringLiteral("room:"), Kind::RoomSay},
                                                             {QStringLiteral("wait:"), Kind::Wait}};
    for (const auto &[prefix, kind] : prefixes) {
        if (line.startsWith(prefix))
            return {kind, line.mid(prefix.size())};
    }
    return {Kind::Say, line};
}

BotScript::BotScript(QXmppClient *client, QString to, QList<Step> steps, QString uploadService, QString nick,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_to(std::move(to))
    , m_steps(std::move(steps))
    , m_uploadService(std::move(uploadService))
    , m_nick(std::move(nick))
{
}

void BotScript::run()
{
    next();
}

void BotScript::next()
{
    if (m_steps.isEmpty()) {
        emit finished();
        return;
    }
    const Step step = m_steps.takeFirst();
    switch (step.kind) {
    case Step::Kind::Say:
        send(step.text, false);
        break;
    case Step::Kind::Share:
        share(step.text);
        return;  // goes on once uploaded
    case Step::Kind::Join:
        join(step.text);
        return;  // goes on once joined
    case Step::Kind::RoomSay:
        if (m_room)
            m_room->sendMessage(step.text);
        break;
    case Step::Kind::Wait:
        QTimer::singleShot(step.text.toInt(), this, &BotScript::next);
        return;
    }
    QTimer::singleShot(kStepGapMs, this, &BotScript::next);
}

void BotScript::share(const QString &filePath)
{
    auto *uploads = m_client->findExtension<QXmppHttpUploadManager>();
    const QFileInfo file(filePath);
    if (!uploads || !file.isFile()) {
        emit failed(QStringLiteral("cannot share %1").arg(filePath));
        return;
    }
    auto upload = uploads->uploadFile(file, file.fileName(), m_uploadService);
    connect(upload.get(), &QXmppHttpUpload::finished, this, [this, upload](const QXmppHttpUpload::Result &result) {
        if (const auto *url = std::get_if<QUrl>(&result)) {
            send(url->toString(), true);
            QTimer::singleShot(kStepGapMs, this, &BotScript::next);
        } else if (const auto *error = std::get_if<QXmppError>(&result)) {
            emit failed(QStringLiteral("upload failed: %1").arg(error->description));
        } else {
            emit failed(QStringLiteral("upload cancelled"));
        }
    });
}

// Joins (creating it when nobody has: then named after its local part and kept when empty).
void BotScript::join(const QString &roomJid)
{
    auto *mucs = m_client->findExtension<QXmppMucManager>();
    if (!mucs) {
        emit failed(QStringLiteral("no MUC support"));
        return;
    }
    m_room = mucs->addRoom(roomJid);
    m_room->setNickName(m_nick);
    connect(m_room, &QXmppMucRoom::joined, this, [this] {
        m_room->requestConfiguration();  // answered only to the owner: the bot that created it
        QTimer::singleShot(kStepGapMs, this, &BotScript::next);
    }, Qt::SingleShotConnection);
    connect(m_room, &QXmppMucRoom::configurationReceived, this, [this](const QXmppDataForm &offered) {
        QXmppDataForm form(QXmppDataForm::Submit);
        QList<QXmppDataForm::Field> fields;
        for (QXmppDataForm::Field field : offered.fields()) {
            if (field.key() == u"muc#roomconfig_roomname") {
                QString name = QXmppUtils::jidToUser(m_room->jid());
                name[0] = name[0].toUpper();
                field.setValue(QString(name + QStringLiteral(" team")));
            } else if (field.key() == u"muc#roomconfig_persistentroom") {
                field.setValue(true);
            }
            if (!field.key().isEmpty())
                fields << field;
        }
        form.setFields(fields);
        m_room->setConfiguration(form);
    }, Qt::SingleShotConnection);
    connect(m_room, &QXmppMucRoom::error, this, [this](const QXmppStanza::Error &error) {
        qCWarning(lcBot) << "room" << m_room->jid() << "said:" << error.text();
    });
    m_room->join();
}

void BotScript::send(const QString &body, bool isLink)
{
    QXmppMessage message(m_client->configuration().jidBare(), m_to, body);
    message.setType(QXmppMessage::Chat);
    message.setId(QXmppUtils::generateStanzaUuid());
    message.setOriginId(message.id());
    message.setReceiptRequested(true);
    if (isLink)
        message.setOutOfBandUrl(body);  // XEP-0066: what clients look for to show a file
    m_client->sendPacket(message);
    qCInfo(lcBot) << "said to" << m_to << (isLink ? "(a file)" : "") << body.left(60);
}
