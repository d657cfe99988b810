// An HTTPS proxy for BOSH tests that can lose replies: it terminates TLS with its own
// certificate (tests trust its CA), forwards each HTTP request to the real server over TLS,
// and records every request body with its rid. A drop rule closes the client's connection
// instead of forwarding one response, after the server has already acted on the request, as a
// broken network would.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslServer>
#include <QString>

class QSslSocket;

class BoshProxy : public QObject
{
    Q_OBJECT
public:
    struct Seen {
        quint64 rid = 0;
        QByteArray body;
    };

    // Listens on 127.0.0.1 with the certificate files; forwards to upstreamHost:upstreamPort,
    // checking the server's certificate against upstreamCas for upstreamName.
    BoshProxy(const QString &certificateFile, const QString &keyFile, const QString &upstreamName,
              quint16 upstreamPort, const QList<QSslCertificate> &upstreamCas, QObject *parent = nullptr);
    ~BoshProxy() override;

    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }

    // Drop, once, the response to the first request whose body contains `marker`: the
    // connection closes before any byte of the response.
    void dropResponseToRequestWith(const QByteArray &marker) { m_dropRequestMarkers << marker; }
    // Drop the first `times` responses whose body contains `marker`: the connection closes after
    // their headers and the first bytes of the body. (Qt's HTTP stack sends a request again by
    // itself twice before its reply reports the error: three drops reach the transport.)
    void dropResponseWith(const QByteArray &marker, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            m_dropResponseMarkers << marker;
    }

    const QList<Seen> &requests() const { return m_seen; }
    // One complete HTTP message (Content-Length framing) at the start of buffer: its length, 0
    // while incomplete; body set to its body. And the rid of a BOSH body.
    static qsizetype httpMessage(const QByteArray &buffer, QByteArray *body);
    static quint64 ridOf(const QByteArray &body);
    int dropped() const { return m_dropped; }
    // The most requests that were at the server at once (sent on, not yet answered).
    int maxConcurrent() const { return m_maxConcurrent; }

Q_SIGNALS:
    void responseDropped(quint64 rid);

private:
    struct Link;
    void accept();
    void clientReadable(Link *link);
    void upstreamReadable(Link *link);
    void finish(Link *link);

    QSslServer m_server;
    QString m_upstreamName;
    quint16 m_upstreamPort;
    QList<QSslCertificate> m_upstreamCas;
    QList<QByteArray> m_dropRequestMarkers;
    QList<QByteArray> m_dropResponseMarkers;
    QList<Seen> m_seen;
    QList<Link *> m_links;
    int m_dropped = 0;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};
