#include "RosterVersion.h"

#include "RosterVersionCache.h"
#include "core/Logging.h"

#include <QDomDocument>
#include <QElapsedTimer>
#include <QSignalBlocker>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace {
const QString RosterNs = QStringLiteral("jabber:iq:roster");
constexpr int SaveDelayMs = 200;  // a burst of pushes is written once
}  // namespace

RosterVersion *RosterVersion::attach(QXmppClient *client)
{
    if (auto *existing = client->findExtension<RosterVersion>())
        return existing;
    auto *manager = client->findExtension<QXmppRosterManager>();
    if (!manager)
        return nullptr;
    // QXmpp's own request is QXmppRosterManager::_q_connected, the manager's only connection to
    // QXmppClient::connected (1.10's constructor).
    if (!QObject::disconnect(client, &QXmppClient::connected, manager, nullptr)) {
        qCWarning(lcRoster) << "QXmpp's roster request could not be taken over: no roster versioning";
        return nullptr;
    }
    auto *version = new RosterVersion(client, manager);
    client->insertExtension(0, version);  // sees roster pushes before the manager applies them
    return version;
}

RosterVersion::RosterVersion(QXmppClient *client, QXmppRosterManager *manager)
    : m_manager(manager)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &RosterVersion::save);
    connect(client, &QXmppClient::connected, this, &RosterVersion::streamStarted);
    // The presences the manager holds, so a new stream can drop them as QXmpp's request did.
    connect(manager, &QXmppRosterManager::presenceChanged, this, [this](const QString &bareJid, const QString &resource) {
        if (m_manager->getPresence(bareJid, resource).type() == QXmppPresence::Available) {
            m_presentResources[bareJid].insert(resource);
        } else if (auto it = m_presentResources.find(bareJid); it != m_presentResources.end()) {
            it->remove(resource);
            if (it->isEmpty())
                m_presentResources.erase(it);
        }
    });
}

RosterVersion::~RosterVersion()
{
    // A change not written yet: the write is queued and outlives this object.
    if (!m_cacheFile.isEmpty() && m_haveItems && (m_saveTimer.isActive() || m_saveAgain))
        RosterVersionCache::save(m_cacheFile, m_accountJid, {true, m_version, m_items.values(), {}});
}

void RosterVersion::setCacheFile(const QString &path, const QString &accountJid)
{
    if (path == m_cacheFile)
        return;
    m_cacheFile = path;
    m_accountJid = accountJid;
    if (path.isEmpty()) {
        m_cacheLoaded = true;
        return;
    }
    m_cacheLoaded = false;
    RosterVersionCache::load(path, accountJid).then(this, [this, path](const RosterVersionCache::Snapshot &snapshot) {
        if (path != m_cacheFile)
            return;  // another file was set meanwhile; its load decides
        m_cacheLoaded = true;
        if (!snapshot.error.isEmpty())
            qCWarning(lcRoster) << "Ignoring the roster cache" << path << ":" << snapshot.error;
        // A roster the server sent meanwhile is newer than the file.
        if (snapshot.valid && !m_haveItems) {
            m_items.clear();
            m_items.reserve(snapshot.items.size());
            for (const auto &item : snapshot.items)
                m_items.insert(item.bareJid(), item);
            m_version = snapshot.version;
            m_haveItems = true;
            qCDebug(lcRoster) << "Roster cache loaded:" << m_items.size() << "items, version" << m_version;
        }
        Q_EMIT cacheLoaded();
        if (std::exchange(m_requestWaiting, false))
            request();
    });
}

void RosterVersion::removeCache(const QString &cacheDir, const QString &accountJid)
{
    RosterVersionCache::remove(RosterVersionCache::fileFor(cacheDir, accountJid));
}

void RosterVersion::streamStarted()
{
    // A resumed stream kept the manager's roster and presences, and got the pushes meanwhile.
    if (client()->streamManagementState() == QXmppClient::ResumedStream)
        return;
    ++m_stream;
    m_answer = Answer::None;
    m_itemsReceived = 0;
    forgetPresences();
    if (!m_cacheLoaded) {
        qCDebug(lcRoster) << "New stream: the roster request waits for the cache file";
        m_requestWaiting = true;  // asked as soon as the file is read: its version may save the transfer
        return;
    }
    request();
}

void RosterVersion::request()
{
    QXmppRosterIq iq;
    iq.setType(QXmppIq::Get);
    iq.setFrom(client()->configuration().jid());
    iq.setMixAnnotate(true);  // as QXmpp's own request
    if (m_haveItems)
        iq.setVersion(m_version);  // empty: none known, the whole roster comes
    qCDebug(lcRoster) << "Asking for the roster with version" << iq.version();
    const quint64 stream = m_stream;
    client()->sendIq(std::move(iq)).then(this, [this, stream](QXmppClient::IqResult &&result) {
        if (stream != m_stream)
            return;  // an answer on a stream that is gone
        qCDebug(lcRoster) << "The roster request was answered";
        const auto *element = std::get_if<QDomElement>(&result);
        if (element && element->attribute(QStringLiteral("type")) == u"result") {
            answerArrived(*element);
            return;
        }
        m_answer = Answer::Failed;
        const auto *error = std::get_if<QXmppError>(&result);
        qCWarning(lcRoster) << "The roster request failed:" << (error ? error->description : QStringLiteral("an error reply"));
        Q_EMIT answered(m_answer, 0);
    });
}

