// The StreamBridge driven directly, with a plain socket standing in for QXmpp: hostile bytes
// before TLS in one read (a crash before the fix), a fuzz loop of pre-TLS sequences, another
// local client racing for the loopback link, a consumer that stops reading, and stale events
// of an earlier attempt.
#include "ScriptedServer.h"
#include "TestCertificates.h"
#include "net/StreamBridge.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Stands in for QXmpp: bound before it connects, as ConnectionController binds QXmpp's socket.
struct FakeClient {
    QTcpSocket socket;
    quint16 bind()
    {
        socket.bind(QHostAddress::LocalHost, 0);
        return socket.localPort();
    }
};

// Consumes every headline message and hands on a placeholder, like the readings fast lane.
class CountingInterceptor : public StanzaInterceptor
{
public:
    int consumed = 0;
    bool headline = false;
    void token(const QXmlStreamReader &reader, int depth) override
    {
        if (depth == 1 && reader.isStartElement())
            headline = reader.name() == u"message" && reader.attributes().value(u"type") == u"headline";
    }
    bool finish(QByteArray *replacement) override
    {
        if (!headline)
            return false;
        ++consumed;
        *replacement = "<message xmlns='jabber:client' type='headline'/>";
        return true;
    }
    void reset() override { headline = false; }
};
}  // namespace

