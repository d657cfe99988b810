// The fleet's ad-hoc commands, run the way Linnet runs them: the real
// linnet-devicesim process against the fixture's Prosody, linnet_adhoc's CommandClient and
// CommandSession as the requester. What a command changes is checked where it shows: in the
// published items (relay, interval), in presence (reboot) and in the status command.
#include "DeviceCommandsTest.h"

void TestDeviceCommands::initTestCase()
{
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("sensors"), QStringLiteral("watch"), QStringLiteral("Sensors")},
                        {QStringLiteral("stranger"), QStringLiteral("pw"), QStringLiteral("Stranger")},
                        {QStringLiteral("operator"), QStringLiteral("pw"), QStringLiteral("Operator")}};
    m_server = std::make_unique<ProsodyServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    // Two devices at 2 items a second: greenhouse-1 takes the commands, greenhouse-2 reboots.
    m_fleet = std::make_unique<FleetProcess>();
    m_fleet->process.start(QStringLiteral(LINNET_DEVICESIM), fleetArgs() + QStringList{QStringLiteral("--fleet"), QStringLiteral("2"),
                                                                                         QStringLiteral("--watcher"), QStringLiteral("sensors"),
                                                                                         QStringLiteral("--rate"), QStringLiteral("2")});
    QVERIFY(QTest::qWaitFor([&] { return !m_fleet->last(QStringLiteral("ready")).isEmpty() || m_fleet->process.state() == QProcess::NotRunning; }, 20000));
    QVERIFY2(!m_fleet->last(QStringLiteral("ready")).isEmpty(), qPrintable(m_fleet->stderrText()));
    m_device = QStringLiteral("greenhouse-1@%1/sensor").arg(m_server->domain());

    m_watcher = std::make_unique<Requester>();
    QVERIFY(login(*m_watcher, QStringLiteral("sensors"), QStringLiteral("watch")));
    QTRY_VERIFY_WITH_TIMEOUT(m_watcher->rosterIn, WaitMs);
}

void TestDeviceCommands::cleanupTestCase()
{
    if (m_watcher)
        m_watcher->client.disconnectFromServer();
    if (m_fleet && m_fleet->process.state() == QProcess::Running) {
        m_fleet->process.write("stop\n");
        QVERIFY(m_fleet->process.waitForFinished(10000));
        QCOMPARE(m_fleet->process.exitCode(), 0);
    }
    if (m_fleet && qEnvironmentVariableIsSet("DEVICECOMMANDS_LOG"))
        qInfo().noquote() << "fleet's log:\n" << m_fleet->stderrText();
}

QStringList TestDeviceCommands::fleetArgs() const
{
    return {QStringLiteral("--domain"), m_server->domain(), QStringLiteral("--host"), m_server->host(),
            QStringLiteral("--port"), QString::number(m_server->c2sPort()), QStringLiteral("--ca"), m_server->caCertificateFile(),
            QStringLiteral("--password"), DevicePassword, QStringLiteral("--prosody-data"), m_server->dataDir(),
            QStringLiteral("--progress-ms"), QStringLiteral("0")};
}

bool TestDeviceCommands::login(Requester &requester, const QString &user, const QString &password)
{
    requester.client.connectToServer(m_server->clientConfiguration(user, password, QStringLiteral("test")));
    return QTest::qWaitFor([&] { return requester.client.isConnected(); }, WaitMs);
}

std::unique_ptr<CommandSession> TestDeviceCommands::run(Requester &requester, const QString &node, const QString &jid)
{
    auto session = std::make_unique<CommandSession>(requester.commands, jid.isEmpty() ? m_device : jid, node);
    if (session->start())
        (void)QTest::qWaitFor([&] { return !session->isBusy(); }, WaitMs + 1000);  // the caller checks the state
    return session;
}

bool TestDeviceCommands::step(CommandSession &session, Action action, const std::optional<DataForm> &form)
{
    if (!session.perform(action, form ? std::optional(form->toSubmit()) : std::nullopt))
        return false;
    return QTest::qWaitFor([&] { return !session.isBusy(); }, WaitMs + 1000);
}

QList<ReadingItem> TestDeviceCommands::items(const QString &node)
{
    auto task = m_watcher->pubsub->requestItems<ReadingItem>(m_server->pubsubJid(), node);
    if (!QTest::qWaitFor([&] { return task.isFinished(); }, WaitMs))
        return {};
    const auto *result = std::get_if<QXmppPubSubManager::Items<ReadingItem>>(&task.result());
    if (!result)
        return {};
    QList<ReadingItem> list = result->items;
    std::sort(list.begin(), list.end(), [](const ReadingItem &a, const ReadingItem &b) { return a.sequence() < b.sequence(); });
    return list;
}

QList<ReadingItem> TestDeviceCommands::itemsSince(const QString &node, qint64 sinceMs, int count)
{
    QList<ReadingItem> since;
    (void)QTest::qWaitFor([&] {  // the caller checks how many came
        since.clear();
        for (const ReadingItem &item : items(node)) {
            if (item.timeMs() >= sinceMs)
                since << item;
        }
        if (since.size() >= count)
            return true;
        QTest::qWait(250);
        return false;
    }, 30000);
    return since.mid(0, count);
}

