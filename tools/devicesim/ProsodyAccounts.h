// Accounts and rosters for a simulated fleet, written straight into the file store of a Prosody
// that runs with authentication = "internal_hashed" and storage = "internal" (the fixture's,
// tests/support/ProsodyServer). `prosodyctl register` starts a Lua process per account (about
// 0.1 s each); this writes a thousand accounts in well under a second, and Prosody reads them
// at the next login, while it runs or not.
//
// The accounts hold SCRAM-SHA-1 keys exactly as Prosody's create_user() computes them (a salt,
// an iteration count, StoredKey and ServerKey in hex), never the password. Devices of one fleet
// share one password, so they share one salt too and the key derivation runs once.
#pragma once

#include "Signals.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace devicesim {

struct RosterContact {
    QString jid;          // bare JID
    QString name;         // roster name (may be empty)
    QString group;        // one roster group (may be empty)
};

struct FleetAccountsResult {
    int accounts = 0;
    int rosterEntries = 0;
    qint64 elapsedMs = 0;
};

// Writes (or replaces) the account user@domain with password.
bool writeProsodyAccount(const QString &dataDir, const QString &domain, const QString &user, const QString &password,
                         QString *error);

// Adds contacts (subscription "both") to owner's roster file, keeping what it holds already.
bool addRosterContacts(const QString &dataDir, const QString &domain, const QString &owner,
                       const QList<RosterContact> &contacts, QString *error);

// Every device an account with password; each device and each watcher (local parts on domain,
// e.g. "sensors", "alice") in each other's roster with subscription "both": the device under its
// title in the watcher's group "Devices", so presence flows both ways without anyone asking.
bool writeFleetAccounts(const QString &dataDir, const QString &domain, const QList<DeviceSpec> &devices,
                        const QString &password, const QStringList &watchers, FleetAccountsResult *result,
                        QString *error);

}  // namespace devicesim
