// BOSH and a backlog (issue 12): the client's event loop stops with a poll held at the server
// while a peer sends it thousands of messages; afterwards every one arrives once, in order.
#include "tst_boshtransport.h"

#include "BoshLoopback.h"
#include "XmppTestServer.h"
#include "net/BoshTransport.h"
#include "net/ConnectionSettings.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QThread>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace BoshTest;

// Issue 12's bench loss: alice's event loop stops (as a SIGSTOPped process would) with a poll
// held at the server, while bob (on his own thread, over TCP) sends her a backlog that the server
// routes meanwhile: into the held request's reply, and then into its send buffer while no
// request is open. After the loop runs again every stanza arrives exactly once, in order. The
// "past wait" row asks for a 2 s wait and stops for longer, so the server also answers held
// requests on its own while nobody reads.
void tst_BoshTransport::backlogWhileStopped_data()
{
    QTest::addColumn<int>("wait");
    QTest::addColumn<int>("extraStopMs");
    QTest::newRow("within wait") << BoshTransport::RequestedWaitSeconds << 0;
    QTest::newRow("past wait") << 2 << 5000;
}

void tst_BoshTransport::backlogWhileStopped()
{
    if (m_server->kind() != XmppTestServer::Kind::Prosody)
        QSKIP("On ejabberd bob's 3,000-message burst was not routed within 20 s, and a login asking "
              "for wait='2' failed (issue 12, not yet understood); Prosody is what the bench measures");
    QFETCH(int, wait);
    QFETCH(int, extraStopMs);
    constexpr int Count = 3000;
    const QString padding(400, u'x');  // ~1.5 MB of backlog in all

    ConnectionSettings settings;
    settings.jid = m_server->jid(u"alice"_s);
    settings.caCertificatesFile = m_server->caCertificateFile();
    BoshTransport transport;
    transport.setRequestedWaitSeconds(wait);
    QSignalSpy failed(&transport, &MessageTransport::failed);
    Loopback loopback(&transport);
    transport.open(m_server->boshUrl(), m_server->domain(), TlsPolicy(settings));
    QXmppClient alice;
    QStringList toAlice;
    connect(&alice, &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) {
        if (m.body().startsWith(u"backlog-"_s))
            toAlice << m.body().section(u' ', 0, 0);
    });
    alice.connectToServer(settings.toBridgedConfiguration(u"alice-pw"_s, loopback.port()));
    QTRY_VERIFY_WITH_TIMEOUT(alice.isAuthenticated() && alice.isConnected(), Timeout);
    QCOMPARE(transport.waitSeconds(), wait);

    QThread bobThread;
    bobThread.start();
    auto *bob = new QXmppClient;
    bob->moveToThread(&bobThread);
    std::atomic<bool> bobUp{false}, aliceSeen{false}, routed{false};
    connect(bob, &QXmppClient::connected, bob, [&] { bobUp = true; });
    connect(bob, &QXmppClient::presenceReceived, bob, [&](const QXmppPresence &p) {
        if (p.from().startsWith(u"alice@"_s) && p.type() == QXmppPresence::Available)
            aliceSeen = true;
    });
    connect(bob, &QXmppClient::messageReceived, bob, [&](const QXmppMessage &m) {
        if (m.body() == u"marker"_s)
            routed = true;
    });
    const auto bobConfig = m_server->clientConfiguration(u"bob"_s, u"bob-pw"_s);
    QMetaObject::invokeMethod(bob, [bob, bobConfig] { bob->connectToServer(bobConfig); });
    const auto stopBob = qScopeGuard([&] {
        QMetaObject::invokeMethod(bob, [bob] { delete bob; }, Qt::BlockingQueuedConnection);
        bobThread.quit();
        bobThread.wait();
    });
    QTRY_VERIFY_WITH_TIMEOUT(bobUp && aliceSeen, Timeout);
    // Only a poll is out: the server holds it.
    QTRY_VERIFY_WITH_TIMEOUT(transport.heldBytes() < 1024, Timeout);
    const int requestsBefore = transport.sentRequests();

    const QString aliceJid = alice.configuration().jidBare();
    QMetaObject::invokeMethod(bob, [bob, aliceJid, padding] {
        for (int i = 0; i < Count; ++i)
            bob->sendMessage(aliceJid, u"backlog-%1 "_s.arg(i) + padding);
        // Bob's stanzas are routed in order: when his own marker comes back, alice's are queued.
        bob->sendPacket(QXmppMessage(QString(), bob->configuration().jid(), u"marker"_s));
    });
    QDeadlineTimer deadline(Timeout);
    while (!routed && !deadline.hasExpired())
        QThread::msleep(10);  // this thread's event loop is stopped
    QVERIFY(routed);
    QThread::msleep(extraStopMs);

    QTRY_COMPARE_WITH_TIMEOUT(toAlice.size(), Count, 45000);
    QStringList expected;
    for (int i = 0; i < Count; ++i)
        expected << u"backlog-%1"_s.arg(i);
    QCOMPARE(toAlice, expected);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ConnectionError::Details>().message));
    qInfo() << "requests while draining:" << transport.sentRequests() - requestsBefore << "resent:" << transport.resentRequests();
    alice.disconnectFromServer();
}