class TestStreamBridgeDirect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    linnet::test::CertificateFiles m_certs;
    std::unique_ptr<ScriptedServer> m_server;

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.jid = QStringLiteral("alice@") + QString::fromLatin1(ScriptedServer::Domain);
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_server->serverPort();
        s.caCertificatesFile = m_certs.caCertificate;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(linnet::test::makeCertificates(m_dir.path(), {QString::fromLatin1(ScriptedServer::Domain)}, {}, &m_certs, &error),
                 qPrintable(error));
    }

    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->setCertificate(m_certs.serverCertificate, m_certs.serverKey));
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
    }

    void cleanup() { m_server.reset(); }

    // Before the fix, fail() ran inside the framer's feed and nulled the socket the rest of
    // the same read was then written to: a remote crash before TLS.
    void hostileBytesBeforeTlsInOneRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray open = "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";
        QTest::newRow("close then garbage") << open + "</stream:stream>x";
        QTest::newRow("features then bad end tag") << open + "<stream:features/></x>";
        QTest::newRow("error then garbage") << open + "<stream:error><host-gone xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error><<<";
        QTest::newRow("no tls then more") << open + "<stream:features/><stream:features/></stream:stream>junk";
        QTest::newRow("proceed then garbage") << open + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                                                        "</stream:features><proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></oops>";
        QTest::newRow("redirect then garbage") << open + "<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"
                                                         "127.0.0.1:1</see-other-host></stream:error></stream:stream>x";
    }
    void hostileBytesBeforeTlsInOneRead()
    {
        QFETCH(QByteArray, bytes);
        m_server->sendHeader = false;
        m_server->offerTls = false;
        m_server->beforeTls = bytes;
        StreamBridge bridge;
        bridge.setSetupTimeout(std::chrono::milliseconds(500));  // "proceed" and then silence
        QSignalSpy failed(&bridge, &StreamBridge::failed);
        QSignalSpy redirected(&bridge, &StreamBridge::redirected);
        QString error;
        QVERIFY(bridge.start(settings(), 1, 7, &error));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() + redirected.count() == 1, 5000);
        QTest::qWait(50);
        QCOMPARE(failed.count() + redirected.count(), 1);
        if (!failed.isEmpty())
            QCOMPARE(failed.first().first().toULongLong(), 7u);
    }

    // Pre-TLS sequences built from the pieces a server sends, cut, repeated, shuffled and
    // sprinkled with garbage, each written in one read and followed by a close. Every attempt
    // must end in exactly one failure or redirect, and never crash.
    void fuzzBeforeTls()
    {
        const QList<QByteArray> pieces = {
            "<?xml version='1.0'?>",
            "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>",
            "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></stream:features>",
            "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
            "<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
            "<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>[::1]:5</see-other-host></stream:error>",
            "<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>",
            "</stream:stream>", "<a><b><c>", "</c></b></a>", "<!-- x -->", "&bogus;", "\xff\xfe", "<", ">", "/>", "x",
            "<message type='headline' from='pubsub.bridge.test'><event xmlns='http://jabber.org/protocol/pubsub#event'/></message>",
        };
        auto *random = QRandomGenerator::global();
        const quint32 seed = random->generate();
        qInfo("fuzz seed %u", seed);
        QRandomGenerator rng(seed);
        m_server->sendHeader = false;
        m_server->offerTls = false;
        m_server->closeAfterBeforeTls = true;
        StreamBridge bridge;
        QSignalSpy failed(&bridge, &StreamBridge::failed);
        QSignalSpy redirected(&bridge, &StreamBridge::redirected);
        for (quint64 attempt = 1; attempt <= 300; ++attempt) {
            QByteArray bytes;
            const int n = rng.bounded(1, 8);
            for (int i = 0; i < n; ++i) {
                QByteArray piece = pieces.at(rng.bounded(pieces.size()));
                if (rng.bounded(4) == 0)
                    piece.truncate(rng.bounded(piece.size() + 1));
                if (rng.bounded(6) == 0)
                    piece.insert(rng.bounded(piece.size() + 1), char(rng.bounded(256)));
                bytes += piece;
            }
            m_server->beforeTls = bytes;
            QString error;
            QVERIFY(bridge.start(settings(), 1, attempt, &error));
            const auto ended = [&] { return failed.count() + redirected.count() == int(attempt); };
            QVERIFY2(QTest::qWaitFor(ended, 5000), bytes.toPercentEncoding().constData());
        }
        QTest::qWait(50);
        QCOMPARE(failed.count() + redirected.count(), 300);
    }

    // Another local user races for the loopback port: its connection is closed unread, and
    // only the socket bound to the announced port gets through.
    void anotherLocalClientIsRefused()
    {
        m_server->afterTls = "<stream:features><marker xmlns='urn:linnet:test'/></stream:features>";
        StreamBridge bridge;
        FakeClient qxmpp;
        const quint16 peerPort = qxmpp.bind();
        QString error;
        QVERIFY(bridge.start(settings(), peerPort, 1, &error));

        QTcpSocket rogue;
        rogue.connectToHost(QHostAddress::LocalHost, bridge.localPort());
        QVERIFY(rogue.waitForConnected(2000));
        rogue.write("<?xml version='1.0'?><stream:stream to='bridge.test' version='1.0' xmlns='jabber:client' "
                    "xmlns:stream='http://etherx.jabber.org/streams'><rogue/>");
        QTRY_COMPARE(rogue.state(), QAbstractSocket::UnconnectedState);

        qxmpp.socket.connectToHost(QHostAddress::LocalHost, bridge.localPort());
        QVERIFY(qxmpp.socket.waitForConnected(2000));
        qxmpp.socket.write("<?xml version='1.0'?><stream:stream to='bridge.test' version='1.0' xmlns='jabber:client' "
                           "xmlns:stream='http://etherx.jabber.org/streams'>");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += qxmpp.socket.readAll()).contains("<marker"), 5000);
        QVERIFY(!m_server->allReceived().contains("<rogue"));
        QCOMPARE(rogue.bytesAvailable(), 0);
    }

    // QXmpp stops reading (a stalled GUI thread): the bridge stops reading upstream, so what
    // it holds stays bounded while the server's side backs up; then nothing is lost. Readings
    // consumed by the fast lane keep flowing meanwhile (they leave only placeholders).
    void stalledConsumerBoundsMemory()
    {
        constexpr int Readings = 20000;
        constexpr int Messages = 50000;  // ~47 MB: more than the loopback buffers hold
        const QByteArray body(900, 'm');
        QByteArray flood;
        for (int i = 0; i < Readings; ++i)
            flood += "<message type='headline' from='pubsub.bridge.test'><event xmlns='http://jabber.org/protocol/pubsub#event'/></message>";
        for (int i = 0; i < Messages; ++i)
            flood += "<message from='bob@bridge.test/x' id='m" + QByteArray::number(i) + "'><body>" + body + "</body></message>";
        m_server->afterTls = "<stream:features/>";
        m_server->onEncryptedStream = [&](ScriptedServer::Connection &c) { c.socket->write(flood); };

        auto counting = std::make_shared<CountingInterceptor>();
        auto &interceptor = *counting;
        StreamBridge bridge;
        bridge.setInterceptor(counting);
        FakeClient qxmpp;
        QString error;
        QVERIFY(bridge.start(settings(), qxmpp.bind(), 1, &error));
        qxmpp.socket.connectToHost(QHostAddress::LocalHost, bridge.localPort());
        QVERIFY(qxmpp.socket.waitForConnected(2000));
        qxmpp.socket.setReadBufferSize(1);  // stalled: Qt stops reading, the kernel buffer fills
        qxmpp.socket.write("<?xml version='1.0'?><stream:stream to='bridge.test' version='1.0' xmlns='jabber:client' "
                           "xmlns:stream='http://etherx.jabber.org/streams'>");

        QTRY_COMPARE_WITH_TIMEOUT(interceptor.consumed, Readings, 10000);
        qint64 peak = 0;
        for (int i = 0; i < 30; ++i) {
            QTest::qWait(50);
            peak = std::max(peak, bridge.heldBytes());
        }
        qInfo("bridge held at most %lld bytes of a %lld-byte flood", peak, qint64(flood.size()));
        QVERIFY2(peak < StreamBridge::MaxPendingToLocal + 2 * 1024 * 1024, qPrintable(QString::number(peak)));
        const auto *serverSide = m_server->connections().first().socket;
        QVERIFY(serverSide->bytesToWrite() + serverSide->encryptedBytesToWrite() > 0);  // TCP pushed back

        qxmpp.socket.setReadBufferSize(0);
        QByteArray all;
        const QByteArray last = "id='m" + QByteArray::number(Messages - 1) + "'";
        QTRY_VERIFY_WITH_TIMEOUT((all += qxmpp.socket.readAll()).contains(last), 30000);
        QCOMPARE(all.count(QByteArray("<body>" + body + "</body>")), Messages);
        QCOMPARE(all.count("type='headline'/>"), Readings);
    }

    // A server that accepts the connection and then says nothing: the attempt ends with a
    // clear error instead of hanging (QXmpp, behind the bridge, would wait forever).
    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto s = settings();
        s.port = silent.serverPort();
        StreamBridge bridge;
        bridge.setSetupTimeout(std::chrono::milliseconds(300));
        QSignalSpy failed(&bridge, &StreamBridge::failed);
        QString error;
        QVERIFY(bridge.start(s, 1, 1, &error));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<ConnectionError::Details>().kind, ConnectionError::Kind::HostUnreachable);
    }

    // A new attempt makes every pending event of the old one stale: its DNS answer, its
    // socket errors, its failure. Before the fix a late failure tore down the new attempt.
    void staleEventsOfAnOldAttemptAreIgnored()
    {
        StreamBridge bridge;
        QSignalSpy failed(&bridge, &StreamBridge::failed);
        auto unresolvable = settings();
        unresolvable.host = QStringLiteral("no-such-host.invalid");
        QString error;
        QVERIFY(bridge.start(unresolvable, 1, 1, &error));
        QVERIFY(bridge.start(settings(), 1, 2, &error));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->allPlaintext().contains("<starttls"), 5000);
        QTest::qWait(1500);  // long enough for the old lookup to answer
        for (const auto &args : std::as_const(failed))
            QCOMPARE(args.first().toULongLong(), 2u);
    }
};

QTEST_GUILESS_MAIN(TestStreamBridgeDirect)
#include "tst_streambridge_direct.moc"
