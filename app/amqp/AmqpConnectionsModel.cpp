#include "AmqpConnectionsModel.h"

#include "amqp/AmqpConnection.h"
#include "core/Logging.h"
#include "security/CredentialStore.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <utility>

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
    m_hasStorage = true;
    if (!m_connections.isEmpty()) {
        // Someone used them before there was storage: their ids were kept in memory only.
        qCInfo(lcAmqp) << "The AMQP connections of" << m_accountJid << "were used before their storage was set: made again";
        beginResetModel();
        deleteConnections();
        makeConnections();
        endResetModel();
        return;
    }
    makeConnections();
    if (!m_brokers.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {ConnectionRole});
}

void AmqpConnectionsModel::makeConnections() const
{
    if (!m_connections.isEmpty() || m_brokers.isEmpty())
        return;
    auto *self = const_cast<AmqpConnectionsModel *>(this);
    for (const auto &settings : m_brokers)
        m_connections << self->create(settings);
}

void AmqpConnectionsModel::deleteConnections()
{
    qDeleteAll(std::exchange(m_connections, {}));  // each closes and joins its thread
    m_problems.clear();
    m_refused.clear();
}

int AmqpConnectionsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_brokers.size(); ++row) {
        if (m_brokers.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
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
        // A new attempt (or success) makes an earlier refusal history.
        if ((connection->state() == AmqpConnection::Connecting || connection->state() == AmqpConnection::Connected)
            && m_refused.remove(connection)) {
            const auto row = index(int(m_connections.indexOf(connection)));
            Q_EMIT dataChanged(row, row, {RefusedCertificateRole});
        }
    });
    connect(connection, &AmqpConnection::certificateRejected, this, [this, connection] {
        const auto &failure = connection->lastFailure();
        if (failure.certificate.isNull())
            return;
        m_refused.insert(connection, CertificateInfo(failure.certificate, failure.certificateErrors, failure.certificateChanged));
        const auto row = index(int(m_connections.indexOf(connection)));
        Q_EMIT dataChanged(row, row, {RefusedCertificateRole});
        Q_EMIT certificateRefused(connection->name());
    });
    return connection;
}

void AmqpConnectionsModel::restore(const QList<AmqpSettings> &brokers)
{
    beginResetModel();
    deleteConnections();
    m_brokers = brokers;
    if (m_hasStorage)
        makeConnections();
    endResetModel();
    Q_EMIT countChanged();
}

QList<AmqpSettings> AmqpConnectionsModel::brokers() const
{
    return m_brokers;
}

AmqpConnection *AmqpConnectionsModel::at(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    makeConnections();
    return m_connections.at(row);
}

AmqpConnection *AmqpConnectionsModel::connection(const QString &name) const
{
    return at(rowOf(name));
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

    makeConnections();  // the others first: the lists stay parallel
    beginInsertRows({}, count(), count());
    auto *connection = create(settings);
    m_connections << connection;
    m_brokers << settings;
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
    m_brokers.removeAt(row);
    m_problems.remove(connection);
    m_refused.remove(connection);
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
    makeConnections();
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
    for (auto *connection : std::as_const(m_connections))  // none made: none open
        connection->close();
}

CertificateInfo AmqpConnectionsModel::refusedCertificate(const QString &name) const
{
    const int row = rowOf(name);
    return row >= 0 && row < m_connections.size() ? m_refused.value(m_connections.at(row)) : CertificateInfo();
}

QString AmqpConnectionsModel::host(const QString &name) const
{
    const int row = rowOf(name);
    return row >= 0 ? m_brokers.at(row).url.host() : QString();
}

QStringList AmqpConnectionsModel::names() const
{
    QStringList out;
    for (const auto &settings : m_brokers)
        out << settings.name;
    return out;
}

bool AmqpConnectionsModel::trustRefusedCertificate(const QString &name)
{
    const int row = rowOf(name);
    auto *old = at(row);
    if (!old || m_refused.value(old).isNull())
        return false;
    const auto &failure = old->lastFailure();
    AmqpSettings settings = m_brokers.at(row);
    qCInfo(lcAmqp) << "Trusting the certificate" << m_refused.value(old).sha256() << "for the broker" << settings.name
                   << "of" << m_accountJid;
    // One pinned certificate per broker, as per account for XMPP: a new decision replaces the old.
    settings.pinnedSha256 = {failure.certificate.digest(QCryptographicHash::Sha256)};
    // A connection's settings are fixed for its worker's life: a new one with the pin replaces it
    // (the refused one holds nothing: it never got in).
    m_problems.remove(old);
    m_refused.remove(old);
    delete old;
    auto *connection = create(settings);
    m_connections[row] = connection;
    m_brokers[row] = settings;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT brokersChanged();
    openWithKeychain(connection);
    return true;
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
    if (index.parent().isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const AmqpSettings &settings = m_brokers.at(index.row());
    // Not made yet (no storage): a row without a connection, not a reason to make them.
    AmqpConnection *connection = index.row() < m_connections.size() ? m_connections.at(index.row()) : nullptr;
    switch (role) {
    case ConnectionRole:
        return QVariant::fromValue(connection);
    case Qt::DisplayRole:
    case NameRole:
        return settings.name;
    case UrlRole:
        return settings.url.toString();
    case SourcesRole:
        return settings.sources.join(u", "_s);
    case ProblemRole:
        return m_problems.value(connection);
    case HostRole:
        return settings.url.host();
    case RefusedCertificateRole:
        return QVariant::fromValue(connection ? m_refused.value(connection) : CertificateInfo());
    }
    return {};
}

QHash<int, QByteArray> AmqpConnectionsModel::roleNames() const
{
    return {{ConnectionRole, "connection"}, {NameRole, "name"}, {UrlRole, "url"}, {SourcesRole, "sources"}, {ProblemRole, "problem"},
            {HostRole, "host"}, {RefusedCertificateRole, "refusedCertificate"}};
}