void RosterVersion::answerArrived(const QDomElement &result)
{
    const QDomElement query = result.firstChildElement(QStringLiteral("query"));
    if (query.isNull() || query.namespaceURI() != RosterNs) {
        // "Unchanged since the version you have" (RFC 6121 2.6.3).
        if (!m_haveItems) {
            qCWarning(lcRoster) << "The server sent no roster and there is none cached";
            m_answer = Answer::Failed;
            Q_EMIT answered(m_answer, 0);
            return;
        }
        m_answer = Answer::Unchanged;
        m_itemsReceived = 0;
    } else {
        QXmppRosterIq roster;
        roster.parse(result);
        const auto items = roster.items();
        m_items.clear();
        m_items.reserve(items.size());
        for (const auto &item : items)
            m_items.insert(item.bareJid(), item);
        m_version = roster.version();
        m_haveItems = true;
        m_answer = Answer::Full;
        m_itemsReceived = int(items.size());
        scheduleSave();
    }
    QElapsedTimer clock;
    clock.start();
    applyToManager();
    qCDebug(lcRoster) << "Roster handed to QXmpp and the model in" << clock.elapsed() << "ms";
    qCInfo(lcRoster) << "Roster" << (m_answer == Answer::Unchanged ? "unchanged" : "received") << "at version" << m_version
                     << "with" << m_items.size() << "items," << m_itemsReceived << "over the wire";
    Q_EMIT answered(m_answer, m_itemsReceived);
}

// The manager gets the roster as one push, applied with its signals blocked (no itemAdded for
// each of thousands), then says rosterReceived() as after its own request.
void RosterVersion::applyToManager()
{
    if (!m_manager)
        return;
    QXmppRosterIq push;
    push.setType(QXmppIq::Set);
    const auto held = m_manager->getRosterBareJids();
    for (const auto &jid : held) {
        if (m_items.contains(jid))
            continue;
        QXmppRosterIq::Item gone;
        gone.setBareJid(jid);
        gone.setSubscriptionType(QXmppRosterIq::Item::Remove);
        push.addItem(gone);
    }
    QList<QXmppRosterIq::Item> items = m_items.values();
    push.setItems(push.items() + items);
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    push.toXml(&writer);
    QDomDocument document;
    if (!document.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)) {
        qCWarning(lcRoster) << "Could not hand the roster to QXmpp";
        return;
    }
    {
        const QSignalBlocker quiet(m_manager);
        // It acknowledges the push to the server: one stray <iq type='result'/>, dropped there.
        m_manager->handleStanza(document.documentElement());
    }
    Q_EMIT m_manager->rosterReceived();
}

// What QXmpp's request did on a new stream: presences of the old stream are gone (the server
// sends the current ones after our initial presence). Quietly, as QXmpp did.
void RosterVersion::forgetPresences()
{
    if (!m_manager)
        return;
    const auto present = std::exchange(m_presentResources, {});
    const QSignalBlocker quiet(m_manager);
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        for (const auto &resource : it.value()) {
            QXmppPresence gone(QXmppPresence::Unavailable);
            gone.setFrom(resource.isEmpty() ? it.key() : it.key() + u'/' + resource);
            if (!QMetaObject::invokeMethod(m_manager, "_q_presenceReceived", Qt::DirectConnection, Q_ARG(QXmppPresence, gone))) {
                qCWarning(lcRoster) << "Could not drop the last stream's presences";
                return;
            }
        }
    }
}

bool RosterVersion::handleStanza(const QDomElement &element)
{
    if (element.tagName() != u"iq" || element.attribute(QStringLiteral("type")) != u"set" || !QXmppRosterIq::isRosterIq(element))
        return false;
    // Only the server (our own bare JID, or no sender) may push; the manager ignores others too.
    const QString from = element.attribute(QStringLiteral("from"));
    if (!from.isEmpty() && QXmppUtils::jidToBareJid(from) != client()->configuration().jidBare())
        return false;
    if (!m_haveItems)
        return false;  // nothing to apply it to: the next login asks for everything
    QXmppRosterIq push;
    push.parse(element);
    const auto items = push.items();
    for (const auto &item : items) {
        if (item.subscriptionType() == QXmppRosterIq::Item::Remove)
            m_items.remove(item.bareJid());
        else
            m_items.insert(item.bareJid(), item);
    }
    // A push before this stream's roster came may be against another version than the cache:
    // keep it, but ask for everything next time. So does a push without a version.
    m_version = (m_answer == Answer::Unchanged || m_answer == Answer::Full) ? push.version() : QString();
    scheduleSave();
    return false;  // the manager applies it as well
}

void RosterVersion::scheduleSave()
{
    if (!m_cacheFile.isEmpty())
        m_saveTimer.start();
}

void RosterVersion::save()
{
    if (m_cacheFile.isEmpty() || !m_haveItems)
        return;
    if (m_saving) {
        m_saveAgain = true;  // after the write in flight: the newest state is written last
        return;
    }
    m_saving = true;
    RosterVersionCache::save(m_cacheFile, m_accountJid, {true, m_version, m_items.values(), {}}).then(this, [this](bool ok) {
        m_saving = false;
        if (!ok)
            qCWarning(lcRoster) << "Could not write the roster cache" << m_cacheFile;
        if (std::exchange(m_saveAgain, false)) {
            save();
            return;
        }
        if (ok)
            Q_EMIT cacheSaved();
    });
}