void TestDeviceCommands::listsTheCommands()
{
    auto task = m_watcher->commands->listCommands(m_device);
    QVERIFY(QTest::qWaitFor([&] { return task.isFinished(); }, WaitMs));
    const auto *list = std::get_if<QList<CommandInfo>>(&task.result());
    QVERIFY(list);
    QHash<QString, QString> names;
    for (const CommandInfo &info : *list) {
        names.insert(info.node, info.name);
        QCOMPARE(info.jid, m_device);
    }
    const QHash<QString, QString> expected{{QStringLiteral("set-interval"), QStringLiteral("Set reporting interval")},
                                           {QStringLiteral("relay"), QStringLiteral("Switch relay")},
                                           {QStringLiteral("thresholds"), QStringLiteral("Set alarm thresholds")},
                                           {QStringLiteral("reboot"), QStringLiteral("Reboot")},
                                           {QStringLiteral("status"), QStringLiteral("Get status")},
                                           {QStringLiteral("configure"), QStringLiteral("Device settings")}};
    QCOMPARE(names, expected);
}

void TestDeviceCommands::othersAreForbidden()
{
    Requester stranger;
    QVERIFY(login(stranger, QStringLiteral("stranger"), QStringLiteral("pw")));
    auto list = stranger.commands->listCommands(m_device);
    QVERIFY(QTest::qWaitFor([&] { return list.isFinished(); }, WaitMs));
    const auto *commands = std::get_if<QList<CommandInfo>>(&list.result());
    QVERIFY(commands);
    QVERIFY(commands->isEmpty());

    for (const QString &node : {QStringLiteral("relay"), QStringLiteral("status")}) {
        auto session = run(stranger, node);
        QCOMPARE(session->state(), CommandSession::State::Failed);
        QVERIFY(session->lastError());
        QCOMPARE(session->lastError()->kind, CommandError::Kind::Stanza);
        QCOMPARE(session->lastError()->stanzaError.condition(), QXmppStanza::Error::Forbidden);
    }
    stranger.client.disconnectFromServer();
}

void TestDeviceCommands::rebootGoesOfflineAndComesBack()
{
    const QString bare = QStringLiteral("greenhouse-2@") + m_server->domain();
    const QString device = bare + QStringLiteral("/sensor");
    auto *roster = m_watcher->roster();
    auto available = [&] {
        // An unavailable resource is dropped from the map (value() would then be a default,
        // "available", presence).
        const auto presences = roster->getAllPresencesForBareJid(bare);
        return presences.contains(QStringLiteral("sensor")) && presences.value(QStringLiteral("sensor")).type() == QXmppPresence::Available;
    };
    QTRY_VERIFY_WITH_TIMEOUT(available(), WaitMs);
    bool wentAway = false;
    connect(roster, &QXmppRosterManager::presenceChanged, this, [&](const QString &jid, const QString &) {
        wentAway = wentAway || (jid == bare && !available());
    });

    auto session = run(*m_watcher, QStringLiteral("reboot"), device);
    QCOMPARE(session->state(), CommandSession::State::Completed);
    QCOMPARE(noteTexts(*session), QStringList{QStringLiteral("Rebooting; back in about 5 s")});
    QTRY_VERIFY_WITH_TIMEOUT(wentAway, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(available(), 20000);
    // The fleet saw the spell too, and the device takes commands again.
    bool offline = false, online = false;
    for (const QJsonObject &line : std::as_const(m_fleet->lines)) {
        if (line.value(u"type").toString() == u"presence" && line.value(u"device").toString() == u"greenhouse-2")
            (line.value(u"online").toBool() ? online : offline) = true;
    }
    QVERIFY(offline && online);
    session = run(*m_watcher, QStringLiteral("status"), device);
    QCOMPARE(session->state(), CommandSession::State::Completed);
    QCOMPARE(session->form()->title(), QStringLiteral("Status of Greenhouse 2"));
}

void TestDeviceCommands::allowListReplacesTheWatchers()
{
    // Another device (numbered, so another account) whose allow-list names the operator only:
    // the watcher is then no longer allowed.
    FleetProcess fleet;
    fleet.process.start(QStringLiteral(LINNET_DEVICESIM),
                        fleetArgs() + QStringList{QStringLiteral("--fleet"), QStringLiteral("1"), QStringLiteral("--names"),
                                                  QStringLiteral("numbered"), QStringLiteral("--watcher"), QStringLiteral("sensors"),
                                                  QStringLiteral("--allow"), m_server->jid(QStringLiteral("operator"))});
    QVERIFY(QTest::qWaitFor([&] { return !fleet.last(QStringLiteral("ready")).isEmpty() || fleet.process.state() == QProcess::NotRunning; }, 20000));
    QVERIFY2(!fleet.last(QStringLiteral("ready")).isEmpty(), qPrintable(fleet.stderrText()));
    const QString device = QStringLiteral("dev-0001@%1/sensor").arg(m_server->domain());

    Requester operatorAccount;
    QVERIFY(login(operatorAccount, QStringLiteral("operator"), QStringLiteral("pw")));
    auto list = operatorAccount.commands->listCommands(device);
    QVERIFY(QTest::qWaitFor([&] { return list.isFinished(); }, WaitMs));
    QVERIFY(std::holds_alternative<QList<CommandInfo>>(list.result()));
    QCOMPARE(std::get<QList<CommandInfo>>(list.result()).size(), 6);
    auto session = run(operatorAccount, QStringLiteral("status"), device);
    QCOMPARE(session->state(), CommandSession::State::Completed);
    QCOMPARE(session->form()->title(), QStringLiteral("Status of Device 0001"));

    session = run(*m_watcher, QStringLiteral("status"), device);
    QCOMPARE(session->state(), CommandSession::State::Failed);
    QCOMPARE(session->lastError()->stanzaError.condition(), QXmppStanza::Error::Forbidden);
    operatorAccount.client.disconnectFromServer();
    fleet.process.write("stop\n");
    QVERIFY(fleet.process.waitForFinished(10000));
    QCOMPARE(fleet.process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestDeviceCommands)
