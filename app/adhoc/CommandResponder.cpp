#include "CommandResponder.h"

#include "XmlHelpers_p.h"

#include <QDomElement>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppUtils.h>

#include <map>

using namespace Qt::StringLiterals;

namespace AdHoc {

namespace {

constexpr QStringView DiscoItemsNs = u"http://jabber.org/protocol/disco#items";
constexpr QStringView DiscoInfoNs = u"http://jabber.org/protocol/disco#info";
constexpr int MaxSessionsPerRequester = 32;
constexpr qsizetype MaxRememberedExpired = 256;

using Err = QXmppStanza::Error;

QString conditionName(CommandCondition condition)
{
    switch (condition) {
    case CommandCondition::BadAction: return u"bad-action"_s;
    case CommandCondition::BadLocale: return u"bad-locale"_s;
    case CommandCondition::BadPayload: return u"bad-payload"_s;
    case CommandCondition::BadSessionId: return u"bad-sessionid"_s;
    case CommandCondition::SessionExpired: return u"session-expired"_s;
    case CommandCondition::None: break;
    }
    return {};
}

}  // namespace

struct CommandResponder::Private {
    struct Session {
        QString id;
        QString node;
        QString requester;
        quint64 sequence = 0;  // creation order, to drop a requester's oldest
        std::unique_ptr<CommandHandler> handler;
        QList<Action> allowed;
        std::optional<Action> defaultAction;
        std::unique_ptr<QTimer> expiry;
    };

    CommandResponder *q;
    QList<CommandDefinition> commands;
    Authorizer authorizer;
    std::chrono::milliseconds timeout {10 * 60 * 1000};
    std::map<QString, std::unique_ptr<Session>> sessions;
    QStringList expired;  // recently expired session ids: session-expired instead of bad-sessionid
    quint64 sequence = 0;

    const CommandDefinition *command(const QString &node) const
    {
        for (const auto &c : commands) {
            if (c.node == node)
                return &c;
        }
        return nullptr;
    }

    bool mayRun(const QString &requester, const QString &node) const
    {
        if (authorizer)
            return authorizer(requester, node);
        const QString own = q->client() ? q->client()->configuration().jidBare() : QString();
        return !own.isEmpty() && QXmppUtils::jidToBareJid(requester).compare(own, Qt::CaseInsensitive) == 0;
    }

    void expire(QString id)  // a copy: callers pass map keys that erase() destroys
    {
        sessions.erase(id);
        expired.append(id);
        if (expired.size() > MaxRememberedExpired)
            expired.removeFirst();
    }

    void dropOldestOf(const QString &requester)
    {
        int count = 0;
        auto oldest = sessions.end();
        for (auto it = sessions.begin(); it != sessions.end(); ++it) {
            if (it->second->requester != requester)
                continue;
            ++count;
            if (oldest == sessions.end() || it->second->sequence < oldest->second->sequence)
                oldest = it;
        }
        if (count >= MaxSessionsPerRequester && oldest != sessions.end())
            expire(oldest->first);
    }

    void sendError(const QDomElement &request, Err::Type type, Err::Condition condition,
                   CommandCondition commandCondition = CommandCondition::None, const QString &text = {})
    {
        CommandIq iq;
        iq.setType(QXmppIq::Error);
        iq.setId(request.attribute(u"id"_s));
        iq.setTo(request.attribute(u"from"_s));
        iq.setError(Err(type, condition, text));
        iq.setCommandCondition(commandCondition);
        q->client()->sendPacket(iq);
    }

