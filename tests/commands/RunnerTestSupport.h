// Helpers of the live command tests: a logged-in Account, a CommandRunner started and waited
// for, form fields by var, the history of a device.
#pragma once

#include "AccountHarness.h"
#include "LiveTest.h"
#include "commands/CommandHistoryModel.h"
#include "commands/CommandRunner.h"
#include "commands/DataFormModel.h"
#include "commands/NotesModel.h"

#include <QTest>

namespace RunnerTest {

inline int rowOf(const DataFormModel *model, const QString &var)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(DataFormModel::VarRole).toString() == var)
            return row;
    }
    return -1;
}

inline QVariant roleOf(const DataFormModel *model, const QString &var, int role)
{
    return model->index(rowOf(model, var)).data(role);
}

inline bool setField(CommandRunner &runner, const QString &var, const QVariant &value)
{
    const int row = rowOf(runner.form(), var);
    if (row < 0)
        return false;
    runner.form()->setValue(row, value);
    return true;
}

inline QString notesText(const CommandRunner &runner)
{
    return runner.notes()->text();
}

inline bool online(const AccountHarness &harness)
{
    return harness.account()->onlineSessions() > 0;
}

// user's account as the app runs it, logged in with the fixture's password, one session.
inline std::unique_ptr<AccountHarness> login(const ProsodyServer &server, const QString &user, const QString &resource)
{
    auto settings = LiveTest::settingsFor(server, user);
    settings.resource = resource;
    auto harness = std::make_unique<AccountHarness>(settings);
    harness->login(LiveTest::Password);
    if (!QTest::qWaitFor([&] { return online(*harness); }, 15000))
        return nullptr;
    return harness;
}

// Waits until the runner is not busy any more.
inline bool settle(const CommandRunner &runner, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return !runner.isBusy(); }, timeoutMs);
}

// Starts node at jid and waits for the first answer (or failure); false if it was not sent.
inline bool startRunner(CommandRunner &runner, AccountHarness &harness, const QString &jid, const QString &node,
                        const QString &name = {})
{
    runner.setAccount(harness.account());
    runner.setJid(jid);
    runner.setNode(node);
    runner.setName(name);
    if (!runner.start() || runner.state() != CommandRunner::State::Waiting || !runner.isBusy())
        return false;
    return settle(runner);
}

// What CommandHistoryModel loads for the device (newest first).
inline QList<CommandHistoryEntry> history(AccountHarness &harness, const QString &bareJid)
{
    CommandHistoryModel model;
    model.setAccount(harness.account());
    model.setDevice(bareJid);
    if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
        return {};
    return model.entries();
}

}  // namespace RunnerTest
