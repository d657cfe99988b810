// What a buddy bot says by itself once it is online (before anyone writes to it): lines of
// text and files, in order, to one contact, and lines in a group chat room. The demo uses it so
// the app's user finds a conversation waiting (from the server's archive) with a shared picture
// in it, and a room with some history.
#pragma once

#include <QObject>
#include <QStringList>

class QXmppClient;

class BotScript : public QObject
{
    Q_OBJECT
public:
    struct Step {
        enum class Kind { Say, Share, Join, RoomSay, Wait };
        Kind kind = Kind::Say;
        QString text;  // Say, RoomSay: the message; Share: the file; Join: the room JID; Wait: ms

        // One line of a script file: "file:PATH", "join:ROOM", "room:TEXT", "wait:MS", else a
        // message to the contact.
        static Step parse(const QString &line);
    };

    // uploadService: the XEP-0363 component (e.g. upload.example.org); nick: ours in rooms.
    BotScript(QXmppClient *client, QString to, QList<Step> steps, QString uploadService, QString nick,
              QObject *parent = nullptr);

    void run();  // once the client is online; finished() when every step is sent

signals:
    void finished();
    void failed(const QString &reason);

private:
    void next();
    void send(const QString &body, bool isLink);
    void share(const QString &filePath);
    void join(const QString &roomJid);

    QXmppClient *m_client;
    QString m_to;
    QList<Step> m_steps;
    QString m_uploadService;
    QString m_nick;
    class QXmppMucRoom *m_room = nullptr;  // the last joined
};
