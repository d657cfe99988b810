// https://DOMAIN/.well-known/host-meta has no port to configure, so host-meta tests need
// 127.0.0.1:443 (the test domains resolve there inside ./dev). Two ways to fill it:
//  - serve(): a small HTTPS server with the given certificate, answering paths from a table;
//  - forwardTo(port): raw TCP to a real server's https port (the fixture's Prosody), so TLS
//    and HTTP are the server's own.
// Binding 443 needs root (./dev runs tests as root); ctest serialises its users with
// RESOURCE_LOCK port443. A port held by someone else makes listen() fail: retry with QTRY_*.
#pragma once

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

class QTcpServer;

class Port443 : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 Port = 443;

    struct Response {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    explicit Port443(QObject *parent = nullptr);
    ~Port443() override;

    // HTTPS with this certificate and key (PEM files); unknown paths get 404.
    bool serve(const QString &certificateFile, const QString &keyFile, QString *error = nullptr);
    bool forwardTo(quint16 port, QString *error = nullptr);
    void close();

    void setResponse(const QString &path, const Response &response) { m_responses.insert(path, response); }
    void clearResponses() { m_responses.clear(); }
    QStringList requestedPaths() const { return m_paths; }  // in order, serve() mode only
    void clearRequestedPaths() { m_paths.clear(); }

private:
    bool listen(QTcpServer *server, QString *error);
    void answer(class QSslSocket *socket);
    void forward(class QTcpSocket *client);

    QTcpServer *m_server = nullptr;
    quint16 m_forwardPort = 0;
    QHash<QString, Response> m_responses;
    QStringList m_paths;
};
