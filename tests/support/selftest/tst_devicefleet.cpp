// linnet-devicesim --fleet as ./dev demo and the benchmarks run it: a real process against the
// fixture's Prosody, seen by a watcher account the way Linnet sees devices.
// LINNET_FLEET_BIG=1000 also runs bigFleetLogsIn with that many devices and prints the timing
// (LINNET_FLEET_RATE: readings per second per device, default 1).
#include "FleetProcess.h"
#include "ProsodyServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppMessage.h>
#include <QXmppPubSubBaseItem.h>
#include <QXmppPubSubManager.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>

#include <memory>

#include <unistd.h>

namespace {

const QString DevicePassword = QStringLiteral("device-secret");

// Keeps the payload of an item as text.
class RawItem : public QXmppPubSubBaseItem
{
public:
    QString payload;

protected:
    void parsePayload(const QDomElement &element) override
    {
        QTextStream stream(&payload);
        element.save(stream, 0);
    }
};

template<typename T>
bool finished(const QXmppTask<T> &task, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return task.isFinished(); }, timeoutMs);
}

// CPU seconds the server used so far (the fixture writes its pid next to the data directory).
double prosodyCpuSeconds(const ProsodyServer &server)
{
    QFile pidFile(QFileInfo(server.dataDir()).dir().filePath(QStringLiteral("prosody.pid")));
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pidFile.readAll().trimmed())));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

}  // namespace

class TestDeviceFleet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void devicesAreEntitiesWithNodes();
    void bigFleetLogsIn();

private:
    QStringList fleetArgs(int devices) const;
    std::unique_ptr<ProsodyServer> m_server;
};

void TestDeviceFleet::initTestCase()
{
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("sensors"), QStringLiteral("watch"), QStringLiteral("Greenhouse Sensors")}};
    m_server = std::make_unique<ProsodyServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

QStringList TestDeviceFleet::fleetArgs(int devices) const
{
    return {QStringLiteral("--fleet"), QString::number(devices), QStringLiteral("--domain"), m_server->domain(),
            QStringLiteral("--host"), m_server->host(), QStringLiteral("--port"), QString::number(m_server->c2sPort()),
            QStringLiteral("--ca"), m_server->caCertificateFile(), QStringLiteral("--password"), DevicePassword,
            QStringLiteral("--prosody-data"), m_server->dataDir(), QStringLiteral("--watcher"), QStringLiteral("sensors")};
}

