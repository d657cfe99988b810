#include "DemoFiles.h"

#include "DemoCast.h"
#include "ProsodyServer.h"
#include "account/AccountConfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSettings>
#include <QSslCertificate>

#include <cmath>

namespace demo {

namespace {

// One server's part of demo.json; its CA is copied next to it as caName.
bool serverJson(const QString &dir, const QString &caName, const ProsodyServer &server,
                const QList<devicesim::DeviceSpec> &devices, const QString &devicePassword, QJsonObject *out,
                QString *error)
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
    // The CA next to demo.json (the server's own copy vanishes with it), and the server
    // certificate's fingerprint as the app's trust dialog shows it, for a client to check.
    const QString ca = QDir(dir).absoluteFilePath(caName);
    QFile::remove(ca);
    if (!QFile::copy(server.caCertificateFile(), ca)) {
        *error = QStringLiteral("cannot copy the CA certificate to %1").arg(ca);
        return false;
    }
    // The fixture writes server.pem next to its ca.pem (TestCertificates.h, ProsodyFiles.h).
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(
        QFileInfo(server.caCertificateFile()).absoluteDir().absoluteFilePath(QStringLiteral("server.pem")));
    if (leaf.isEmpty()) {
        *error = QStringLiteral("cannot read the server certificate next to %1").arg(server.caCertificateFile());
        return false;
    }
    const QString sha256 = QString::fromLatin1(leaf.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    *out = QJsonObject{{QStringLiteral("host"), server.host()},
                       {QStringLiteral("ca"), ca},
                       {QStringLiteral("certificate_sha256"), sha256},
                       {QStringLiteral("port"), int(server.c2sPort())},
                       {QStringLiteral("domain"), server.domain()},
                       {QStringLiteral("accounts"), accounts},
                       {QStringLiteral("pubsub"), server.pubsubJid()},
                       {QStringLiteral("devices"), deviceList}};
    return true;
}

}  // namespace

bool writeDemoJson(const QString &file, const ProsodyServer &server, const QList<devicesim::DeviceSpec> &devices,
                   const QString &devicePassword, QString *error, const ProsodyServer *federated,
                   const QList<devicesim::DeviceSpec> &federatedDevices)
{
    const QString dir = QFileInfo(file).absolutePath();
    QJsonObject root;
    if (!serverJson(dir, QStringLiteral("ca.pem"), server, devices, devicePassword, &root, error))
        return false;
    if (federated) {
        QJsonObject other;
        if (!serverJson(dir, QStringLiteral("ca-federated.pem"), *federated, federatedDevices, devicePassword, &other, error))
            return false;
        root.insert(QStringLiteral("federated"), other);
    }
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

bool addBroker(const QString &profileDir, const QString &jid, const AmqpSettings &broker, QString *error)
{
    QList<AccountConfig> accounts;
    {
        QSettings ini(QDir(profileDir).filePath(QStringLiteral("linnet.ini")), QSettings::IniFormat);
        accounts = AccountConfig::loadAll(ini);
    }
    for (auto &account : accounts) {
        if (account.jid == jid)
            account.amqp = {broker};
    }
    return save(profileDir, accounts, error);
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

namespace demo {

bool writeSharedPicture(const QString &file, QString *error)
{
    QImage image(960, 600, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, image.height());
    sky.setColorAt(0, QColor(0xe8, 0xf4, 0xec));
    sky.setColorAt(1, QColor(0xc9, 0xe6, 0xd3));
    painter.fillRect(image.rect(), sky);
    painter.setPen(QPen(QColor(255, 255, 255, 150), 2));
    for (int y = 100; y < image.height(); y += 100)
        painter.drawLine(0, y, image.width(), y);
    // An hour of humidity: a rise that settles, sampled every few pixels.
    QPainterPath curve;
    for (int x = 0; x <= image.width(); x += 8) {
        const double t = double(x) / image.width();
        const double value = 0.62 + 0.18 * std::exp(-6 * t) * std::cos(14 * t) + 0.01 * std::sin(60 * t);
        const QPointF point(x, image.height() * (1.0 - value) + 120);
        x == 0 ? curve.moveTo(point) : curve.lineTo(point);
    }
    QPainterPath area = curve;
    area.lineTo(image.width(), image.height());
    area.lineTo(0, image.height());
    area.closeSubpath();
    QLinearGradient fill(0, 200, 0, image.height());
    fill.setColorAt(0, QColor(0x2e, 0x9e, 0x6a, 170));
    fill.setColorAt(1, QColor(0x2e, 0x9e, 0x6a, 30));
    painter.fillPath(area, fill);
    painter.setPen(QPen(QColor(0x1f, 0x7a, 0x50), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(curve);
    painter.end();
    if (!image.save(file, "PNG")) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    return true;
}

bool writeBotScript(const QString &file, const QStringList &script, const QString &dir, QString *error)
{
    QStringList lines;
    for (const QString &line : script) {
        if (!line.startsWith(u"file:")) {
            lines << line;
            continue;
        }
        const QString picture = QDir(dir).filePath(line.mid(5));
        if (!writeSharedPicture(picture, error))
            return false;
        lines << QStringLiteral("file:") + picture;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(lines.join(QLatin1Char('\n')).toUtf8()) < 0 || !out.commit()) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    return true;
}

}  // namespace demo
