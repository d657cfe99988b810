// The AMQP 1.0 brokers of one account, for QML: a row per connection with its live state, and
// what the account page needs to add, remove, connect and disconnect them. Readings go into the
// account's ReadingStore (so dashboards mix them with PubSub series); passwords go to the
// keychain under keychainKey(), never into the profile.
#pragma once

#include "amqp/AmqpSettings.h"

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
    };
    Q_ENUM(Role)

    AmqpConnectionsModel(const QString &accountJid, ReadingStore *store, QObject *parent = nullptr);
    ~AmqpConnectionsModel() override;

    // Where connections keep the message-ids they accepted (empty: memory only), where their
    // passwords are, and where their frames are traced. Set once, before connecting.
    void setStorage(const QString &idLogFile, CredentialStore *credentials, ProtocolTrace *trace);
    // The profile's brokers of this account (AccountConfig::amqp): rows, not yet connected.
    void restore(const QList<AmqpSettings> &brokers);
    QList<AmqpSettings> brokers() const;

    int count() const { return int(m_connections.size()); }
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

    // The keychain entry of a broker's password: the account and the broker's name.
    static QString keychainKey(const QString &accountJid, const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void addErrorChanged();
    void brokersChanged();  // the account saves its profile

private:
    AmqpConnection *create(const AmqpSettings &settings);
    void openWithKeychain(AmqpConnection *connection);
    void setAddError(const QString &error);
    void setProblem(AmqpConnection *connection, const QString &problem);

    QString m_accountJid;
    ReadingStore *m_store;
    QString m_idLogFile;
    QPointer<CredentialStore> m_credentials;
    ProtocolTrace *m_trace = nullptr;
    QList<AmqpConnection *> m_connections;
    QHash<AmqpConnection *, QString> m_problems;
    QString m_addError;
};
