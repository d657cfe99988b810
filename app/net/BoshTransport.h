// XMPP over BOSH (XEP-0124, XEP-0206): the stream as a sequence of HTTPS POSTs of <body/>
// wrappers, each with a request id (rid) one higher than the last. See MessageTransport.h for
// the translation to and from TCP stream syntax.
//
// How it behaves:
// - The session is created at open() (the domain is all it needs), so connected() means TLS is
//   up and the server gave a session id. QXmpp's first stream header is answered from that
//   session's response; its second one (after SASL) becomes an empty xmpp:restart='true'
//   request, and no poll goes out between the server's <success/> and that restart, so the new
//   <stream:features> always follow a new stream header.
// - At most `requests` (from the session response; 1 before it) rids are unanswered at once.
//   With nothing to send, one empty request waits at the server for up to `wait` seconds, so
//   the server can push; consecutive empty requests that the server did not hold are spaced by
//   `polling` seconds. While receiving is paused no poll goes out, except one before
//   `inactivity` runs out (the server would end the session).
// - A new rid goes out only once the request before it has been written to its connection:
//   the two travel on different HTTP connections, and ejabberd parks a request that arrives
//   before its predecessor until the server next has something to send (read in its
//   ejabberd_bosh.erl; the likely cause of the login that stalled there about once in 15 runs,
//   when the poll after a response and QXmpp's next stanza raced).
// - Responses are handed on in rid order, whatever order the HTTP replies finish in.
// - A request whose reply is lost (connection dropped, timeout, 5xx from a proxy) is sent again
//   with the same rid and the exact same body (XEP-0124 14.3): the server ignores the payload
//   it already has and replays its answer, so nothing is lost or duplicated. Retries stop when
//   the server would have ended the session anyway (its inactivity period), or after three
//   refused connections (the server is gone: Prosody drops its connections when it stops).
//   Qt's HTTP stack itself also sends a request again, up to twice, when a connection closes
//   before the reply is complete; that is the same rid and body too.
// - If the server takes part in acknowledgements (echoes `ack` in the session response),
//   requests carry `ack` when an earlier response is still missing, and a `report` from the
//   server makes the reported request go out again.
// - </stream:stream> from QXmpp, or close(), ends the session with type='terminate'. A
//   terminate from the server ends the stream: its <stream:error> (remote-stream-error) reaches
//   QXmpp as on TCP; any other condition fails the transport.
// - http:// is refused; certificates are checked with the account's TlsPolicy against the URL's
//   host. No redirects are followed, and HTTP/2 is not used (one reply per request is simpler
//   to reason about and what every BOSH server expects).
#pragma once

#include "net/BoshDetail.h"
#include "net/MessageTransport.h"
#include "net/StanzaFramer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

class BoshTransport : public MessageTransport
{
    Q_OBJECT
public:
    // The wait we ask for (Prosody caps it at 120 s); replies may take this long.
    static constexpr int RequestedWaitSeconds = 60;
    // One response and one request at most. A response carries the server's whole send buffer:
    // after the client was stopped (suspended laptop, SIGSTOP) that is the whole backlog (20,000
    // PubSub items can pass 16 MB), and refusing it loses every stanza in it (the session ends).
    // Prosody cannot send more than its send buffer (32 MB, net.server_epoll's
    // max_send_buffer_size) in one response, so this lets any response it can send through.
    static constexpr qint64 MaxResponseBytes = 48 * 1024 * 1024;
    static constexpr qint64 MaxRequestPayload = 256 * 1024;

    explicit BoshTransport(QObject *parent = nullptr);
    ~BoshTransport() override;

    // The wait asked for at the next open() (tests shorten it); RequestedWaitSeconds by default.
    void setRequestedWaitSeconds(int seconds) { m_requestedWait = qBound(1, seconds, 3600); }

