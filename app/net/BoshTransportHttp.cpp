// BoshTransport, the HTTP side: issuing one request per rid, checking the server's certificate,
// and what a finished reply means (an answer to hand on in rid order, a lost reply to send again
// with the same rid and body, or the end of the session). The session logic is in
// BoshTransport.cpp.
#include "net/BoshTransport.h"

#include "core/Logging.h"
#include "net/BoshDetail.h"
#include "net/StreamBridgeDetail.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QXmppError.h>

using namespace Qt::StringLiterals;
using Kind = ConnectionError::Kind;
using StreamBridgeDetail::errorText;

void BoshTransport::issue(quint64 rid)
{
    Request &request = m_requestsByRid.at(rid);
    QNetworkRequest http(m_url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
    http.setSslConfiguration(m_tls.configuration());
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // The server holds a request up to `wait` seconds; past that, the reply is lost.
    http.setTransferTimeout(std::chrono::seconds(m_wait + 15));
    qCDebug(lcConnection) << "BOSH: request" << rid << request.body.size() << "bytes";
    QNetworkReply *reply = m_network->post(http, request.body);
    request.reply = reply;
    request.written = false;
    request.sentAt.start();
    ++m_sentRequests;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onReplySslErrors(reply, errors); });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > MaxResponseBytes) {
            reply->setProperty("linnetTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, rid, reply] {
        const auto it = m_requestsByRid.find(rid);
        if (it == m_requestsByRid.end() || it->second.reply != reply || it->second.written)
            return;
        it->second.written = true;
        pump();  // the next rid may go out now
    });
    connect(reply, &QNetworkReply::finished, this, [this, rid, reply] { onReplyFinished(rid, reply); });
}

// A certificate that does not validate is refused unless the user trusted exactly this one.
void BoshTransport::onReplySslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.constFirst().certificate();
    if (m_tls.acceptsDespite(peer)) {
        qCInfo(lcConnection) << "BOSH: accepting the certificate trusted for this account despite" << errors;
        reply->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors = errors;
    m_sslPeer = peer;
}

void BoshTransport::onReplyFinished(quint64 rid, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_requestsByRid.find(rid);
    if (it == m_requestsByRid.end() || it->second.reply != reply)
        return;  // an attempt that was replaced
    Request &request = it->second;
    request.reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // downloadProgress's abort() comes too late when the whole reply arrived in one read.
    if (reply->property("linnetTooLarge").toBool() || reply->bytesAvailable() > MaxResponseBytes) {
        qCWarning(lcConnection) << "BOSH: the response to request" << rid << "exceeds" << MaxResponseBytes << "bytes";
        fail(serverEnded("response too large"_L1));
        return;
    }
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        request.response = BoshDetail::parse(reply->readAll());
        request.answered = true;
        // A report (XEP-0124 9.2) is acted on at once: the response it names may block the rest.
        const QString report = request.response.attributes.value(u"report"_s);
        if (m_serverAcks && !report.isEmpty())
            resendReported(report.toULongLong());
        processAnswered();
        return;
    }
    if (!m_sslErrors.isEmpty()) {
        fail(m_tls.rejection(m_sslPeer, m_sslErrors, reply->errorString()));
        return;
    }
    const bool wasConnected = m_state != State::Creating;
    // A lost session creation is not repeated: a second session could come of it.
    if (wasConnected && BoshDetail::isLostReply(reply->error(), status)) {
        // A refused port is a server that went away (Prosody drops its connections when it
        // stops): a few quick tries, not the whole inactivity period.
        const bool refused = reply->error() == QNetworkReply::ConnectionRefusedError;
        retryLater(rid, status ? u"HTTP %1"_s.arg(status) : reply->errorString(), refused ? 3 : -1);
        return;
    }
    qCInfo(lcConnection) << "BOSH: request" << rid << "failed:" << status << reply->errorString();
    if (status != 0) {
        // XEP-0124 17.1: 400, 403, 404 end the session (older servers report errors that way).
        fail(serverEnded(u"HTTP %1"_s.arg(status)));
        return;
    }
    fail(ConnectionError::classify(QXmppError{reply->errorString(), BoshDetail::socketErrorOf(reply->error())}, {},
                                   wasConnected));
}

// XEP-0124 14.3: the same rid and the same body again; the server answers with what it sent
// on the lost reply, or holds it like a new one, and never processes the payload twice.
void BoshTransport::retryLater(quint64 rid, const QString &why, int maxRetries)
{
    Request &request = m_requestsByRid.at(rid);
    if (!request.failingSince.isValid())
        request.failingSince.start();
    const qint64 limit = qint64(m_inactivity > 0 ? m_inactivity : 30) * 1000;
    if (request.failingSince.elapsed() > limit || (maxRetries >= 0 && request.retries >= maxRetries)) {
        qCInfo(lcConnection) << "BOSH: giving up on request" << rid << "after" << request.retries << "retries:"
                             << why;
        fail(ConnectionError::classify(QXmppError{why, QAbstractSocket::RemoteHostClosedError}, {}, true));
        return;
    }
    const int delay = qMin(100 << qMin(request.retries, 5), 3000);
    ++request.retries;
    qCInfo(lcConnection) << "BOSH: reply to request" << rid << "lost (" << why << "); sending it again in" << delay
                         << "ms";
    QTimer::singleShot(delay, this, [this, rid, generation = m_generation] {
        if (generation != m_generation)
            return;
        const auto it = m_requestsByRid.find(rid);
        if (it == m_requestsByRid.end() || it->second.answered || it->second.reply)
            return;
        ++m_resent;
        --m_sentRequests;
        issue(rid);
    });
}

void BoshTransport::resendReported(quint64 rid)
{
    const auto it = m_requestsByRid.find(rid);
    if (it == m_requestsByRid.end() || it->second.answered)
        return;
    qCInfo(lcConnection) << "BOSH: the server reports request" << rid << "missing; sending it again";
    if (QNetworkReply *reply = it->second.reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    it->second.reply = nullptr;
    ++m_resent;
    --m_sentRequests;
    issue(rid);
}
