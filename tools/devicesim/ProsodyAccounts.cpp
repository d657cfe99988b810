#include "ProsodyAccounts.h"

#include "ProsodyFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QSaveFile>
#include <QUuid>

using linnet::test::luaQuote;
using linnet::test::prosodyDataFile;

namespace devicesim {

namespace {

// RFC 7677's minimum; Prosody accepts any stored count (its own default is 10,000). Every
// login runs the derivation on the client, so for a thousand devices logging in at once the
// smaller count matters.
constexpr int Iterations = 4096;

struct ScramKeys {
    QByteArray salt;
    QByteArray storedKeyHex;
    QByteArray serverKeyHex;
};

// SCRAM-SHA-1 (RFC 5802) as Prosody's util.sasl.scram getAuthenticationDatabaseSHA1 does it.
// Prosody saslpreps the password first; ours are ASCII, where that changes nothing.
ScramKeys deriveKeys(const QString &password, const QByteArray &salt)
{
    const QByteArray salted =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha1, password.toUtf8(), salt, Iterations, 20);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha1);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha1);
    return {salt, QCryptographicHash::hash(clientKey, QCryptographicHash::Sha1).toHex(), serverKey.toHex()};
}

QByteArray newSalt()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);  // Prosody's salts are UUIDs too
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeAccount(const QString &dataDir, const QString &domain, const QString &user, const ScramKeys &keys, QString *error)
{
    const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    // The keyval store format of util/datamanager.lua: a Lua chunk returning the table.
    const QByteArray lua = "return {\n\t[\"iteration_count\"] = " + QByteArray::number(Iterations) + ";\n\t[\"salt\"] = "
        + luaQuote(QString::fromLatin1(keys.salt)).toUtf8() + ";\n\t[\"stored_key\"] = \"" + keys.storedKeyHex
        + "\";\n\t[\"server_key\"] = \"" + keys.serverKeyHex + "\";\n\t[\"created\"] = " + now + ";\n\t[\"updated\"] = " + now
        + ";\n};\n";
    return writeFile(prosodyDataFile(dataDir, domain, user, QStringLiteral("accounts")), lua, error);
}

QByteArray rosterEntry(const RosterContact &c)
{
    QByteArray lua = "\t[" + luaQuote(c.jid).toUtf8() + "] = {\n\t\t[\"subscription\"] = \"both\";\n";
    if (!c.name.isEmpty())
        lua += "\t\t[\"name\"] = " + luaQuote(c.name).toUtf8() + ";\n";
    // Groups are a set in core/rostermanager.lua: { [name] = true }.
    lua += c.group.isEmpty() ? QByteArray("\t\t[\"groups\"] = {};\n")
                             : "\t\t[\"groups\"] = { [" + luaQuote(c.group).toUtf8() + "] = true };\n";
    return lua + "\t};\n";
}

}  // namespace

bool writeProsodyAccount(const QString &dataDir, const QString &domain, const QString &user, const QString &password,
                         QString *error)
{
    return writeAccount(dataDir, domain, user, deriveKeys(password, newSalt()), error);
}

bool addRosterContacts(const QString &dataDir, const QString &domain, const QString &owner,
                       const QList<RosterContact> &contacts, QString *error)
{
    const QString path = prosodyDataFile(dataDir, domain, owner, QStringLiteral("roster"));
    QByteArray lua;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        lua = existing.readAll();
        // "return { ... };": the new entries go before the table's closing brace.
        const qsizetype close = lua.lastIndexOf('}');
        if (!lua.startsWith("return") || close < 0) {
            if (error)
                *error = QStringLiteral("%1 does not look like a Prosody roster file").arg(path);
            return false;
        }
        lua.truncate(close);
    } else {
        lua = "return {\n\t[false] = {\n\t\t[\"version\"] = 1;\n\t\t[\"pending\"] = {};\n\t};\n";
    }
    for (const RosterContact &c : contacts)
        lua += rosterEntry(c);
    lua += "};\n";
    return writeFile(path, lua, error);
}

bool writeFleetAccounts(const QString &dataDir, const QString &domain, const QList<DeviceSpec> &devices,
                        const QString &password, const QStringList &watchers, FleetAccountsResult *result,
                        QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const ScramKeys keys = deriveKeys(password, newSalt());
    QList<RosterContact> watcherContacts;
    for (const QString &watcher : watchers)
        watcherContacts.append({watcher + QLatin1Char('@') + domain, {}, {}});
    QList<RosterContact> deviceContacts;
    int entries = 0;
    for (const DeviceSpec &device : devices) {
        if (!writeAccount(dataDir, domain, device.id, keys, error))
            return false;
        // A device restarted on a kept data directory starts from a clean roster.
        QFile::remove(prosodyDataFile(dataDir, domain, device.id, QStringLiteral("roster")));
        if (!watcherContacts.isEmpty() && !addRosterContacts(dataDir, domain, device.id, watcherContacts, error))
            return false;
        entries += int(watcherContacts.size());
        deviceContacts.append({device.id + QLatin1Char('@') + domain, device.title, QStringLiteral("Devices")});
    }
    for (const QString &watcher : watchers) {
        if (!addRosterContacts(dataDir, domain, watcher, deviceContacts, error))
            return false;
        entries += int(deviceContacts.size());
    }
    if (result)
        *result = {int(devices.size()), entries, timer.elapsed()};
    return true;
}

}  // namespace devicesim
