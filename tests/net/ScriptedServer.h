// A hostile (or merely scripted) XMPP server for the bridge's security tests. It speaks just
// enough XMPP to get a client through STARTTLS and, if asked, through a SCRAM-SHA-1 login,
// resource binding and stream management, and lets each test put its own bytes where a real
// server would put its own. Everything each connection sent is recorded, with the part sent
// before encryption kept apart.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>

class ScriptedServer : public QTcpServer
{
public:
    struct Connection {
        QSslSocket *socket = nullptr;
        QByteArray plaintext;  // what the client sent before TLS
        QByteArray received;   // everything the client sent
        QByteArray pending;    // not yet answered (encrypted part)
        QByteArray clientFirstBare;
        QByteArray serverFirst;
        bool authenticated = false;
        bool smEnabled = false;
        int handled = 0;      // stanzas since <enabled/> (XEP-0198's h)
        int ackRequests = 0;  // <r/> received
    };

    static const QByteArray Domain;  // bridge.test
    static const QByteArray Header;  // the server's stream header (version 1.0)

    ScriptedServer();

    // Certificate and key from PEM files; false if they cannot be read.
    bool setCertificate(const QString &certificateFile, const QString &keyFile);

    // Before TLS: what follows the server's header. Default: features with STARTTLS required.
    // Set it to anything at all for fuzzing; <proceed/> answers <starttls/> only while
    // offerTls is true.
    QByteArray beforeTls;
    bool offerTls = true;
    bool sendHeader = true;        // false: beforeTls is all the server sends (fuzzing)
    bool closeAfterBeforeTls = false;
    // After TLS: sent after the header in reply to the client's encrypted stream header.
    // Empty: SCRAM-SHA-1 login, then bind and stream management (see password, enabledExtra).
    QByteArray afterTls;
    // The header sent after TLS (e.g. one without a version).
    QByteArray headerAfterTls = Header;
    QByteArray password = "secret";
    // Sent right after the bind result, in the same write: before the client can ask to
    // <enable/> stream management (a stanza a real server routes to the new resource there).
    QByteArray afterBind;
    // Extra attributes of <enabled/>, e.g. " location='127.0.0.1:1'".
    QByteArray enabledExtra;
    // Called once a connection is logged in and has stream management enabled.
    std::function<void(Connection &)> onLoggedIn;
    // Called when a client opens its encrypted stream, after the answer went out.
    std::function<void(Connection &)> onEncryptedStream;

    QList<Connection> &connections() { return m_connections; }
    QByteArray allReceived() const;
    QByteArray allPlaintext() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void readFrom(int index);
    void answerEncrypted(Connection &connection);
    bool answerSasl(Connection &connection, const QByteArray &element);

    QList<Connection> m_connections;
    QSslCertificate m_certificate;
    QSslKey m_key;
};
