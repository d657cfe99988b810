// The AMQP 1.0 brokers of one account, for QML: a row per connection with its live state, and
// what the account page needs to add, remove, connect and disconnect them. Readings go into the
// account's ReadingStore (so dashboards mix them with PubSub series); passwords go to the
// keychain under keychainKey(), never into the profile.
//
// The connections (an AmqpConnection and its thread each) are made once: when setStorage()
// gives them their id log, or on first use if nobody sets storage (tests of a bare Account).
// Until then the rows show the profile's settings with a null connection.
#pragma once

#include "amqp/AmqpSettings.h"
#include "net/CertificateInfo.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class AmqpConnection;
class CredentialStore;
class ProtocolTrace;
class ReadingStore;

class AmqpConnectionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("An account's AMQP connections come with the account.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Why the last add() was refused ("" after one that worked).
    Q_PROPERTY(QString addError READ addError NOTIFY addErrorChanged)

public:
    enum Role {
        ConnectionRole = Qt::UserRole + 1,  // AmqpConnection*
        NameRole,
        UrlRole,
        SourcesRole,  // "/queues/a, /queues/b"
        ProblemRole,  // why it is not connected although asked to be (no password in the keychain)
        HostRole,     // the broker URL's host: the name its certificate must carry
        // CertificateInfo of the certificate the broker was refused for; null when it was not
        // (or since then connected or tried again).
        RefusedCertificateRole,
    };
    Q_ENUM(Role)

    AmqpConnectionsModel(const QString &accountJid, ReadingStore *store, QObject *parent = nullptr);
    ~AmqpConnectionsModel() override;

    // Where connections keep the message-ids they accepted (empty: memory only), where their
    // passwords are, and where their frames are traced. Set once, before connecting: the
    // connections are made here.
    void setStorage(const QString &idLogFile, CredentialStore *credentials, ProtocolTrace *trace);
    // The profile's brokers of this account (AccountConfig::amqp): rows, not yet connected;
    // their connections are made by setStorage() (or on first use).
    void restore(const QList<AmqpSettings> &brokers);
    QList<AmqpSettings> brokers() const;

    int count() const { return int(m_brokers.size()); }
    QString addError() const { return m_addError; }
    Q_INVOKABLE AmqpConnection *at(int row) const;
    AmqpConnection *connection(const QString &name) const;

    // Adds a broker and connects to it at once; the password goes to the keychain. sources: the
    // addresses to read, separated by commas, spaces or new lines. false with addError() set.
    Q_INVOKABLE bool add(const QString &name, const QString &url, const QString &user, const QString &password,
                         const QString &sources, const QString &caCertificatesFile = {});
    Q_INVOKABLE void remove(int row);  // disconnects, forgets its password
    Q_INVOKABLE void open(int row);    // with its password from the keychain
    // Every connection with its password from the keychain; those without one stay
    // disconnected with a message.
    Q_INVOKABLE void openAll();
    Q_INVOKABLE void closeAll();

    // The certificate the broker `name` was last refused for (null if it was not, or it has
    // connected or tried again since): what the trust dialog shows.
    Q_INVOKABLE CertificateInfo refusedCertificate(const QString &name) const;
    Q_INVOKABLE QString host(const QString &name) const;
    Q_INVOKABLE QStringList names() const;
    // The user trusts that certificate: it is pinned in the broker's settings (the profile
    // saves it through brokersChanged; it replaces an earlier pin) and the broker is connected
    // again. false if it has no refused certificate.
    Q_INVOKABLE bool trustRefusedCertificate(const QString &name);

    // The keychain entry of a broker's password: the account and the broker's name.
    static QString keychainKey(const QString &accountJid, const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void addErrorChanged();
    void brokersChanged();  // the account saves its profile
    // The broker refused to connect with a certificate that does not validate:
    // refusedCertificate(name) has it, for the window's trust question.
    void certificateRefused(const QString &name);

private:
    AmqpConnection *create(const AmqpSettings &settings);
    // Makes the rows' connections if they are not made yet (const: first use may be a lookup).
    void makeConnections() const;
    void deleteConnections();
    int rowOf(const QString &name) const;
    void openWithKeychain(AmqpConnection *connection);
    void setAddError(const QString &error);
    void setProblem(AmqpConnection *connection, const QString &problem);

    QString m_accountJid;
    ReadingStore *m_store;
    QString m_idLogFile;
    QPointer<CredentialStore> m_credentials;
    ProtocolTrace *m_trace = nullptr;
    bool m_hasStorage = false;
    QList<AmqpSettings> m_brokers;  // the rows
    // Empty until made, then one per row (mutable: made on first use, see makeConnections()).
    mutable QList<AmqpConnection *> m_connections;
    QHash<AmqpConnection *, QString> m_problems;
    QHash<AmqpConnection *, CertificateInfo> m_refused;
    QString m_addError;
};
