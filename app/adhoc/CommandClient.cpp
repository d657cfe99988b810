#include "CommandClient.h"

#include "XmlHelpers_p.h"

#include <QCoreApplication>
#include <QDomElement>
#include <QHash>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppPromise.h>
#include <QXmppUtils.h>

#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace AdHoc {

namespace {

// The context CommandClient's own tr() uses, so lupdate files these strings with them.
QString conditionText(const QXmppStanza::Error &error, CommandCondition commandCondition)
{
    switch (commandCondition) {
    case CommandCondition::BadAction: return QCoreApplication::translate("AdHoc::CommandClient", "The device does not accept this action now.");
    case CommandCondition::BadLocale: return QCoreApplication::translate("AdHoc::CommandClient", "The device does not support the requested language.");
    case CommandCondition::BadPayload: return QCoreApplication::translate("AdHoc::CommandClient", "The device could not read the submitted data.");
    case CommandCondition::BadSessionId: return QCoreApplication::translate("AdHoc::CommandClient", "The device does not know this command session; start the command again.");
    case CommandCondition::SessionExpired: return QCoreApplication::translate("AdHoc::CommandClient", "The command session expired; start the command again.");
    case CommandCondition::None: break;
    }
    using E = QXmppStanza::Error;
    switch (error.condition()) {
    case E::Forbidden: return QCoreApplication::translate("AdHoc::CommandClient", "You are not allowed to run this command.");
    case E::NotAuthorized: return QCoreApplication::translate("AdHoc::CommandClient", "You are not authorized to run this command.");
    case E::ItemNotFound: return QCoreApplication::translate("AdHoc::CommandClient", "The command does not exist.");
    case E::FeatureNotImplemented: return QCoreApplication::translate("AdHoc::CommandClient", "The recipient does not support commands.");
    case E::ServiceUnavailable: return QCoreApplication::translate("AdHoc::CommandClient", "The recipient is not available.");
    case E::RecipientUnavailable: return QCoreApplication::translate("AdHoc::CommandClient", "The recipient is offline.");
    case E::RemoteServerNotFound: case E::RemoteServerTimeout: return QCoreApplication::translate("AdHoc::CommandClient", "The recipient's server cannot be reached.");
    case E::BadRequest: return QCoreApplication::translate("AdHoc::CommandClient", "The request was rejected as invalid.");
    case E::NotAcceptable: return QCoreApplication::translate("AdHoc::CommandClient", "The submitted values were not accepted.");
    case E::NotAllowed: return QCoreApplication::translate("AdHoc::CommandClient", "This is not allowed now.");
    case E::InternalServerError: return QCoreApplication::translate("AdHoc::CommandClient", "The recipient failed to handle the command.");
    default: break;
    }
    return QCoreApplication::translate("AdHoc::CommandClient", "The command failed.");
}

CommandError makeError(CommandError::Kind kind, const QString &text)
{
    CommandError error;
    error.kind = kind;
    error.text = text;
    return error;
}

CommandError stanzaError(const QDomElement &iqElement)
{
    CommandIq iq;
    iq.parse(iqElement);
    CommandError error;
    error.kind = CommandError::Kind::Stanza;
    error.stanzaError = iq.error();
    error.commandCondition = iq.commandCondition();
    error.text = iq.error().text().isEmpty() ? conditionText(iq.error(), iq.commandCondition()) : iq.error().text();
    return error;
}

}  // namespace

bool CommandError::endsSession() const
{
    if (kind != Kind::Stanza)
        return false;
    if (commandCondition == CommandCondition::BadSessionId || commandCondition == CommandCondition::SessionExpired)
        return true;
    using E = QXmppStanza::Error;
    const auto condition = stanzaError.condition();
    return condition == E::Forbidden || condition == E::ItemNotFound || condition == E::NotAuthorized;
}

using Reply = std::variant<QDomElement, CommandError>;

struct CommandClient::Private {
    struct Pending {
        QString to;
        std::function<void(Reply &&)> done;
        QTimer *timer = nullptr;
    };
    QHash<QString, Pending> pending;  // by IQ id
    QMetaObject::Connection disconnected;

    void finish(const QString &id, Reply &&reply)
    {
        auto it = pending.find(id);
        if (it == pending.end())
            return;
        Pending p = std::move(*it);
        pending.erase(it);
        delete p.timer;
        p.done(std::move(reply));
    }

    void send(CommandClient *self, QXmppClient *client, QXmppIq &iq, std::chrono::milliseconds timeout,
              std::function<void(Reply &&)> done);

    void failAll(const CommandError &error)
    {
        const QStringList ids = pending.keys();
        for (const QString &id : ids)
            finish(id, error);
    }
};

// Sends `iq` and calls `done` exactly once: with the result or error IQ, or a timeout or
// sending error.
void CommandClient::Private::send(CommandClient *self, QXmppClient *client, QXmppIq &iq,
                                  std::chrono::milliseconds timeout, std::function<void(Reply &&)> done)
{
    if (!client || !client->isConnected() || iq.to().isEmpty()) {
        done(makeError(CommandError::Kind::NotSent, tr("Not connected.")));
        return;
    }
    if (iq.id().isEmpty() || pending.contains(iq.id()))
        iq.setId(QXmppUtils::generateStanzaUuid());
    const QString id = iq.id();
    auto *timer = new QTimer(self);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, self, [this, id, timeout] {
        finish(id, makeError(CommandError::Kind::Timeout,
                                tr("No answer within %1 s.").arg(double(timeout.count()) / 1000.0)));
    });
    pending.insert(id, {iq.to(), std::move(done), timer});
    timer->start(timeout);
    if (!client->sendPacket(iq))
        finish(id, makeError(CommandError::Kind::NotSent, tr("Not connected.")));
}

