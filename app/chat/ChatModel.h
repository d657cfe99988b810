// The messages of one conversation, oldest first (the view shows the newest at the bottom).
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class ChatModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get one from ChatController")
    Q_PROPERTY(QString peerJid READ peerJid CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class Delivery { Received, Sending, Sent, Failed };
    Q_ENUM(Delivery)

    enum Role {
        BodyRole = Qt::UserRole + 1,
        TimestampRole,
        OutgoingRole,
        DeliveryRole,
        FirstOfDayRole,   // shows a date separator above this message
        FirstOfGroupRole, // first of a run from the same sender: shows the time and tail
        ResourceRole,     // the sender's resource (incoming) or our session's (outgoing)
    };
    Q_ENUM(Role)

    struct Message {
        QString id;
        QString body;  // plain text, shown literally
        QDateTime timestamp;
        bool outgoing = false;
        Delivery delivery = Delivery::Received;
        QString resource;
    };

    explicit ChatModel(const QString &peerJid, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString peerJid() const { return m_peerJid; }
    const Message &message(int row) const { return m_messages.at(row); }
    // Appends, unless a message with the same id is here already (an account's sessions and
    // carbons may deliver one message more than once); returns whether it was added.
    bool append(Message message);
    void setDelivery(const QString &id, Delivery delivery);

Q_SIGNALS:
    void countChanged();

private:
    QString m_peerJid;
    QList<Message> m_messages;
    QSet<QString> m_ids;
};