    bool handleDisco(const QDomElement &element, const QDomElement &query);
    void handleCommand(const QDomElement &element);
};

bool CommandResponder::Private::handleDisco(const QDomElement &element, const QDomElement &query)
{
    const QString node = query.attribute(u"node"_s);
    const QString from = element.attribute(u"from"_s);
    const bool items = query.namespaceURI() == DiscoItemsNs;
    const CommandDefinition *definition = command(node);
    if (node != CommandsNs && (items || !definition))
        return false;  // not ours: QXmppDiscoveryManager answers

    QXmppDiscoveryIq answer;
    answer.setType(QXmppIq::Result);
    answer.setId(element.attribute(u"id"_s));
    answer.setTo(from);
    answer.setQueryType(items ? QXmppDiscoveryIq::ItemsQuery : QXmppDiscoveryIq::InfoQuery);
    answer.setQueryNode(node);
    if (items) {
        // The address the request reached (our full JID); the configured one may lack the
        // resource the server bound.
        QString self = element.attribute(u"to"_s);
        if (self.isEmpty())
            self = q->client()->configuration().jid();
        QList<QXmppDiscoveryIq::Item> list;
        for (const auto &c : std::as_const(commands)) {
            if (!mayRun(from, c.node))
                continue;
            QXmppDiscoveryIq::Item item;
            item.setJid(self);
            item.setNode(c.node);
            item.setName(c.name);
            list.append(item);
        }
        answer.setItems(list);
    } else if (node == CommandsNs) {
        QXmppDiscoveryIq::Identity identity;
        identity.setCategory(u"automation"_s);
        identity.setType(u"command-list"_s);
        answer.setIdentities({identity});
        answer.setFeatures({CommandsNs.toString()});
    } else {
        if (!mayRun(from, node)) {
            sendError(element, Err::Auth, Err::Forbidden);
            return true;
        }
        QXmppDiscoveryIq::Identity identity;
        identity.setCategory(u"automation"_s);
        identity.setType(u"command-node"_s);
        identity.setName(definition->name);
        answer.setIdentities({identity});
        answer.setFeatures({CommandsNs.toString(), DataFormsNs.toString()});
    }
    q->client()->sendPacket(answer);
    return true;
}

void CommandResponder::Private::handleCommand(const QDomElement &element)
{
    const QDomElement commandElement = AdHoc::Private::firstChild(element, u"command", CommandsNs);
    const QString from = element.attribute(u"from"_s);
    CommandIq iq;
    iq.parse(element);
    const QString actionAttr = commandElement.attribute(u"action"_s);
    const auto reject = [&](Err::Type type, Err::Condition condition, CommandCondition cc, const QString &outcome) {
        sendError(element, type, condition, cc);
        Q_EMIT q->requestHandled(from, iq.node(), iq.action(), outcome);
    };

    if (!actionAttr.isEmpty() && !actionFromName(actionAttr))
        return reject(Err::Modify, Err::BadRequest, CommandCondition::BadAction, u"bad-request/bad-action"_s);
    if (iq.node().isEmpty())
        return reject(Err::Modify, Err::BadRequest, CommandCondition::None, u"bad-request"_s);
    const CommandDefinition *definition = command(iq.node());
    if (!definition)
        return reject(Err::Cancel, Err::ItemNotFound, CommandCondition::None, u"item-not-found"_s);
    if (!mayRun(from, iq.node()))
        return reject(Err::Auth, Err::Forbidden, CommandCondition::None, u"forbidden"_s);

    CommandRequest request {from, iq.node(), iq.sessionId(), iq.action(), iq.form()};
    Session *session = nullptr;
    if (iq.sessionId().isEmpty()) {
        if (iq.action() != Action::Execute)
            return reject(Err::Modify, Err::BadRequest, CommandCondition::BadSessionId, u"bad-request/bad-sessionid"_s);
        dropOldestOf(from);
        auto created = std::make_unique<Session>();
        created->id = QUuid::createUuid().toString(QUuid::Id128);
        created->node = iq.node();
        created->requester = from;
        created->sequence = ++sequence;
        request.sessionId = created->id;
        created->handler = definition->create ? definition->create(request) : nullptr;
        if (!created->handler)
            return reject(Err::Wait, Err::InternalServerError, CommandCondition::None, u"internal-server-error"_s);
        created->expiry = std::make_unique<QTimer>();
        created->expiry->setSingleShot(true);
        const QString id = created->id;
        QObject::connect(created->expiry.get(), &QTimer::timeout, q, [this, id] { expire(id); });
        session = created.get();
        sessions.emplace(id, std::move(created));
    } else {
        const auto it = sessions.find(iq.sessionId());
        if (it == sessions.end() || it->second->requester != from || it->second->node != iq.node()) {
            if (expired.contains(iq.sessionId()))
                return reject(Err::Cancel, Err::NotAllowed, CommandCondition::SessionExpired, u"not-allowed/session-expired"_s);
            return reject(Err::Modify, Err::BadRequest, CommandCondition::BadSessionId, u"bad-request/bad-sessionid"_s);
        }
        session = it->second.get();
        // XEP-0050 §3.4: execute on a session is its default action; no <actions/> allows complete only.
        const QList<Action> allowed = session->allowed.isEmpty() ? QList {Action::Complete} : session->allowed;
        if (request.action == Action::Execute)
            request.action = session->defaultAction.value_or(allowed.constLast());
        if (request.action != Action::Cancel && !allowed.contains(request.action))
            return reject(Err::Modify, Err::BadRequest, CommandCondition::BadAction, u"bad-request/bad-action"_s);
    }

    const QString sessionId = session->id;
    // The handler may do anything, also end this session's requester's others; look it up again after.
    CommandResponse response = session->handler->handle(request);
    auto it = sessions.find(sessionId);
    if (it == sessions.end())
        return reject(Err::Cancel, Err::NotAllowed, CommandCondition::SessionExpired, u"not-allowed/session-expired"_s);
    session = it->second.get();

    if (response.error) {
        sessions.erase(it);
        CommandIq error;
        error.setType(QXmppIq::Error);
        error.setId(element.attribute(u"id"_s));
        error.setTo(from);
        error.setError(*response.error);
        error.setCommandCondition(response.condition);
        q->client()->sendPacket(error);
        QString outcome = AdHoc::Private::errorConditionName(*response.error);
        if (response.condition != CommandCondition::None)
            outcome += u'/' + conditionName(response.condition);
        Q_EMIT q->requestHandled(from, request.node, request.action, outcome);
        return;
    }

    // A cancel is canceled whatever the handler said.
    const Status status = request.action == Action::Cancel ? Status::Canceled : response.status;
    CommandIq answer;
    answer.setType(QXmppIq::Result);
    answer.setId(element.attribute(u"id"_s));
    answer.setTo(from);
    answer.setNode(request.node);
    answer.setSessionId(sessionId);
    answer.setStatus(status);
    answer.setNotes(response.notes);
    answer.setForm(response.form);
    if (status == Status::Executing) {
        answer.setAllowedActions(response.actions);
        answer.setDefaultAction(response.defaultAction);
        session->allowed = response.actions;
        session->allowed.removeAll(Action::Execute);
        session->allowed.removeAll(Action::Cancel);
        session->defaultAction = response.defaultAction;
        if (session->defaultAction == Action::Execute || session->defaultAction == Action::Cancel)
            session->defaultAction.reset();
        session->expiry->start(timeout);
    } else {
        sessions.erase(it);
    }
    q->client()->sendPacket(answer);
    Q_EMIT q->requestHandled(from, request.node, request.action, statusName(status));
}

CommandResponder::CommandResponder()
    : d(std::make_unique<Private>())
{
    d->q = this;
}

CommandResponder::~CommandResponder() = default;

void CommandResponder::addCommand(CommandDefinition command)
{
    for (auto &c : d->commands) {
        if (c.node == command.node) {
            c = std::move(command);
            return;
        }
    }
    d->commands.append(std::move(command));
}

void CommandResponder::removeCommand(const QString &node)
{
    d->commands.removeIf([&](const CommandDefinition &c) { return c.node == node; });
    std::erase_if(d->sessions, [&](const auto &entry) { return entry.second->node == node; });
}

QStringList CommandResponder::commandNodes() const
{
    QStringList nodes;
    for (const auto &c : std::as_const(d->commands))
        nodes.append(c.node);
    return nodes;
}

void CommandResponder::setAuthorizer(Authorizer authorizer)
{
    d->authorizer = std::move(authorizer);
}

void CommandResponder::setSessionTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = timeout;
    for (auto &[id, session] : d->sessions) {
        if (session->expiry->isActive())
            session->expiry->start(timeout);
    }
}

int CommandResponder::activeSessions() const
{
    return int(d->sessions.size());
}

QStringList CommandResponder::discoveryFeatures() const
{
    return {CommandsNs.toString()};
}

bool CommandResponder::handleStanza(const QDomElement &element)
{
    if (element.tagName() != u"iq" || !client())
        return false;
    const QString type = element.attribute(u"type"_s);
    if (type == u"get") {
        const QDomElement query = AdHoc::Private::firstChild(element, u"query");
        if (query.namespaceURI() == DiscoItemsNs || query.namespaceURI() == DiscoInfoNs)
            return d->handleDisco(element, query);
        return false;
    }
    if (type == u"set" && CommandIq::isCommandIq(element)) {
        d->handleCommand(element);
        return true;
    }
    return false;
}

void CommandResponder::onRegistered(QXmppClient *)
{
}

void CommandResponder::onUnregistered(QXmppClient *)
{
    d->sessions.clear();
}

}  // namespace AdHoc
