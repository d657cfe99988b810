#include "DemoFiles.h"

#include "DemoCast.h"
#include "ProsodyServer.h"
#include "account/AccountConfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

namespace demo {

bool writeDemoJson(const QString &file, const ProsodyServer &server, const QList<devicesim::DeviceSpec> &devices,
                   const QString &devicePassword, QString *error)
{
    QJsonArray accounts;
    for (const ProsodyAccount &account : server.options().accounts)
        accounts.append(QJsonObject{{QStringLiteral("jid"), server.jid(account.user)}, {QStringLiteral("password"), account.password}});
    QJsonArray deviceList;
    for (const devicesim::DeviceSpec &device : devices) {
        deviceList.append(QJsonObject{{QStringLiteral("jid"), server.jid(device.id)},
                                      {QStringLiteral("node"), device.id},
                                      {QStringLiteral("title"), device.title},
                                      {QStringLiteral("password"), devicePassword}});
    }
    const QJsonObject root{{QStringLiteral("host"), server.host()},
                           {QStringLiteral("port"), int(server.c2sPort())},
                           {QStringLiteral("domain"), server.domain()},
                           {QStringLiteral("accounts"), accounts},
                           {QStringLiteral("pubsub"), server.pubsubJid()},
                           {QStringLiteral("devices"), deviceList}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

namespace {

// A fresh, empty profile directory: no history or settings left over from an earlier server.
bool freshDir(const QString &profileDir, QString *error)
{
    QDir dir(profileDir);
    if ((dir.exists() && !dir.removeRecursively()) || !QDir().mkpath(profileDir)) {
        *error = QStringLiteral("cannot create a fresh profile in %1").arg(profileDir);
        return false;
    }
    return true;
}

AccountConfig account(const ProsodyServer &server, const QString &user, const QStringList &resources)
{
    AccountConfig config;
    config.jid = server.jid(user);
    for (const Person &person : kCast) {
        if (person.user == user)
            config.displayName = person.name;
    }
    config.host = server.host();
    config.port = server.c2sPort();
    for (const QString &resource : resources)
        config.sessions << SessionConfig{resource, true};
    return config;
}

bool save(const QString &profileDir, const QList<AccountConfig> &accounts, QString *error)
{
    QSettings ini(QDir(profileDir).filePath(QStringLiteral("linnet.ini")), QSettings::IniFormat);
    AccountConfig::saveAll(ini, accounts);
    if (ini.status() != QSettings::NoError) {
        *error = QStringLiteral("cannot write %1").arg(ini.fileName());
        return false;
    }
    return true;
}

}  // namespace

bool writeProfile(const QString &profileDir, const ProsodyServer &server, QString *error)
{
    if (!freshDir(profileDir, error))
        return false;
    // The server and its CA vanish with the demo; the profile keeps its own copy of the CA.
    const QString ca = QDir(profileDir).absoluteFilePath(QStringLiteral("ca.pem"));
    if (!QFile::copy(server.caCertificateFile(), ca)) {
        *error = QStringLiteral("cannot copy the CA certificate to %1").arg(ca);
        return false;
    }
    AccountConfig user = account(server, kCast.first().user, kResources);
    user.caCertificatesFile = ca;
    AccountConfig second = account(server, kSecondAccount, {kSecondResource});
    second.caCertificatesFile = ca;
    return save(profileDir, {user, second}, error);
}

bool writeUntrustingProfile(const QString &profileDir, const ProsodyServer &server, bool changed, QString *error)
{
    if (!freshDir(profileDir, error))
        return false;
    AccountConfig user = account(server, kCast.first().user, {kResources.first()});
    if (changed)  // a certificate trusted before, which the server no longer shows
        user.pinnedSha256 = {QCryptographicHash::hash("an earlier certificate", QCryptographicHash::Sha256)};
    return save(profileDir, {user}, error);
}

}  // namespace demo
