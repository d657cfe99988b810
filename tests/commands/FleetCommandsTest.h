// The fixture of tst_fleetcommands (its test functions live in tst_fleetcommands.cpp and,
// those about presence, in tst_fleetcommands_presence.cpp): Prosody, a fleet of simulated
// devices, alice on their allow-list and bob who only watches them.
#pragma once

#include "FleetProcess.h"
#include "RunnerTestSupport.h"
#include "commands/CommandsController.h"

#include <QObject>

#include <memory>

class TestFleetCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<FleetProcess> m_fleet;
    std::unique_ptr<AccountHarness> m_alice;  // on the allow-list
    std::unique_ptr<AccountHarness> m_bob;    // watches the devices, not allowed to command them

    QString device(const QString &id) const { return id + QLatin1Char('@') + m_server->domain(); }
    bool seesDevice(const AccountHarness &harness, const QString &id) const
    {
        return harness.account()->commands()->targets(device(id)).contains(device(id) + QStringLiteral("/sensor"));
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsTheDevicesCommands();
    void statusTable();
    void everyFieldType();
    void oneStepWithValidation();
    void booleanToggle();
    void multiStepWithPrev();
    void forbiddenForOthers();
    void deviceGoesOfflineMidSession();
    void offlineDeviceIsNotAsked();
    void historyRowsWritten();
    void rebootAndTheListFollowsPresence();
};

