// The demo's AMQP side (issue 13): a RabbitMQ broker (tests/support/RabbitMqServer) with a
// readings queue, a command queue per device and a queue for the app's replies, and three
// devices on it (linnet-devicesim --amqp: press-1, kiln-2, chiller-3). demo.json gets
//   "amqp": {"url", "user", "password", "ca", "certificate_sha256", "queues": [names],
//            "sources": ["/queues/sensors"], "replies": "/queues/linnet.replies",
//            "devices": [{"name", "title", "commands"}]}
#include "AmqpDevice.h"
#include "ChildProcess.h"
#include "Demo.h"
#include "DemoCast.h"
#include "DemoFiles.h"
#include "ProsodyServer.h"
#include "RabbitMqServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace {

const QString kAmqpUser = QStringLiteral("devices");
const QString kReadingsQueue = QStringLiteral("sensors");
// Where the app's command requests ask for their replies (RabbitMQ 4.0 has no direct reply-to
// for AMQP 1.0 clients): the queue linnet.replies.<connection name> the app reads, declared here.
const QString kRepliesQueue = QStringLiteral("linnet.replies.") + demo::kAmqpBroker;
// Proton (the devices' client) checks the broker's certificate by DNS name only: the name the
// build root resolves to 127.0.0.1 and the fixture's certificate carries.
const QString kTlsName = QStringLiteral("linnet.test");

}  // namespace

bool Demo::prepareAmqp(QString *error)
{
    const QList<devicesim::DeviceSpec> devices = devicesim::amqp::demoDevices();
    RabbitMqOptions options;
    m_amqpPassword = QStringLiteral("amqp-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    options.users = {{kAmqpUser, m_amqpPassword, QString()}};
    options.queues = {kReadingsQueue, kRepliesQueue};
    for (const devicesim::DeviceSpec &d : devices)
        options.queues.append(d.id + QStringLiteral(".commands"));
    m_rabbit = std::make_unique<RabbitMqServer>(options);
    if (!m_rabbit->start(error)) {
        *error = QStringLiteral("RabbitMQ did not start: %1").arg(*error);
        return false;
    }
    qCInfo(lcDemo).noquote() << "RabbitMQ on" << m_rabbit->url().toString();

    // The CA next to demo.json, as for the XMPP server; the fingerprint as the trust dialog shows it.
    const QString ca = path(QStringLiteral("ca-amqp.pem"));
    QFile::remove(ca);
    if (!QFile::copy(m_rabbit->caCertificateFile(), ca)) {
        *error = QStringLiteral("cannot copy the CA certificate to %1").arg(ca);
        return false;
    }
    QJsonObject amqp{{QStringLiteral("url"), m_rabbit->url().toString()},
                     {QStringLiteral("user"), kAmqpUser},
                     {QStringLiteral("password"), m_amqpPassword},
                     {QStringLiteral("ca"), ca},
                     {QStringLiteral("queues"), QJsonArray::fromStringList(options.queues)},
                     {QStringLiteral("sources"), QJsonArray{RabbitMqServer::queueAddress(kReadingsQueue)}},
                     {QStringLiteral("replies"), RabbitMqServer::queueAddress(kRepliesQueue)}};
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(
        QFileInfo(m_rabbit->caCertificateFile()).absoluteDir().absoluteFilePath(QStringLiteral("server.pem")));
    if (!leaf.isEmpty())
        amqp.insert(QStringLiteral("certificate_sha256"), QString::fromLatin1(leaf.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QJsonArray deviceList;
    for (const devicesim::DeviceSpec &d : devices) {
        deviceList.append(QJsonObject{{QStringLiteral("name"), d.id}, {QStringLiteral("title"), d.title},
                                      {QStringLiteral("commands"), devicesim::amqp::commandAddress(d.id)}});
    }
    amqp.insert(QStringLiteral("devices"), deviceList);

    // Into the demo.json the XMPP part wrote (before anyone is told where it is).
    const QString file = path(QStringLiteral("demo.json"));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file, in.errorString());
        return false;
    }
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    root.insert(QStringLiteral("amqp"), amqp);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }

    // The app's user reads the broker too (its password goes to the keychain in storePasswords()),
    // so the dashboard charts a device on RabbitMQ beside those on Prosody.
    AmqpSettings broker;
    broker.name = demo::kAmqpBroker;
    broker.url = m_rabbit->url();
    broker.user = kAmqpUser;
    broker.caCertificatesFile = ca;
    broker.sources = {RabbitMqServer::queueAddress(kReadingsQueue)};
    return demo::addBroker(path(QStringLiteral("profile")), m_server->jid(demo::kCast.first().user), broker, error);
}

void Demo::startAmqpDevices()
{
    QStringList args{QStringLiteral("--amqp"), QStringLiteral("amqps://%1:%2").arg(kTlsName).arg(m_rabbit->port()),
                     QStringLiteral("--amqp-user"), kAmqpUser, QStringLiteral("--amqp-ca"), m_rabbit->caCertificateFile(),
                     QStringLiteral("--amqp-address"), RabbitMqServer::queueAddress(kReadingsQueue),
                     QStringLiteral("--progress-ms"), QStringLiteral("10000"), QStringLiteral("--history-seconds"),
                     QString::number(demo::kHistorySeconds)};
    for (const devicesim::DeviceSpec &d : devicesim::amqp::demoDevices())
        args << QStringLiteral("--device") << d.id;
    ChildProcess *devices = startChild(QStringLiteral("amqp-devices"), m_options.devicesim, args, m_amqpPassword.toUtf8() + '\n');
    connect(devices, &ChildProcess::lineReceived, this, &Demo::onAmqpDevicesLine);
}

void Demo::onAmqpDevicesLine(const QString &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
    const QString type = o.value(u"type").toString();
    if (type == u"ready") {
        qCInfo(lcDemo).noquote() << o.value(u"devices").toArray().size() << "AMQP devices online";
        m_amqpReady = true;
        maybeAllReady();
    } else if (type == u"command") {
        qCInfo(lcDemo).noquote() << "AMQP command" << o.value(u"device").toString() << o.value(u"action").toString()
                                 << o.value(u"value").toString() << "->" << o.value(u"text").toString();
    } else if (type == u"connection") {
        qCInfo(lcDemo).noquote() << "AMQP devices: connection" << o.value(u"state").toString() << o.value(u"error").toString();
    }
}

void Demo::stopAmqp()
{
    if (!m_rabbit)
        return;
    const QString log = path(QStringLiteral("logs/rabbitmq.log"));
    QFile::remove(log);
    QFile::copy(m_rabbit->logFile(), log);
    m_rabbit->stop();
}
