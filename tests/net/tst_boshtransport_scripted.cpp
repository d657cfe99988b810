// BoshTransport against a connection manager the test scripts (BoshScriptedServer): replies
// handed on in rid order whatever order they finish in, acknowledgements and reports, a reply
// lost to a 5xx and sent again, a terminal HTTP error, polling spacing and the keep-alive poll
// while receiving is paused.
#include "tst_boshtransport.h"

#include "BoshScriptedServer.h"
#include "net/BoshTransport.h"
#include "net/ConnectionSettings.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace BoshTest;
using Kind = ConnectionError::Kind;

namespace {
QByteArrayList bodiesOf(const BoshScriptedServer &server, quint64 rid)
{
    QByteArrayList bodies;
    for (const auto &request : server.requests()) {
        if (request.rid == rid)
            bodies << request.body;
    }
    return bodies;
}

int countRid(const BoshScriptedServer &server, quint64 rid)
{
    return int(bodiesOf(server, rid).size());
}
}  // namespace

quint64 tst_BoshTransport::openScripted(BoshTransport &transport, BoshScriptedServer &server,
                                        const QByteArray &attributes)
{
    QString error;
    if (!server.listen(&error)) {
        qWarning() << error;
        return 0;
    }
    transport.open(QUrl(u"https://linnet.test:%1/http-bind"_s.arg(server.port())), u"linnet.test"_s, trustingOwnCa());
    if (!QTest::qWaitFor([&] { return !server.requests().isEmpty(); }, Timeout))
        return 0;
    const quint64 rid = server.requests().first().rid;
    server.answer(rid, BoshScriptedServer::body(QByteArray(attributes).replace("$RID", QByteArray::number(rid))));
    return rid;
}

