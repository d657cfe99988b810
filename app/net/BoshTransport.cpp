// BoshTransport: one XMPP stream as a BOSH session (XEP-0124/0206), the MessageTransport
// contract. The session: opening, turning QXmpp's bytes into request bodies, keeping requests in
// flight, handing responses on in rid order, ending. HTTP requests and replies: BoshTransportHttp.cpp.
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

ConnectionError::Details BoshTransport::serverEnded(const QString &why)
{
    return {Kind::ServerError,
            errorText(QT_TRANSLATE_NOOP("ConnectionError", "The server closed the session: %1")).arg(why)};
}

BoshTransport::BoshTransport(QObject *parent)
    : MessageTransport(parent)
    , m_outFramer([this](StanzaFramer::Kind kind, QByteArrayView bytes) { onOutgoingFrame(kind, bytes); })
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        m_pollDue = true;
        pump();
    });
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcConnection) << "BOSH: no answer to terminate; closing anyway";
        finishClosed();
    });
}

BoshTransport::~BoshTransport()
{
    release();
}

void BoshTransport::open(const QUrl &url, const QString &domain, const TlsPolicy &tls)
{
    release();
    m_url = url;
    m_domain = domain;
    m_tls = tls;
    if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty()) {
        m_state = State::Closed;
        failLater({Kind::InvalidAddress,
                   errorText(QT_TRANSLATE_NOOP("ConnectionError",
                                               "The BOSH address must start with https:// (connections "
                                               "without TLS are refused): %1"))
                       .arg(url.toDisplayString())});
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_state = State::Creating;
    // XEP-0124 14.1: a large random start, far below 2^53 so it never overflows.
    m_nextRid = (QRandomGenerator::system()->generate64() % (quint64(1) << 40)) + (quint64(1) << 20);
    m_lastHandled = m_nextRid - 1;
    QByteArray attributes = " content='text/xml; charset=utf-8' hold='1'" + BoshDetail::attribute("to", domain)
        + " ver='1.11' wait='" + QByteArray::number(m_requestedWait) + "'"
        + " xml:lang='en' xmpp:version='1.0' xmlns:xmpp='urn:xmpp:xbosh' ack='1'";
    const quint64 rid = m_nextRid++;
    m_requestsByRid[rid].body = BoshDetail::request(rid, {}, attributes, {});
    qCInfo(lcConnection) << "BOSH: creating a session at" << url.toDisplayString();
    issue(rid);
}

void BoshTransport::send(const QByteArray &bytes)
{
    if (m_state == State::Closed || m_state == State::Terminating)
        return;
    if (!m_outFramer.feed(bytes)) {
        qCWarning(lcConnection) << "BOSH: cannot frame what QXmpp sent:" << m_outFramer.errorString();
        fail({Kind::ServerError, errorText(QT_TRANSLATE_NOOP("ConnectionError", "The connection failed."))});
        return;
    }
    if (m_qxmppStarted && !m_early.isEmpty())
        deliver(std::exchange(m_early, {}));  // after feed(): a receiver may call send() again
    pump();
}

void BoshTransport::onOutgoingFrame(StanzaFramer::Kind kind, QByteArrayView bytes)
{
    switch (kind) {
    case StanzaFramer::Kind::StreamHeader:
        if (!m_qxmppStarted) {
            m_qxmppStarted = true;  // the session exists already (open())
            return;
        }
        m_queue.append(Outgoing{Outgoing::Restart, {}});
        m_headerDue = true;
        m_awaitingRestart = false;
        return;
    case StanzaFramer::Kind::Stanza: {
        QByteArray element = BoshDetail::standalone(bytes, {});
        m_queuedBytes += element.size();
        m_queue.append(Outgoing{Outgoing::Payload, std::move(element)});
        return;
    }
    case StanzaFramer::Kind::StreamEnd:
        if (!m_terminateQueued) {
            m_terminateQueued = true;
            m_queue.append(Outgoing{Outgoing::Terminate, {}});
        }
        return;
    }
}

void BoshTransport::close()
{
    if (m_state == State::Open || m_state == State::Terminating) {
        if (!m_terminateQueued) {
            m_terminateQueued = true;
            m_queue.append(Outgoing{Outgoing::Terminate, {}});
        }
        m_closeTimer.start(3000);
        pump();
        return;
    }
    if (m_state == State::Closed)
        return;  // closed() or failed() was emitted already
    release();
    m_state = State::Closed;
    QMetaObject::invokeMethod(this, [this, generation = m_generation] {
        if (generation == m_generation)
            Q_EMIT closed();
    }, Qt::QueuedConnection);
}

void BoshTransport::abort()
{
    release();
    m_state = State::Closed;
}

void BoshTransport::setReceivingPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pollTimer.stop();
    pump();
}

qint64 BoshTransport::heldBytes() const
{
    qint64 total = m_queuedBytes + m_early.size() + m_outFramer.bufferedBytes();
    for (const auto &[rid, request] : m_requestsByRid)
        total += request.body.size() + request.response.payload.size();
    return total;
}

