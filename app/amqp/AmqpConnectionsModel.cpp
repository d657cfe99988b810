#include "AmqpConnectionsModel.h"

#include "amqp/AmqpConnection.h"
#include "core/Logging.h"
#include "security/CredentialStore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

AmqpConnectionsModel::AmqpConnectionsModel(const QString &accountJid, ReadingStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_accountJid(accountJid)
    , m_store(store)
{
}

AmqpConnectionsModel::~AmqpConnectionsModel() = default;  // the connections are children

void AmqpConnectionsModel::setStorage(const QString &idLogFile, CredentialStore *credentials, ProtocolTrace *trace)
{
    m_idLogFile = idLogFile;
    m_credentials = credentials;
    m_trace = trace;
    if (!m_connections.isEmpty())
        restore(brokers());  // made before there was storage: again, with it
}

QString AmqpConnectionsModel::keychainKey(const QString &accountJid, const QString &name)
{
    // Never a bare JID of its own: a domain cannot hold '#'.
    return accountJid + u"#amqp:"_s + name;
}

AmqpConnection *AmqpConnectionsModel::create(const AmqpSettings &settings)
{
    auto *connection = new AmqpConnection(settings, m_store, m_idLogFile, this);
    connection->setTrace(m_trace);
    // The rows' own roles do not change with the state: QML binds to the connection's properties.
    connect(connection, &AmqpConnection::stateChanged, this, [this, connection] {
        if (connection->state() == AmqpConnection::Connected)
            setProblem(connection, {});
    });
    return connection;
}

void AmqpConnectionsModel::restore(const QList<AmqpSettings> &brokers)
{
    beginResetModel();
    qDeleteAll(m_connections);
    m_connections.clear();
    m_problems.clear();
    for (const auto &settings : brokers)
        m_connections << create(settings);
    endResetModel();
    Q_EMIT countChanged();
}

QList<AmqpSettings> AmqpConnectionsModel::brokers() const
{
    QList<AmqpSettings> out;
    for (const auto *connection : m_connections)
        out << connection->settings();
    return out;
}

AmqpConnection *AmqpConnectionsModel::at(int row) const
{
    return row >= 0 && row < m_connections.size() ? m_connections.at(row) : nullptr;
}

AmqpConnection *AmqpConnectionsModel::connection(const QString &name) const
{
    for (auto *connection : m_connections) {
        if (connection->name().compare(name, Qt::CaseInsensitive) == 0)
            return connection;
    }
    return nullptr;
}

bool AmqpConnectionsModel::add(const QString &name, const QString &url, const QString &user, const QString &password,
                               const QString &sources, const QString &caCertificatesFile)
{
    AmqpSettings settings;
    settings.name = name.trimmed();
    settings.url = QUrl(url.trimmed(), QUrl::StrictMode);
    settings.user = user.trimmed();
    settings.sasl = settings.user.isEmpty() ? AmqpSettings::Sasl::Anonymous : AmqpSettings::Sasl::Plain;
    settings.caCertificatesFile = caCertificatesFile.trimmed();
    settings.sources = sources.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);

    static const QRegularExpression validName(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    QString error;
    if (!validName.match(settings.name).hasMatch())
        error = tr("Name the connection with letters, digits, dots or dashes, e.g. “factory”.");
    else if (connection(settings.name))
        error = tr("This account already has a connection called “%1”.").arg(settings.name);
    else if (settings.url.scheme() != u"amqps"_s || settings.url.host().isEmpty())
        error = tr("Enter the broker’s address as amqps://host:port (Linnet connects with TLS only).");
    else if (settings.sources.isEmpty())
        error = tr("Enter at least one address to read, e.g. /queues/sensors.");
    else if (!settings.user.isEmpty() && password.isEmpty())
        error = tr("Enter the password for %1, or leave the user empty to log in anonymously.").arg(settings.user);
    setAddError(error);
    if (!error.isEmpty() || !settings.isValid())
        return false;

    beginInsertRows({}, count(), count());
    auto *connection = create(settings);
    m_connections << connection;
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT brokersChanged();
    qCInfo(lcAmqp) << "Added the AMQP connection" << settings.name << "to" << m_accountJid;
    if (m_credentials && !password.isEmpty())
        m_credentials->write(keychainKey(m_accountJid, settings.name), password, this, [](const CredentialStore::Result &result) {
            if (result.status != CredentialStore::Status::Ok)
                qCWarning(lcAmqp) << "The broker's password was not saved in the keychain:" << result.error;
        });
    connection->open(password);
    return true;
}

void AmqpConnectionsModel::remove(int row)
{
    auto *connection = at(row);
    if (!connection)
        return;
    beginRemoveRows({}, row, row);
    m_connections.removeAt(row);
    m_problems.remove(connection);
    endRemoveRows();
    if (m_credentials)
        m_credentials->remove(keychainKey(m_accountJid, connection->name()), this, [](const CredentialStore::Result &) {});
    qCInfo(lcAmqp) << "Removed the AMQP connection" << connection->name() << "from" << m_accountJid;
    delete connection;  // closes it and joins its thread
    Q_EMIT countChanged();
    Q_EMIT brokersChanged();
}

void AmqpConnectionsModel::openAll()
{
    for (auto *connection : std::as_const(m_connections))
        openWithKeychain(connection);
}

void AmqpConnectionsModel::open(int row)
{
    if (auto *connection = at(row))
        openWithKeychain(connection);
}

void AmqpConnectionsModel::openWithKeychain(AmqpConnection *connection)
{
    if (connection->state() != AmqpConnection::Disconnected)
        return;
    if (connection->settings().sasl == AmqpSettings::Sasl::Anonymous) {
        connection->open({});
        return;
    }
    if (!m_credentials) {
        setProblem(connection, tr("No keychain to take the password from."));
        return;
    }
    // The connection is the context: a removed one's answer is dropped.
    m_credentials->read(keychainKey(m_accountJid, connection->name()), connection,
                        [this, connection](const CredentialStore::Result &result) {
                            if (result.status == CredentialStore::Status::Ok) {
                                connection->open(result.password);
                                return;
                            }
                            setProblem(connection, result.status == CredentialStore::Status::NotFound
                                                       ? tr("No password for this broker in the keychain: remove it and add it again.")
                                                       : tr("The system's secret store is not available (%1).").arg(result.error));
                        });
}

void AmqpConnectionsModel::closeAll()
{
    for (auto *connection : std::as_const(m_connections))
        connection->close();
}

void AmqpConnectionsModel::setAddError(const QString &error)
{
    if (m_addError == error)
        return;
    m_addError = error;
    Q_EMIT addErrorChanged();
}

void AmqpConnectionsModel::setProblem(AmqpConnection *connection, const QString &problem)
{
    if (m_problems.value(connection) == problem)
        return;
    if (problem.isEmpty())
        m_problems.remove(connection);
    else
        m_problems.insert(connection, problem);
    if (!problem.isEmpty())
        qCWarning(lcAmqp).noquote() << "AMQP connection" << connection->name() << "of" << m_accountJid << ":" << problem;
    const auto row = index(int(m_connections.indexOf(connection)));
    Q_EMIT dataChanged(row, row, {ProblemRole});
}

int AmqpConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AmqpConnectionsModel::data(const QModelIndex &index, int role) const
{
    auto *connection = at(index.row());
    if (!connection || index.parent().isValid())
        return {};
    switch (role) {
    case ConnectionRole:
        return QVariant::fromValue(connection);
    case Qt::DisplayRole:
    case NameRole:
        return connection->name();
    case UrlRole:
        return connection->settings().url.toString();
    case SourcesRole:
        return connection->settings().sources.join(u", "_s);
    case ProblemRole:
        return m_problems.value(connection);
    }
    return {};
}

QHash<int, QByteArray> AmqpConnectionsModel::roleNames() const
{
    return {{ConnectionRole, "connection"}, {NameRole, "name"}, {UrlRole, "url"}, {SourcesRole, "sources"}, {ProblemRole, "problem"}};
}