// Two replies finishing in the wrong order reach QXmpp in rid order; with acks on, a request
// names the last answered rid while an earlier one is open, and a report sends the reported
// request again at once. A terminate with a condition fails the transport.
void tst_BoshTransport::scriptedOrderAcksAndReports()
{
    BoshScriptedServer server(m_ownCertificates.serverCertificate, m_ownCertificates.serverKey);
    BoshTransport transport;
    QSignalSpy connected(&transport, &MessageTransport::connected);
    QSignalSpy failed(&transport, &MessageTransport::failed);
    QByteArray received;
    connect(&transport, &MessageTransport::received, this, [&](const QByteArray &bytes) { received += bytes; });
    const quint64 rid = openScripted(transport, server,
                                     "sid='S1' wait='60' requests='2' hold='1' inactivity='30' polling='0' "
                                     "ack='$RID' from='linnet.test' authid='A1'");
    QVERIFY(rid);
    QVERIFY(server.requests().first().body.contains("ack='1'"));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    QVERIFY(transport.serverAcks());
    transport.send(ClientHeader);
    QTRY_VERIFY_WITH_TIMEOUT(server.pending(rid + 1), Timeout);
    QVERIFY(!server.pending(rid + 1)->body.contains("ack="));  // nothing below it is open
    QVERIFY(received.contains("id='A1'"));

    transport.send("<message to='bob@linnet.test'><body>up</body></message>");
    QTRY_VERIFY_WITH_TIMEOUT(server.pending(rid + 2), Timeout);
    const QByteArray data = server.pending(rid + 2)->body;
    QVERIFY2(data.contains("<message xmlns='jabber:client' to='bob@linnet.test'>"), data.constData());
    QVERIFY2(data.contains(u"ack='%1'"_s.arg(rid).toUtf8()), data.constData());

    const auto message = [](const char *text) {
        return BoshScriptedServer::body("sid='S1'", "<message xmlns='jabber:client' from='bob@linnet.test'><body>"
                                                        + QByteArray(text) + "</body></message>");
    };
    // The reply to the later request arrives first and waits (held) for the earlier one.
    const qint64 held = transport.heldBytes();
    server.answer(rid + 2, message("second"));
    QTRY_VERIFY_WITH_TIMEOUT(transport.heldBytes() > held, Timeout);
    QVERIFY(!received.contains("second"));
    server.answer(rid + 1, message("first"));
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("second"), Timeout);
    QVERIFY(received.indexOf("first") < received.indexOf("second"));

    // The next poll is held; the server reports it missing in the answer to a later request.
    QTRY_VERIFY_WITH_TIMEOUT(server.pending(rid + 3), Timeout);
    transport.send("<presence/>");
    QTRY_VERIFY_WITH_TIMEOUT(server.pending(rid + 4), Timeout);
    server.answer(rid + 4, BoshScriptedServer::body(u"sid='S1' ack='%1' report='%2' time='10'"_s.arg(rid + 4)
                                                        .arg(rid + 3).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(countRid(server, rid + 3), 2, Timeout);
    const QByteArrayList polls = bodiesOf(server, rid + 3);
    QCOMPARE(polls.at(1), polls.at(0));
    QCOMPARE(transport.resentRequests(), 1);

    server.answer(rid + 3, BoshScriptedServer::body("type='terminate' condition='item-not-found'"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    const auto details = failed.first().first().value<ConnectionError::Details>();
    QCOMPARE(details.kind, Kind::ServerError);
    QVERIFY2(details.message.contains(u"item-not-found"_s), qPrintable(details.message));
}

// A 503 (a proxy on the way) loses the reply: the same rid and body go out again. A 404 ends
// the session (XEP-0124 17.1).
void tst_BoshTransport::scriptedLostReplyAndHttpError()
{
    BoshScriptedServer server(m_ownCertificates.serverCertificate, m_ownCertificates.serverKey);
    BoshTransport transport;
    QSignalSpy failed(&transport, &MessageTransport::failed);
    const quint64 rid = openScripted(transport, server, "sid='S2' wait='60' requests='2' hold='1' inactivity='30'");
    QVERIFY(rid);
    transport.send(ClientHeader);
    transport.send("<iq type='get' id='1'><ping xmlns='urn:xmpp:ping'/></iq>");
    QTRY_VERIFY_WITH_TIMEOUT(server.pending(rid + 1), Timeout);
    server.answer(rid + 1, {}, 503);
    QTRY_COMPARE_WITH_TIMEOUT(countRid(server, rid + 1), 2, Timeout);
    const QByteArrayList bodies = bodiesOf(server, rid + 1);
    QCOMPARE(bodies.at(1), bodies.at(0));
    QVERIFY(bodies.at(0).contains("urn:xmpp:ping"));
    QCOMPARE(transport.resentRequests(), 1);
    QCOMPARE(failed.size(), 0);

    server.answer(rid + 1, {}, 404);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    const auto details = failed.first().first().value<ConnectionError::Details>();
    QCOMPARE(details.kind, Kind::ServerError);
    QVERIFY2(details.message.contains(u"HTTP 404"_s), qPrintable(details.message));
}

// A polling session (the server answers at once): empty requests are `polling` seconds apart.
// Paused, no poll goes out until half the inactivity period has passed.
void tst_BoshTransport::scriptedPollingAndPause()
{
    BoshScriptedServer server(m_ownCertificates.serverCertificate, m_ownCertificates.serverKey);
    BoshTransport transport;
    QSignalSpy failed(&transport, &MessageTransport::failed);
    const quint64 rid =
        openScripted(transport, server, "sid='S3' wait='60' requests='1' hold='0' polling='1' inactivity='4'");
    QVERIFY(rid);
    server.setAutoAnswer(true);  // before the event loop runs: the first poll comes right away
    QTRY_COMPARE_WITH_TIMEOUT(transport.pollingSeconds(), 1, Timeout);
    transport.send(ClientHeader);
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 4, Timeout);
    const auto &requests = server.requests();
    for (int i = 2; i < 4; ++i) {
        const qint64 gap = requests.at(i).arrivedMs - requests.at(i - 1).arrivedMs;
        QVERIFY2(gap >= 900, qPrintable(u"polls %1 ms apart"_s.arg(gap)));
    }

    transport.setReceivingPaused(true);
    const qsizetype before = server.requests().size();
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() > before + 1, Timeout);
    // At most one poll was already on its way when the pause began; the next waited ~2 s.
    const qint64 gap = server.requests().at(before + 1).arrivedMs - server.requests().at(before).arrivedMs;
    QVERIFY2(gap >= 1800, qPrintable(u"keep-alive after %1 ms"_s.arg(gap)));
    QCOMPARE(failed.size(), 0);
}

// A terminate with remote-stream-error carries a <stream:error>: QXmpp gets it and the end of
// the stream, as over TCP, and the transport closes.
void tst_BoshTransport::scriptedRemoteStreamError()
{
    BoshScriptedServer server(m_ownCertificates.serverCertificate, m_ownCertificates.serverKey);
    BoshTransport transport;
    QSignalSpy closed(&transport, &MessageTransport::closed);
    QSignalSpy failed(&transport, &MessageTransport::failed);
    QByteArray received;
    connect(&transport, &MessageTransport::received, this, [&](const QByteArray &bytes) { received += bytes; });
    const quint64 rid = openScripted(transport, server, "sid='S4' wait='60' requests='2' hold='1' inactivity='30'");
    QVERIFY(rid);
    transport.send(ClientHeader);
    QTRY_VERIFY_WITH_TIMEOUT(server.pending(rid + 1), Timeout);
    server.answer(rid + 1, BoshScriptedServer::body("type='terminate' condition='remote-stream-error'",
                                                    "<stream:error><system-shutdown "
                                                    "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, Timeout);
    QCOMPARE(failed.size(), 0);
    QVERIFY2(received.contains("<stream:error xmlns='jabber:client'><system-shutdown"), received.constData());
    QVERIFY(received.endsWith("</stream:error></stream:stream>"));
}

// The server answers with its whole send buffer: after the client was stopped that is the whole
// backlog (Prosody: 20,000 PubSub items, ~16 MB, in one response). All of it reaches QXmpp,
// each stanza once, in order, and the session goes on (issue 12: the bench's BOSH backlog row
// lost everything after the first item because such a response was refused as too large).
void tst_BoshTransport::scriptedBacklogInOneResponse()
{
    BoshScriptedServer server(m_ownCertificates.serverCertificate, m_ownCertificates.serverKey);
    BoshTransport transport;
    QSignalSpy failed(&transport, &MessageTransport::failed);
    QByteArray received;
    connect(&transport, &MessageTransport::received, this, [&](const QByteArray &bytes) { received += bytes; });
    const quint64 rid = openScripted(transport, server, "sid='S5' wait='60' requests='2' hold='1' inactivity='30'");
    QVERIFY(rid);
    transport.send(ClientHeader);
    QTRY_VERIFY_WITH_TIMEOUT(server.pending(rid + 1), Timeout);

    constexpr int Count = 24000;
    const QByteArray padding(800, 'x');
    QByteArray payload;
    for (int i = 0; i < Count; ++i)
        payload += "<message xmlns='jabber:client' from='pubsub.linnet.test' type='headline'><body>item-"
            + QByteArray::number(i) + ' ' + padding + "</body></message>";
    QVERIFY(payload.size() > 16 * 1024 * 1024);  // over the old limit
    QVERIFY(payload.size() < BoshTransport::MaxResponseBytes);
    server.answer(rid + 1, BoshScriptedServer::body("sid='S5'", payload));
    const QByteArray last = QByteArray("<body>item-") + QByteArray::number(Count - 1) + ' ';
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(last), Timeout);
    QCOMPARE(failed.size(), 0);
    qsizetype from = 0;
    for (int i = 0; i < Count; ++i) {
        const QByteArray marker = QByteArray("<body>item-") + QByteArray::number(i) + ' ';
        const qsizetype at = received.indexOf(marker, from);
        QVERIFY2(at >= 0, marker.constData());
        from = at + marker.size();
    }
    QCOMPARE(received.count("<message "), Count);
    // The session goes on: the next poll is out.
    QTRY_VERIFY_WITH_TIMEOUT(server.pending(rid + 2), Timeout);
}
