#include "DemoFiles.h"

#include "DemoCast.h"
#include "ProsodyServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

namespace demo {

bool writeDemoJson(const QString &file, const ProsodyServer &server, QString *error)
{
    QJsonArray accounts;
    for (const ProsodyAccount &account : server.options().accounts)
        accounts.append(QJsonObject{{QStringLiteral("jid"), server.jid(account.user)}, {QStringLiteral("password"), account.password}});
    const QJsonObject root{{QStringLiteral("host"), server.host()},
                           {QStringLiteral("port"), int(server.c2sPort())},
                           {QStringLiteral("domain"), server.domain()},
                           {QStringLiteral("accounts"), accounts}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool writeProfile(const QString &profileDir, const ProsodyServer &server, const QString &user, QString *error)
{
    // A fresh profile each run: no history or settings left over from an earlier server.
    QDir dir(profileDir);
    if ((dir.exists() && !dir.removeRecursively()) || !QDir().mkpath(profileDir)) {
        *error = QStringLiteral("cannot create a fresh profile in %1").arg(profileDir);
        return false;
    }
    // The server and its CA vanish with the demo; the profile keeps its own copy of the CA.
    const QString ca = QDir(dir.absolutePath()).filePath(QStringLiteral("ca.pem"));
    if (!QFile::copy(server.caCertificateFile(), ca)) {
        *error = QStringLiteral("cannot copy the CA certificate to %1").arg(ca);
        return false;
    }
    QSettings ini(dir.filePath(QStringLiteral("linnet.ini")), QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("account"));
    ini.setValue(QStringLiteral("jid"), server.jid(user));
    ini.setValue(QStringLiteral("host"), server.host());
    ini.setValue(QStringLiteral("port"), int(server.c2sPort()));
    ini.setValue(QStringLiteral("resource"), kResource);
    ini.setValue(QStringLiteral("caCertificatesFile"), ca);
    ini.endGroup();
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        *error = QStringLiteral("cannot write %1").arg(ini.fileName());
        return false;
    }
    return true;
}

}  // namespace demo
