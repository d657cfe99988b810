// The messages of one conversation, oldest first (the view shows the newest at the bottom), and
// what the contact is doing in it (typing, from their XEP-0085 chat states).
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class ChatModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get one from ChatController")
    Q_PROPERTY(QString peerJid READ peerJid CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Whether the contact is writing (a "composing" chat state that has not ended or expired).
    Q_PROPERTY(bool peerTyping READ peerTyping NOTIFY peerTypingChanged)
    // What the header shows for it: "typing…", or empty.
    Q_PROPERTY(QString peerActivity READ peerActivity NOTIFY peerTypingChanged)

public:
    // An outgoing message moves Sending -> Sent (the server acknowledged it) -> Delivered (the
    // contact's client sent a receipt); Failed when it could not be sent or came back as an
    // error. Incoming messages are Received.
    enum class Delivery { Received, Sending, Sent, Delivered, Failed };
    Q_ENUM(Delivery)

    enum Role {
        BodyRole = Qt::UserRole + 1,
        TimestampRole,
        OutgoingRole,
        DeliveryRole,
        FirstOfDayRole,   // shows a date separator above this message
        FirstOfGroupRole, // first of a run from the same sender: shows the time and tail
        ResourceRole,     // the sender's resource (incoming) or our session's (outgoing)
        DeliveryLabelRole, // the delivery state in words ("delivered"); empty for incoming
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
    // Moves the outgoing message with this id on to `delivery`; never back (a receipt may
    // overtake the server's acknowledgement). Returns whether it changed.
    bool setDelivery(const QString &id, Delivery delivery);
    static bool advances(Delivery from, Delivery to);
    static QString deliveryLabel(Delivery delivery);

    bool peerTyping() const { return m_peerTyping; }
    QString peerActivity() const;
    // The contact composes (true) or stopped (paused, active, gone, or a message arrived). A
    // "composing" whose end never comes (the contact's client went away) expires.
    void setPeerTyping(bool typing);
    void setTypingExpiry(std::chrono::milliseconds expiry) { m_typingExpiry.setInterval(expiry); }

Q_SIGNALS:
    void countChanged();
    void peerTypingChanged(bool typing);

private:
    QString m_peerJid;
    QList<Message> m_messages;
    QSet<QString> m_ids;
    bool m_peerTyping = false;
    QTimer m_typingExpiry;
};
