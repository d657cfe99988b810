// Shared by tst_devicecommands.cpp (the fixture, listing, who may run what, reboot) and
// tst_devicecommands_forms.cpp (what each command's form asks and what it changes).
#pragma once

#include "CommandClient.h"
#include "FleetProcess.h"
#include "ProsodyServer.h"

#include <QDateTime>
#include <QDomElement>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppLogger.h>
#include <QXmppPubSubBaseItem.h>
#include <QXmppPubSubManager.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>

#include <algorithm>
#include <memory>

namespace devicecommandstest {

using namespace AdHoc;
using namespace Qt::StringLiterals;

inline const QString DevicePassword = QStringLiteral("device-secret");
inline constexpr int WaitMs = 15000;

// One published item: its time and sequence (from the id "<first ms>-<sequence>", see
// SimDevice::publish) and its records by name, value as sent (v or vb).
class ReadingItem : public QXmppPubSubBaseItem
{
public:
    qint64 timeMs() const { return id().section(QLatin1Char('-'), 0, 0).toLongLong(); }
    qint64 sequence() const { return id().section(QLatin1Char('-'), 1).toLongLong(); }
    QHash<QString, QString> records;

protected:
    void parsePayload(const QDomElement &element) override
    {
        for (QDomElement r = element.firstChildElement(QStringLiteral("senml")); !r.isNull(); r = r.nextSiblingElement(QStringLiteral("senml")))
            records.insert(r.attribute(QStringLiteral("n")), r.hasAttribute(QStringLiteral("vb")) ? r.attribute(QStringLiteral("vb")) : r.attribute(QStringLiteral("v")));
    }
};

// A logged-in account that runs commands (and sees presence and node items).
struct Requester {
    QXmppClient client;
    CommandClient *commands = new CommandClient;
    QXmppPubSubManager *pubsub = client.addNewExtension<QXmppPubSubManager>();
    bool rosterIn = false;

    Requester()
    {
        commands->setTimeout(std::chrono::milliseconds(WaitMs));
        client.addExtension(commands);
        if (qEnvironmentVariableIsSet("DEVICECOMMANDS_LOG")) {  // the requesters' stanzas, for a post-mortem
            auto *logger = new QXmppLogger(&client);
            logger->setLoggingType(QXmppLogger::StdoutLogging);
            client.setLogger(logger);
        }
        QObject::connect(client.findExtension<QXmppRosterManager>(), &QXmppRosterManager::rosterReceived, [this] { rosterIn = true; });
    }
    QXmppRosterManager *roster() { return client.findExtension<QXmppRosterManager>(); }
};

// The field with this var, or a failing placeholder.
inline FormField fieldOf(const std::optional<DataForm> &form, const QString &var)
{
    const FormField *f = form ? form->field(var) : nullptr;
    if (f)
        return *f;
    FormField missing;  // fails every check on a real field's type or value
    missing.type = FormField::Type::Fixed;
    missing.var = QStringLiteral("<missing %1>").arg(var);
    return missing;
}

inline QStringList noteTexts(const CommandSession &session)
{
    QStringList texts;
    for (const Note &note : session.notes())
        texts << note.text;
    return texts;
}

}  // namespace devicecommandstest

using namespace devicecommandstest;

class TestDeviceCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheCommands();
    void setIntervalChangesThePublishingRate();
    void relayShowsInTheNextItem();
    void thresholdsTakeTwoStepsAndCheckLowBelowHigh();
    void statusIsATable();
    void configureCoversEveryFieldType();
    void othersAreForbidden();
    void rebootGoesOfflineAndComesBack();
    void allowListReplacesTheWatchers();

private:
    QStringList fleetArgs() const;
    bool login(Requester &requester, const QString &user, const QString &password);
    // Starts node at the device and waits for the answer.
    std::unique_ptr<CommandSession> run(Requester &requester, const QString &node, const QString &jid = {});
    bool step(CommandSession &session, Action action, const std::optional<DataForm> &form = {});
    QList<ReadingItem> items(const QString &node);
    // Waits until the node has `count` items published at or after sinceMs; those, in order.
    QList<ReadingItem> itemsSince(const QString &node, qint64 sinceMs, int count);

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<FleetProcess> m_fleet;
    std::unique_ptr<Requester> m_watcher;  // "sensors": a --watcher, so allowed by default
    QString m_device;                      // greenhouse-1@DOMAIN/sensor
};