    void open(const QUrl &url, const QString &domain, const TlsPolicy &tls) override;
    void send(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    void setReceivingPaused(bool paused) override;
    qint64 heldBytes() const override;
    QString name() const override { return QStringLiteral("BOSH"); }

    // The session as the server described it (for tests and the log); empty / 0 before it.
    QString sessionId() const { return m_sid; }
    int maxRequests() const { return m_requests; }
    int waitSeconds() const { return m_wait; }
    int pollingSeconds() const { return m_polling; }
    int inactivitySeconds() const { return m_inactivity; }
    bool serverAcks() const { return m_serverAcks; }
    // Requests sent again with the same rid after their reply was lost.
    int resentRequests() const { return m_resent; }
    // Requests sent, resends not counted.
    int sentRequests() const { return m_sentRequests; }

private:
    enum class State { Idle, Creating, Open, Terminating, Closed };
    struct Outgoing {
        enum Kind { Payload, Restart, Terminate } kind = Payload;
        QByteArray bytes;
    };
    struct Request {
        QByteArray body;            // sent again unchanged if the reply is lost
        QPointer<QNetworkReply> reply;
        BoshDetail::Response response;  // arrived, waiting for a lower rid's response
        bool answered = false;
        bool written = false;       // Qt wrote the whole request to its connection
        int retries = 0;
        QElapsedTimer failingSince;
        QElapsedTimer sentAt;
    };

    void onOutgoingFrame(StanzaFramer::Kind kind, QByteArrayView bytes);
    void pump();
    QByteArray takeNextBody();
    QByteArray ackAttribute(quint64 rid) const;
    void issue(quint64 rid);
    void onReplyFinished(quint64 rid, QNetworkReply *reply);
    void onReplySslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    // maxRetries < 0: until the server's inactivity period has passed.
    void retryLater(quint64 rid, const QString &why, int maxRetries);
    void resendReported(quint64 rid);
    void processAnswered();
    void processResponse(quint64 rid, BoshDetail::Response &response);
    bool startSession(const QHash<QString, QString> &attributes);
    void deliver(const QByteArray &bytes);
    QByteArray streamHeader() const;
    void finishClosed();
    void fail(const ConnectionError::Details &details);
    static ConnectionError::Details serverEnded(const QString &why);
    void failLater(const ConnectionError::Details &details);
    void release();

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_url;
    QString m_domain;
    TlsPolicy m_tls;
    int m_requestedWait = RequestedWaitSeconds;
    State m_state = State::Idle;
    StanzaFramer m_outFramer;
    QList<Outgoing> m_queue;
    qint64 m_queuedBytes = 0;
    std::map<quint64, Request> m_requestsByRid;  // sent, response not yet handed on
    quint64 m_nextRid = 0;
    quint64 m_lastHandled = 0;  // every rid up to this one is answered and handed on

    // The session (XEP-0124 7.2).
    QString m_sid;
    QString m_authId;
    QString m_from;
    QString m_lang = QStringLiteral("en");
    int m_requests = 1;
    int m_wait = RequestedWaitSeconds;
    int m_polling = 0;
    int m_inactivity = 0;
    bool m_serverAcks = false;

    bool m_qxmppStarted = false;   // QXmpp sent its first stream header
    bool m_headerDue = true;       // the next features (or the session response) need a header
    bool m_awaitingRestart = false;
    bool m_paused = false;
    bool m_terminateQueued = false;
    bool m_pollDue = false;        // the poll timer fired: one poll may go out now
    QByteArray m_early;            // for QXmpp, held until its first stream header
    QList<QSslError> m_sslErrors;
    QSslCertificate m_sslPeer;
    QTimer m_pollTimer;            // spacing of polls; keep-alive while paused
    QTimer m_closeTimer;
    int m_resent = 0;
    int m_sentRequests = 0;
    quint64 m_generation = 0;      // bumped by release(): queued calls of an older run do nothing
    // The last request, if it was an empty one, and whether its answer was empty (polling).
    quint64 m_lastPollRid = 0;
    bool m_lastPollAnsweredEmpty = false;
    QElapsedTimer m_lastPollSent;
};