void TestDeviceFleet::devicesAreEntitiesWithNodes()
{
    FleetProcess fleet;
    fleet.process.start(QStringLiteral(LINNET_DEVICESIM),
                        fleetArgs(3) + QStringList{QStringLiteral("--rate"), QStringLiteral("4"), QStringLiteral("--history-seconds"),
                                                   QStringLiteral("30"), QStringLiteral("--history-pack"), QStringLiteral("1"),
                                                   QStringLiteral("--progress-ms"), QStringLiteral("250")});
    QVERIFY(QTest::qWaitFor([&] { return !fleet.last(QStringLiteral("ready")).isEmpty() || fleet.process.state() == QProcess::NotRunning; }, 20000));
    QVERIFY2(!fleet.last(QStringLiteral("ready")).isEmpty(), qPrintable(fleet.stderrText()));
    const QJsonObject ready = fleet.last(QStringLiteral("ready"));
    QCOMPARE(ready.value(u"devices").toInt(), 3);
    QCOMPARE(ready.value(u"history_items").toInt(), 3 * 30);  // 30 s at (at most) 1 reading/s, one an item
    QVERIFY(ready.value(u"max_items").toInt() >= 256);

    // The watcher: the devices are in its roster, both ways, under their titles, and online.
    QXmppClient watcher;
    auto *disco = watcher.findExtension<QXmppDiscoveryManager>();
    auto *pubsub = watcher.addNewExtension<QXmppPubSubManager>();
    auto *roster = watcher.findExtension<QXmppRosterManager>();
    QList<QXmppMessage> replies;
    connect(&watcher, &QXmppClient::messageReceived, this, [&](const QXmppMessage &m) {
        if (!m.body().isEmpty())
            replies << m;
    });
    bool rosterIn = false;
    connect(roster, &QXmppRosterManager::rosterReceived, this, [&] { rosterIn = true; });
    watcher.connectToServer(m_server->clientConfiguration(QStringLiteral("sensors"), QStringLiteral("watch"), QStringLiteral("dash")));
    QTRY_VERIFY_WITH_TIMEOUT(rosterIn, 10000);
    const QString greenhouse = QStringLiteral("greenhouse-1@") + m_server->domain();
    const QString cellar = QStringLiteral("cellar@") + m_server->domain();
    QCOMPARE(roster->getRosterBareJids().size(), 3);
    QCOMPARE(roster->getRosterEntry(greenhouse).name(), QStringLiteral("Greenhouse 1"));
    QCOMPARE(roster->getRosterEntry(greenhouse).subscriptionType(), QXmppRosterIq::Item::Both);
    QTRY_VERIFY_WITH_TIMEOUT(roster->getAllPresencesForBareJid(cellar).contains(QStringLiteral("sensor")), 5000);

    // disco#info: identity client/bot with the title, the XEP-0128 form naming the node.
    auto info = disco->requestDiscoInfo(greenhouse + QStringLiteral("/sensor"));
    QVERIFY(finished(info));
    const auto *iq = std::get_if<QXmppDiscoveryIq>(&info.result());
    QVERIFY(iq);
    QCOMPARE(iq->identities().size(), 1);
    QCOMPARE(iq->identities().first().category(), QStringLiteral("client"));
    QCOMPARE(iq->identities().first().type(), QStringLiteral("bot"));
    QCOMPARE(iq->identities().first().name(), QStringLiteral("Greenhouse 1"));
    QHash<QString, QString> form;
    for (const QXmppDataForm::Field &f : iq->form().fields())
        form.insert(f.key(), f.value().toString());
    QCOMPARE(form.value(QStringLiteral("FORM_TYPE")), QStringLiteral("urn:linnet:device:0"));
    QCOMPARE(form.value(QStringLiteral("pubsub-service")), m_server->pubsubJid());
    QCOMPARE(form.value(QStringLiteral("pubsub-node")), QStringLiteral("greenhouse-1"));

    // A chat message gets the device's status.
    QXmppMessage ask(QString(), greenhouse + QStringLiteral("/sensor"), QStringLiteral("status?"));
    ask.setType(QXmppMessage::Chat);
    watcher.sendPacket(ask);
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, 5000);
    QVERIFY2(replies.first().body().startsWith(QStringLiteral("Greenhouse 1: ")), qPrintable(replies.first().body()));
    QVERIFY(replies.first().body().contains(QStringLiteral(" ppm")));

    // The nodes are listed under their titles and hold history (back-dated) and live items.
    auto items = disco->requestDiscoItems(m_server->pubsubJid());
    QVERIFY(finished(items));
    QHash<QString, QString> titles;
    for (const QXmppDiscoveryIq::Item &item : std::get<QList<QXmppDiscoveryIq::Item>>(items.result()))
        titles.insert(item.node(), item.name());
    QCOMPARE(titles.value(QStringLiteral("cellar")), QStringLiteral("Wine cellar"));
    QCOMPARE(titles.value(QStringLiteral("greenhouse-2")), QStringLiteral("Greenhouse 2"));
    auto stored = pubsub->requestItems<RawItem>(m_server->pubsubJid(), QStringLiteral("cellar"));
    QVERIFY(finished(stored));
    const auto &cellarItems = std::get<QXmppPubSubManager::Items<RawItem>>(stored.result()).items;
    QVERIFY2(cellarItems.size() >= 30, qPrintable(QString::number(cellarItems.size())));
    QVERIFY(cellarItems.first().payload.contains(QStringLiteral("bn=\"cellar:\"")));

    // Publishing rate: 3 devices at 4 Hz.
    QTRY_VERIFY(!fleet.last(QStringLiteral("progress")).isEmpty());
    const QJsonObject before = fleet.last(QStringLiteral("progress"));
    QTest::qWait(2000);
    const QJsonObject after = fleet.last(QStringLiteral("progress"));
    const double rate = (after.value(u"acked").toDouble() - before.value(u"acked").toDouble())
        / (after.value(u"t").toDouble() - before.value(u"t").toDouble());
    QVERIFY2(rate > 10 && rate < 14, qPrintable(QString::number(rate)));
    QCOMPARE(after.value(u"errors").toInt(), 0);

    // Offline and back, as the watcher sees it.
    fleet.process.write("offline cellar\n");
    QTRY_VERIFY_WITH_TIMEOUT(roster->getAllPresencesForBareJid(cellar).isEmpty()
                                 || roster->getAllPresencesForBareJid(cellar).first().type() == QXmppPresence::Unavailable,
                             5000);
    fleet.process.write("online cellar\n");
    QTRY_VERIFY_WITH_TIMEOUT(roster->getAllPresencesForBareJid(cellar).value(QStringLiteral("sensor")).type() == QXmppPresence::Available, 10000);

    fleet.process.write("stop\n");
    QVERIFY(fleet.process.waitForFinished(10000));
    QVERIFY2(fleet.process.exitCode() == 0, qPrintable(fleet.stderrText()));  // its warnings say why
    QCOMPARE(fleet.last(QStringLiteral("done")).value(u"errors").toInt(), 0);
    watcher.disconnectFromServer();
}