CommandClient::CommandClient()
    : d(std::make_unique<Private>())
{
}

CommandClient::~CommandClient()
{
    // Tasks still out finish with NotSent rather than never.
    d->failAll(makeError(CommandError::Kind::NotSent, tr("The command client was removed.")));
}

void CommandClient::onRegistered(QXmppClient *client)
{
    // Pending IQs of a stream that ended get no answer on the next one (and an answer that
    // comes after a stream resumption is ignored: its request already failed).
    d->disconnected = connect(client, &QXmppClient::disconnected, this, [this] {
        d->failAll(makeError(CommandError::Kind::NotSent, tr("The connection ended before an answer came.")));
    });
}

void CommandClient::onUnregistered(QXmppClient *)
{
    disconnect(d->disconnected);
    d->failAll(makeError(CommandError::Kind::NotSent, tr("The command client was removed.")));
}

bool CommandClient::handleStanza(const QDomElement &element)
{
    if (element.tagName() != u"iq")
        return false;
    const QString type = element.attribute(u"type"_s);
    if (type != u"result" && type != u"error")
        return false;
    const QString id = element.attribute(u"id"_s);
    const auto it = d->pending.constFind(id);
    if (it == d->pending.cend())
        return false;
    // Only the addressee (or our server, which omits from) may answer.
    const QString from = element.attribute(u"from"_s);
    if (!from.isEmpty() && from.compare(it->to, Qt::CaseInsensitive) != 0)
        return false;
    if (type == u"error")
        d->finish(id, stanzaError(element));
    else
        d->finish(id, element);
    return true;
}

QXmppTask<CommandClient::ListResult> CommandClient::listCommands(const QString &jid)
{
    QXmppPromise<ListResult> promise;
    auto task = promise.task();
    if (!client() || !client()->isConnected() || jid.isEmpty()) {
        promise.finish(ListResult(makeError(CommandError::Kind::NotSent, tr("Not connected."))));
        return task;
    }
    QXmppDiscoveryIq iq;
    iq.setType(QXmppIq::Get);
    iq.setQueryType(QXmppDiscoveryIq::ItemsQuery);
    iq.setQueryNode(CommandsNs.toString());
    iq.setTo(jid);
    // Through QXmppClient::sendIq, not our own tracking: QXmppDiscoveryManager, registered
    // before us, would take the disco#items result for itself. Disco errors carry nothing
    // of ours, so its QXmppError loses nothing.
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [promise, finished, timer, timeout = m_timeout]() mutable {
        timer->deleteLater();
        if (std::exchange(*finished, true))
            return;
        promise.finish(ListResult(makeError(CommandError::Kind::Timeout,
                                            tr("No answer within %1 s.").arg(double(timeout.count()) / 1000.0))));
    });
    timer->start(m_timeout);
    client()->sendIq(std::move(iq)).then(this, [promise, finished, timer](QXmppClient::IqResult &&result) mutable {
        if (std::exchange(*finished, true))
            return;  // too late: the timeout answered
        timer->deleteLater();
        if (auto *error = std::get_if<QXmppError>(&result)) {
            if (const auto stanza = error->value<QXmppStanza::Error>()) {
                CommandError e;
                e.kind = CommandError::Kind::Stanza;
                e.stanzaError = *stanza;
                e.text = stanza->text().isEmpty() ? conditionText(*stanza, CommandCondition::None) : stanza->text();
                promise.finish(ListResult(std::move(e)));
            } else {
                promise.finish(ListResult(makeError(CommandError::Kind::NotSent, tr("The connection ended before an answer came."))));
            }
            return;
        }
        QXmppDiscoveryIq answer;
        answer.parse(std::get<QDomElement>(result));
        QList<CommandInfo> commands;
        for (const auto &item : answer.items())
            commands.append({item.jid(), item.node(), item.name()});
        promise.finish(ListResult(std::move(commands)));
    });
    return task;
}

QXmppTask<CommandClient::Result> CommandClient::send(const QString &jid, CommandIq request)
{
    QXmppPromise<Result> promise;
    auto task = promise.task();
    request.setType(QXmppIq::Set);
    request.setTo(jid);
    d->send(this, client(), request, m_timeout, [promise](Reply &&reply) mutable {
        if (auto *error = std::get_if<CommandError>(&reply)) {
            promise.finish(Result(std::move(*error)));
            return;
        }
        const QDomElement &element = std::get<QDomElement>(reply);
        CommandIq answer;
        answer.parse(element);
        if (!CommandIq::isCommandIq(element) || !answer.status()) {
            promise.finish(Result(makeError(CommandError::Kind::Malformed,
                                            tr("The answer is not a valid command response."))));
            return;
        }
        promise.finish(Result(std::move(answer)));
    });
    return task;
}

}  // namespace AdHoc