void BoshTransport::pump()
{
    while (m_state == State::Open) {
        const quint64 outstanding = m_nextRid - 1 - m_lastHandled;
        if (outstanding >= quint64(m_requests))
            break;
        // Requests reach the server in rid order (see the header): requestSent() pumps again.
        if (const auto last = m_requestsByRid.find(m_nextRid - 1);
            last != m_requestsByRid.end() && !last->second.answered && !last->second.written)
            break;
        bool empty = false;
        QByteArray body;
        if (!m_queue.isEmpty()) {
            body = takeNextBody();
        } else if (outstanding == 0 && !m_awaitingRestart && (!m_paused || m_pollDue)) {
            // XEP-0124 11: two empty requests in a row, the first answered without payload,
            // must be `polling` seconds apart.
            const qint64 spacing = qint64(m_polling) * 1000;
            if (!m_pollDue && m_lastPollAnsweredEmpty && m_lastPollSent.isValid()
                && m_lastPollSent.elapsed() < spacing) {
                m_pollTimer.start(int(spacing - m_lastPollSent.elapsed()));
                break;
            }
            empty = true;
            body = BoshDetail::request(m_nextRid, m_sid, ackAttribute(m_nextRid), {});
        } else {
            break;
        }
        const quint64 rid = m_nextRid++;
        Request &request = m_requestsByRid[rid];
        request.body = std::move(body);
        m_lastPollAnsweredEmpty = false;
        if (empty) {
            m_pollDue = false;
            m_lastPollRid = rid;
            m_lastPollSent.start();
        } else {
            m_lastPollRid = 0;
        }
        issue(rid);
    }
    // Paused with nothing at the server: one poll before the server's inactivity limit.
    if (m_state == State::Open && m_paused && m_nextRid - 1 == m_lastHandled && !m_pollTimer.isActive())
        m_pollTimer.start(qMax(1, m_inactivity > 0 ? m_inactivity / 2 : 10) * 1000);
}

QByteArray BoshTransport::ackAttribute(quint64 rid) const
{
    // XEP-0124 9.1: only needed when a response below this request is still missing.
    if (!m_serverAcks || m_lastHandled + 1 >= rid)
        return {};
    return " ack='" + QByteArray::number(m_lastHandled) + '\'';
}

QByteArray BoshTransport::takeNextBody()
{
    const quint64 rid = m_nextRid;
    const Outgoing front = m_queue.takeFirst();
    if (front.kind == Outgoing::Restart) {
        // XEP-0206 5: the restart request carries nothing else.
        return BoshDetail::request(rid, m_sid,
                           BoshDetail::attribute("to", m_domain) + BoshDetail::attribute("xml:lang", m_lang)
                               + " xmpp:restart='true' xmlns:xmpp='urn:xmpp:xbosh'" + ackAttribute(rid),
                           {});
    }
    QByteArray payload = front.bytes;
    bool terminate = front.kind == Outgoing::Terminate;
    while (!terminate && !m_queue.isEmpty() && m_queue.constFirst().kind != Outgoing::Restart
           && payload.size() + m_queue.constFirst().bytes.size() <= MaxRequestPayload) {
        const Outgoing next = m_queue.takeFirst();
        payload += next.bytes;
        terminate = next.kind == Outgoing::Terminate;
    }
    m_queuedBytes -= payload.size();
    QByteArray attributes = ackAttribute(rid);
    if (terminate) {
        m_state = State::Terminating;
        attributes += " type='terminate'";
    }
    return BoshDetail::request(rid, m_sid, attributes, payload);
}


// Responses are handed on in rid order (XEP-0124 14.2), whichever reply finished first.
void BoshTransport::processAnswered()
{
    const quint64 generation = m_generation;
    while (generation == m_generation) {
        const auto it = m_requestsByRid.find(m_lastHandled + 1);
        if (it == m_requestsByRid.end() || !it->second.answered)
            break;
        const quint64 rid = it->first;
        BoshDetail::Response response = std::move(it->second.response);
        m_requestsByRid.erase(it);
        ++m_lastHandled;
        processResponse(rid, response);
    }
    if (generation == m_generation)
        pump();
}