void TestDeviceFleet::bigFleetLogsIn()
{
    const int count = qEnvironmentVariableIntValue("LINNET_FLEET_BIG");
    if (count <= 0)
        QSKIP("set LINNET_FLEET_BIG=1000 to log in a big fleet");
    const double serverCpuBefore = prosodyCpuSeconds(*m_server);
    FleetProcess fleet;
    fleet.process.start(QStringLiteral(LINNET_DEVICESIM),
                        fleetArgs(count) + QStringList{QStringLiteral("--seconds"), QStringLiteral("10"), QStringLiteral("--rate"),
                                                       qEnvironmentVariable("LINNET_FLEET_RATE", QStringLiteral("1"))});
    const bool ended = QTest::qWaitFor([&] { return fleet.process.state() == QProcess::NotRunning; }, 180000);
    qInfo("Prosody used %.2f s of CPU", prosodyCpuSeconds(*m_server) - serverCpuBefore);
    qInfo().noquote() << "last progress:" << QJsonDocument(fleet.last(QStringLiteral("progress"))).toJson(QJsonDocument::Compact);
    qInfo().noquote() << "stderr:" << fleet.stderrText().right(3000);
    QVERIFY(ended);
    const QJsonObject accounts = fleet.last(QStringLiteral("accounts"));
    const QJsonObject ready = fleet.last(QStringLiteral("ready"));
    const QJsonObject done = fleet.last(QStringLiteral("done"));
    qInfo().noquote() << "accounts:" << QJsonDocument(accounts).toJson(QJsonDocument::Compact);
    qInfo().noquote() << "ready:" << QJsonDocument(ready).toJson(QJsonDocument::Compact);
    qInfo().noquote() << "done:" << QJsonDocument(done).toJson(QJsonDocument::Compact);
    QVERIFY2(!ready.isEmpty(), qPrintable(fleet.stderrText()));
    QCOMPARE(ready.value(u"devices").toInt(), count);
    QCOMPARE(done.value(u"errors").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDeviceFleet)
#include "tst_devicefleet.moc"
