#include "AccountsModel.h"

#include "amqp/AmqpConnectionsModel.h"
#include "inspector/ProtocolTrace.h"
#include "Account.h"
#include "ConnectionController.h"
#include "Registration.h"
#include "Session.h"
#include "amqp/AmqpConnectionsModel.h"
#include "chat/ChatController.h"
#include "chat/MessageStore.h"
#include "chat/UnreadTracker.h"
#include "commands/CommandHistory.h"
#include "commands/CommandsController.h"
#include "core/Logging.h"
#include "dashboards/DashboardsModel.h"
#include "devices/ReadingStore.h"
#include "files/UploadController.h"
#include "inspector/ProtocolTrace.h"
#include "roster/RosterModel.h"
#include "roster/RosterVersion.h"
#include "security/CredentialStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QSslCertificate>
#include <QXmppUtils.h>

namespace {
QString invalidAddressText()
{
    return AccountsModel::tr("Enter your address as name@server, e.g. alice@example.org.");
}

// A host name or an IP address as the bridge connects to it: no port, path or user in it.
bool isValidHost(const QString &host)
{
    if (host.isEmpty())
        return true;  // found from the JID's domain
    if (host.size() > 253 || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')))
        return false;
    if (std::any_of(host.cbegin(), host.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    return !host.contains(QLatin1Char(':')) || QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
}
}  // namespace

AccountsModel::AccountsModel(const QString &settingsFile, NetworkThread *network, CredentialStore *credentials,
                             QObject *parent)
    : QAbstractListModel(parent)
    , m_settingsFile(settingsFile)
    , m_messages(std::make_unique<MessageStore>())
    , m_network(network)
    , m_credentials(credentials)
    , m_trace(new ProtocolTrace(20000, this))
{
    m_messages->open(QFileInfo(m_settingsFile).absoluteDir().filePath(MessageStore::FileName));
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    for (const auto &config : AccountConfig::loadAll(settings))
        insert(config);
}

AccountsModel::~AccountsModel()
{
    save();
    qDeleteAll(std::exchange(m_accounts, {}));
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    auto *account = m_accounts.at(index.row());
    switch (role) {
    case AccountRole:
        return QVariant::fromValue(account);
    case Qt::DisplayRole:
    case JidRole:
        return account->jid();
    case DisplayNameRole:
        return account->displayName();
    case EnabledRole:
        return account->isEnabled();
    case OnlineSessionsRole:
        return account->onlineSessions();
    case SessionCountRole:
        return int(account->sessions().size());
    }
    return {};
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    return {{AccountRole, "account"},       {JidRole, "jid"},
            {DisplayNameRole, "displayName"}, {EnabledRole, "enabled"},
            {OnlineSessionsRole, "onlineSessions"}, {SessionCountRole, "sessionCount"}};
}

Account *AccountsModel::account(const QString &jid) const
{
    const QString bare = QXmppUtils::jidToBareJid(jid.trimmed()).toLower();
    for (auto *account : m_accounts) {
        if (account->jid().toLower() == bare)
            return account;
    }
    return nullptr;
}

Account *AccountsModel::firstActive() const
{
    for (auto *account : m_accounts) {
        if (account->isActive() && account->isEnabled())
            return account;
    }
    return nullptr;
}

Account *AccountsModel::insert(const AccountConfig &config)
{
    const int row = int(m_accounts.size());
    beginInsertRows({}, row, row);
    auto *account = new Account(config, m_network, this);
    m_accounts << account;
    endInsertRows();
    // Dashboards are kept beside the settings, one file per account; the readings' history of
    // every account in one database there.
    const QDir profile = QFileInfo(m_settingsFile).absoluteDir();
    account->dashboards()->setStorageFile(profile.filePath(QStringLiteral("dashboards-%1.json").arg(account->jid().toLower())));
    account->dashboards()->load();
    account->readings()->attachHistory(profile.filePath(QStringLiteral("readings.sqlite")), account->jid());
    account->setTrace(m_trace);
    account->amqp()->setStorage(profile.filePath(QStringLiteral("amqp-ids-%1.sqlite").arg(account->jid().toLower())),
                                m_credentials, m_trace);
    account->commands()->history()->attach(profile.filePath(QStringLiteral("commands.sqlite")));
    account->chats()->setStore(m_messages.get());  // every message of the account is kept there
    account->unread()->setStore(m_messages.get());  // last-read rows and mute, per conversation
    account->uploads()->setCacheDir(profile.filePath(QStringLiteral("cache/attachments/%1").arg(account->jid().toLower())));
    account->roster()->setStorage(account->jid(), m_settingsFile, profile.filePath(QStringLiteral("cache")));  // avatars, folded groups
    Q_EMIT countChanged();
    const auto changed = [this, account] {
        rowChanged(account);
        save();
    };
    connect(account, &Account::configChanged, this, changed);
    connect(account, &Account::sessionsChanged, this, changed);
    connect(account, &Account::onlineSessionsChanged, this, [this, account] { rowChanged(account); });
    // A remembered password is read from the keychain (an account switched on again after a start
    // with it off has none in memory); only without one is the user asked.
    connect(account, &Account::passwordNeeded, this, [this, account] { loadPasswordAndConnect(account); });
    return account;
}

void AccountsModel::rowChanged(Account *account)
{
    const int row = int(m_accounts.indexOf(account));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

bool AccountsModel::isKept(const Account *account)
{
    return !account->registration() || account->registration()->state() == Registration::State::Registered;
}

void AccountsModel::save() const
{
    QList<AccountConfig> configs;
    for (auto *account : m_accounts) {
        if (isKept(account))
            configs << account->config();
    }
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    AccountConfig::saveAll(settings, configs);
}

// What a form gives: "alice@example.org[/resource]", host, port, remember.
static AccountConfig configFromForm(const QString &jid, const QString &host, int port, bool remember)
{
    AccountConfig config;
    config.jid = QXmppUtils::jidToBareJid(jid.trimmed());
    const QString resource = QXmppUtils::jidToResource(jid.trimmed());
    config.host = host.trimmed();
    config.port = quint16(qBound(0, port, 65535));
    config.rememberPassword = remember;
    config.sessions << SessionConfig{resource.isEmpty() ? QStringLiteral("linnet") : resource, true};
    return config;
}

Account *AccountsModel::addAccount(const QString &jid, const QString &password, const QString &host, int port,
                                   bool remember)
{
    AccountConfig config = configFromForm(jid, host, port, remember);
    const QString error = config.connectionSettings(config.sessions.constFirst().resource).isValid()
        ? QString()
        : invalidAddressText();
    setAddError(error);
    if (!error.isEmpty())
        return nullptr;
    if (auto *existing = account(config.jid)) {
        // Same account again (the login page after a failure): keep its trust and CA.
        auto updated = existing->config();
        updated.host = config.host;
        updated.port = config.port;
        updated.rememberPassword = remember;
        config = updated;
    }
    return addAccount(config, password);
}

Account *AccountsModel::addAccount(const AccountConfig &config, const QString &password)
{
    auto *account = this->account(config.jid);
    if (account) {
        account->setConfig(config);
    } else {
        account = insert(config);
        save();
    }
    if (!password.isEmpty()) {
        if (config.rememberPassword)
            storePassword(account, password);
        account->setPassword(password);
        account->connectAll();
    }
    return account;
}

Account *AccountsModel::registerAccount(const QString &jid, const QString &password, const QString &host, int port,
                                        bool remember)
{
    return registerAccount(configFromForm(jid, host, port, remember), password);
}

Account *AccountsModel::registerAccount(const AccountConfig &config, const QString &password)
{
    QString error;
    if (!config.connectionSettings(QStringLiteral("linnet")).isValid())
        error = invalidAddressText();
    else if (account(config.jid))
        error = tr("%1 is already one of your accounts in Linnet.").arg(config.jid);
    else if (password.isEmpty())
        error = tr("Choose a password for the new account.");
    setAddError(error);
    if (!error.isEmpty())
        return nullptr;

    // Listed at once, saved once the server has created it (isKept()).
    auto *account = insert(config);
    auto *registration = new Registration(account->sessions().constFirst(), password);
    account->setRegistration(registration);
    connect(registration, &Registration::finished, this, [this, account, password](bool registered) {
        if (!registered)
            return;
        if (account->rememberPassword())
            storePassword(account, password);
        save();
    }, Qt::SingleShotConnection);
    qCInfo(lcAccount) << "Registering the account" << config.jid;
    account->setPassword(password);
    account->connectAll();
    return account;
}

bool AccountsModel::updateAccount(Account *account, const QString &displayName, const QString &host, int port,
                                  bool remember, const QString &caCertificatesFile)
{
    if (!m_accounts.contains(account))
        return false;
    const QString name = displayName.trimmed();
    const QString server = host.trimmed();
    const QString caFile = caCertificatesFile.trimmed();
    QString error;
    if (name.size() > 200)
        error = tr("Keep the display name under 200 characters.");
    else if (!isValidHost(server))
        error = tr("Enter the server as a host name or an IP address, without a port (e.g. xmpp.example.org), or "
                   "leave it empty.");
    else if (port < 0 || port > 65535)
        error = tr("Enter a port between 1 and 65535, or leave it empty for the default.");
    else if (!caFile.isEmpty() && QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty())
        error = tr("No certificate could be read from “%1”.").arg(caFile);
    setEditError(error);
    if (!error.isEmpty())
        return false;

    AccountConfig config = account->config();
    const bool moved = config.host != server || config.port != port || config.caCertificatesFile != caFile;
    const bool rememberChanged = config.rememberPassword != remember;
    config.displayName = name;
    config.host = server;
    config.port = quint16(port);
    config.caCertificatesFile = caFile;
    config.rememberPassword = remember;
    if (config == account->config())
        return true;
    account->setConfig(config);  // saved on configChanged; running sessions keep their settings

    const QString jid = account->jid();
    if (rememberChanged && remember && account->hasPassword()) {
        storePassword(account, account->password());
    } else if (rememberChanged && !remember && isKept(account)) {
        m_credentials->remove(jid, this, [jid](const CredentialStore::Result &result) {
            if (result.status != CredentialStore::Status::Ok)
                qCWarning(lcAccount) << "Could not remove the stored password of" << jid << ":" << result.error;
        });
    }
    if (moved) {
        // A session waiting to reconnect would go on trying the old address: the new one, now.
        for (auto *session : account->sessions()) {
            if (session->connection()->state() == ConnectionController::State::WaitingToReconnect)
                account->connectSession(session);
        }
    }
    qCInfo(lcAccount) << "Updated the account" << jid;
    return true;
}

void AccountsModel::removeAccount(Account *account, bool removeLocalData)
{
    const int row = int(m_accounts.indexOf(account));
    if (row < 0)
        return;
    const QString jid = account->jid();
    // Nothing was stored for an account its server never created, and the keychain entry of that
    // JID (if any) is another profile's.
    const bool stored = isKept(account);
    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    // Later: QML may still hold it this very moment. Its sessions leave politely then.
    account->deleteLater();
    save();
    if (stored) {
        m_credentials->remove(jid, this, [jid](const CredentialStore::Result &result) {
            if (result.status != CredentialStore::Status::Ok)
                qCWarning(lcAccount) << "Could not remove the stored password of" << jid << ":" << result.error;
        });
    }
    if (removeLocalData) {
        account->dashboards()->discardStorage();
        account->readings()->discardHistory();
        account->commands()->history()->discardAll();
        RosterVersion::removeCache(QFileInfo(m_settingsFile).absoluteDir().filePath(QStringLiteral("cache")), jid);
    }
    qCInfo(lcAccount) << "Removed the account" << jid;
}

void AccountsModel::setAddError(const QString &error)
{
    if (m_addError == error)
        return;
    m_addError = error;
    Q_EMIT addErrorChanged();
}

void AccountsModel::setEditError(const QString &error)
{
    if (m_editError == error)
        return;
    m_editError = error;
    Q_EMIT editErrorChanged();
}
