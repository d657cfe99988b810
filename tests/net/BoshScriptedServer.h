// A BOSH connection manager the test scripts by hand: HTTPS on 127.0.0.1 with its own
// certificate, every request held until the test answers it (in any order), for what Prosody
// never does: acknowledgements and reports, replies out of order, polling sessions, 5xx replies.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslServer>

class QSslSocket;

class BoshScriptedServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        quint64 rid = 0;
        QByteArray body;
        qint64 arrivedMs = 0;  // since the server was made
        QPointer<QSslSocket> socket;
        bool answered = false;
    };

    BoshScriptedServer(const QString &certificateFile, const QString &keyFile, QObject *parent = nullptr);
    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }

    // Every request that arrived, in order of arrival.
    const QList<Request> &requests() const { return m_requests; }
    // The first unanswered request with this rid, or nullptr.
    Request *pending(quint64 rid);
    // Answers every unanswered request with this rid (a resent one too) with 200 and this
    // <body/>, or with another status and an empty body.
    void answer(quint64 rid, const QByteArray &body, int status = 200);
    // Answers every request at once with an empty body (polling sessions).
    void setAutoAnswer(bool on) { m_autoAnswer = on; }

    static QByteArray body(const QByteArray &attributes, const QByteArray &payload = {});

Q_SIGNALS:
    void requestArrived(quint64 rid);

private:
    void accept();
    void readable(QSslSocket *socket);

    QSslServer m_server;
    QElapsedTimer m_clock;
    QList<Request> m_requests;
    QHash<QSslSocket *, QByteArray> m_buffers;
    bool m_autoAnswer = false;
};