void BoshTransport::processResponse(quint64 rid, BoshDetail::Response &response)
{
    qCDebug(lcConnection) << "BOSH: response" << rid << response.payload.size() << "bytes" << "features"
                          << response.features << "success" << response.saslSuccess;
    if (!response.ok) {
        qCWarning(lcConnection) << "BOSH: malformed response to" << rid << response.error;
        fail(serverEnded("malformed BOSH response"_L1));
        return;
    }
    const auto &attributes = response.attributes;
    QByteArray &payload = response.payload;
    const bool creation = m_state == State::Creating;
    // A body of another session (a confused or hostile proxy) must not reach QXmpp as ours.
    const QString sid = attributes.value(u"sid"_s);
    if (!creation && !sid.isEmpty() && sid != m_sid) {
        qCWarning(lcConnection) << "BOSH: response to" << rid << "carries another session id";
        fail(serverEnded("wrong BOSH session id"_L1));
        return;
    }
    const QString type = attributes.value(u"type"_s);
    const QString condition = attributes.value(u"condition"_s);
    // remote-stream-error carries a <stream:error> for QXmpp; any other condition ends it here.
    const bool streamError = condition == "remote-stream-error"_L1 && response.streamError;
    // Once our terminate is out, any terminate is the end we asked for (ejabberd answers the
    // held request with condition='other-request').
    if (type == "terminate"_L1 && !condition.isEmpty() && !streamError && m_state != State::Terminating) {
        qCInfo(lcConnection) << "BOSH: the server ended the session:" << condition;
        fail(serverEnded(condition));
        return;
    }
    if (creation && !startSession(attributes))
        return;
    if (rid == m_lastPollRid)
        m_lastPollAnsweredEmpty = payload.isEmpty();
    if (m_headerDue && (creation || response.features)) {
        m_headerDue = false;
        payload.prepend(streamHeader());
    }
    if (response.saslSuccess)
        m_awaitingRestart = true;  // no poll until QXmpp restarts the stream
    if (type == "terminate"_L1) {
        qCInfo(lcConnection) << "BOSH: session ended" << (condition.isEmpty() ? u"normally"_s : condition);
        const quint64 generation = m_generation;
        deliver(payload + "</stream:stream>");
        if (generation == m_generation)
            finishClosed();
        return;
    }
    if (!payload.isEmpty())
        deliver(payload);
}

bool BoshTransport::startSession(const QHash<QString, QString> &attributes)
{
    m_sid = attributes.value(u"sid"_s);
    if (m_sid.isEmpty()) {
        fail(serverEnded("no BOSH session id"_L1));
        return false;
    }
    const auto number = [&](const QString &name, int fallback) {
        bool ok = false;
        const int value = attributes.value(name).toInt(&ok);
        return ok && value >= 0 ? value : fallback;
    };
    m_wait = qBound(1, number(u"wait"_s, m_requestedWait), 3600);
    m_requests = qBound(1, number(u"requests"_s, 1), 8);
    m_polling = qMin(number(u"polling"_s, 0), 600);
    m_inactivity = qMin(number(u"inactivity"_s, 0), 3600);
    m_serverAcks = attributes.contains(u"ack"_s);
    m_authId = attributes.value(u"authid"_s, m_sid);
    m_from = attributes.value(u"from"_s, m_domain);
    m_lang = attributes.value(u"xml:lang"_s, m_lang);
    m_state = State::Open;
    qCInfo(lcConnection) << "BOSH: session" << m_sid << "requests" << m_requests << "wait" << m_wait << "polling"
                         << m_polling << "inactivity" << m_inactivity << "acks" << m_serverAcks;
    const quint64 generation = m_generation;
    Q_EMIT connected();
    return generation == m_generation;
}


// What a server sends first over TCP; the session stands for the stream.
QByteArray BoshTransport::streamHeader() const
{
    using BoshDetail::attribute;
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'"
        + attribute("from", m_from) + attribute("id", m_authId) + " version='1.0'" + attribute("xml:lang", m_lang) + '>';
}

void BoshTransport::deliver(const QByteArray &bytes)
{
    if (!m_qxmppStarted) {
        m_early += bytes;
        return;
    }
    Q_EMIT received(bytes);
}

void BoshTransport::finishClosed()
{
    if (m_state == State::Closed)
        return;
    release();
    m_state = State::Closed;
    Q_EMIT closed();
}

void BoshTransport::fail(const ConnectionError::Details &details)
{
    if (m_state == State::Closed)
        return;
    release();
    m_state = State::Closed;
    Q_EMIT failed(details);
}

void BoshTransport::failLater(const ConnectionError::Details &details)
{
    QMetaObject::invokeMethod(this, [this, details, generation = m_generation] {
        if (generation == m_generation)
            Q_EMIT failed(details);
    }, Qt::QueuedConnection);
}

void BoshTransport::release()
{
    ++m_generation;
    for (auto &[rid, request] : m_requestsByRid) {
        if (QNetworkReply *reply = request.reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_requestsByRid.clear();
    m_queue.clear();
    m_queuedBytes = 0;
    m_early.clear();
    m_outFramer.reset();
    m_pollTimer.stop();
    m_closeTimer.stop();
    if (m_network) {
        m_network->deleteLater();  // closes its connections
        m_network = nullptr;
    }
    m_sid.clear();
    m_sslErrors.clear();
    m_sslPeer = QSslCertificate();
    m_requests = 1;
    m_wait = RequestedWaitSeconds;
    m_polling = m_inactivity = 0;
    m_serverAcks = false;
    m_qxmppStarted = m_awaitingRestart = m_pollDue = m_terminateQueued = false;
    m_lastPollAnsweredEmpty = false;
    m_lastPollRid = 0;
    m_headerDue = true;
}
