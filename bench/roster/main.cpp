// bench-roster: a large roster (issue 10: 5,000 contacts) as the app shows it, against the
// fixture's Prosody with the roster already on the server. Measures, for two logins in a row
// (each a fresh Account, as after an app restart):
//   - connected (the session online) to the roster list painted: RosterList (module Linnet)
//     in a QQuickView, up to the first frame swapped after the list has its contact rows;
//   - the anchor: a plain QXmppClient, connected to its QXmppRosterManager's rosterReceived;
//   - roster items the second login received (XEP-0237 would make that 0 for an unchanged
//     roster), and, as the anchor, what the server sends a plain client that asks with the
//     roster's current 'ver' (the server's side of versioning).
// Prints JSON lines: {"type":"result", ...} or {"type":"error","error":...}.
//
//   bench-roster --host H --port P --ca FILE --domain D --user U --contacts N --ver V  (password on stdin)
#include "ToolIo.h"
#include "account/Account.h"
#include "account/Session.h"
#include "net/NetworkThread.h"
#include "roster/RosterListModel.h"
#include "roster/RosterModel.h"
#include "roster/RosterVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDomElement>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QMetaEnum>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QTextStream>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppRosterIq.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

namespace {
struct Login {
    double onlineMs = -1;   // connectAll to the session online
    double loadedMs = -1;   // online to the roster model loaded
    double paintedMs = -1;  // online to the first frame with the rows
    int rows = 0;
    int itemsReceived = -1;  // roster items the server sent (0: unchanged since the cached version)
    QString answer;          // RosterVersion's: "Unchanged" or "Full"
};

// One app start: Account + RosterList in a window, until the rows are painted.
// cacheDir: the profile's cache folder, where the roster and its version are kept.
Login appLogin(const AccountConfig &config, const QString &password, NetworkThread *network, int contacts, const QString &cacheDir)
{
    Login result;
    Account account(config, network);
    account.roster()->setStorage(config.jid, {}, cacheDir);
    auto *version = account.sessions().constFirst()->client()->findExtension<RosterVersion>();
    if (!version)
        failJson(QStringLiteral("the session has no RosterVersion: QXmpp's roster request was not taken over"));
    QQuickView view;
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(320, 900);
    view.setInitialProperties({{QStringLiteral("account"), QVariant::fromValue(&account)}});
    view.loadFromModule("Linnet", "RosterList");
    if (view.status() != QQuickView::Ready)
        failJson(QStringLiteral("RosterList did not load: %1").arg(view.errors().value(0).toString()));
    auto *rows = view.rootObject()->property("rows").value<RosterListModel *>();
    if (!rows)
        failJson(QStringLiteral("RosterList has no rows model"));
    view.show();

    QElapsedTimer clock;
    qint64 onlineNs = -1, loadedNs = -1, paintedNs = -1;
    bool rowsIn = false;
    QObject::connect(&account, &Account::onlineSessionsChanged, &account, [&] {
        if (onlineNs < 0 && account.onlineSessions() > 0)
            onlineNs = clock.nsecsElapsed();
    });
    QObject::connect(account.roster(), &RosterModel::loadedChanged, &account, [&] { loadedNs = clock.nsecsElapsed(); });
    QObject::connect(rows, &RosterListModel::layoutRebuilt, &account, [&] {
        if (rows->contactCount() > 0)
            rowsIn = true;
    });
    QObject::connect(&view, &QQuickWindow::frameSwapped, &account, [&] {
        if (rowsIn && paintedNs < 0)
            paintedNs = clock.nsecsElapsed();
    }, Qt::DirectConnection);
    clock.start();
    account.setPassword(password);
    account.connectAll();
    if (!waitFor([&] { return paintedNs >= 0; }, 60000, 1))
        failJson(QStringLiteral("the roster was not painted within 60 s (online: %1, loaded: %2)").arg(onlineNs >= 0).arg(loadedNs >= 0));
    result.onlineMs = double(onlineNs) / 1e6;
    result.loadedMs = double(loadedNs - onlineNs) / 1e6;
    result.paintedMs = double(paintedNs - onlineNs) / 1e6;
    result.rows = account.roster()->rowCount();
    result.itemsReceived = version->itemsReceived();
    result.answer = QString::fromLatin1(QMetaEnum::fromType<RosterVersion::Answer>().valueToKey(int(version->lastAnswer())));
    if (result.rows < contacts)
        failJson(QStringLiteral("the roster has %1 contacts, expected %2").arg(result.rows).arg(contacts));
    account.disconnectAll();
    waitFor([] { return false; }, 300, 1);  // the goodbye
    return result;
}
}  // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);  // the Linnet module has Qt Charts views: a QGuiApplication would crash
    QQuickStyle::setStyle(QStringLiteral("Material"));  // as the app
    QCommandLineParser parser;
    const QCommandLineOption hostOpt(QStringLiteral("host"), QStringLiteral("Server host."), QStringLiteral("host"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("port"));
    const QCommandLineOption caOpt(QStringLiteral("ca"), QStringLiteral("CA file."), QStringLiteral("file"));
    const QCommandLineOption domainOpt(QStringLiteral("domain"), QStringLiteral("XMPP domain."), QStringLiteral("domain"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("The account with the roster."), QStringLiteral("user"));
    const QCommandLineOption contactsOpt(QStringLiteral("contacts"), QStringLiteral("Contacts in its roster."), QStringLiteral("n"));
    const QCommandLineOption verOpt(QStringLiteral("ver"), QStringLiteral("The roster's version on the server."), QStringLiteral("ver"));
    parser.addOptions({hostOpt, portOpt, caOpt, domainOpt, userOpt, contactsOpt, verOpt});
    parser.process(app);
    const QString password = QTextStream(stdin).readLine().trimmed();
    const int contacts = parser.value(contactsOpt).toInt();
    if (password.isEmpty() || contacts < 1 || !parser.isSet(userOpt))
        failJson(QStringLiteral("usage: see the source"));

    AccountConfig config;
    config.jid = parser.value(userOpt) + QLatin1Char('@') + parser.value(domainOpt);
    config.host = parser.value(hostOpt);
    config.port = quint16(parser.value(portOpt).toUInt());
    config.caCertificatesFile = parser.value(caOpt);
    config.sessions << SessionConfig{QStringLiteral("bench"), true};

    // The anchor: plain QXmpp, connected to roster received; then the same client asks with
    // the roster's version, as a client with a roster cache would.
    double plainMs = -1;
    int versionedItems = -1;
    {
        QXmppClient client;
        QXmppConfiguration xmpp;
        xmpp.setJid(config.jid + QStringLiteral("/plain"));
        xmpp.setPassword(password);
        xmpp.setHost(config.host);
        xmpp.setPort(config.port);
        xmpp.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
        QFile caFile(config.caCertificatesFile);
        if (caFile.open(QIODevice::ReadOnly))
            xmpp.setCaCertificates(QSslCertificate::fromData(caFile.readAll()));
        QElapsedTimer clock;
        qint64 connectedNs = -1, receivedNs = -1;
        QObject::connect(&client, &QXmppClient::connected, &client, [&] { connectedNs = clock.nsecsElapsed(); });
        QObject::connect(client.findExtension<QXmppRosterManager>(), &QXmppRosterManager::rosterReceived, &client,
                         [&] { receivedNs = clock.nsecsElapsed(); });
        clock.start();
        client.connectToServer(xmpp);
        if (!waitFor([&] { return receivedNs >= 0; }, 60000, 1))
            failJson(QStringLiteral("the plain client got no roster"));
        plainMs = double(receivedNs - connectedNs) / 1e6;

        QXmppRosterIq ask;
        ask.setType(QXmppIq::Get);
        ask.setVersion(parser.value(verOpt));
        bool answered = false;
        client.sendIq(std::move(ask)).then(&client, [&](QXmppClient::IqResult &&result) {
            answered = true;
            if (const auto *element = std::get_if<QDomElement>(&result)) {
                versionedItems = 0;
                for (auto item = element->firstChildElement(QStringLiteral("query")).firstChildElement(QStringLiteral("item"));
                     !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item")))
                    ++versionedItems;
            }
        });
        if (!waitFor([&] { return answered; }, 20000, 1))
            failJson(QStringLiteral("no answer to a versioned roster request"));
        client.disconnectFromServer();
    }

    NetworkThread network;
    QTemporaryDir profile;  // both logins keep their cache here, as one app profile
    if (!profile.isValid())
        failJson(QStringLiteral("no temporary directory: %1").arg(profile.errorString()));
    const QString cacheDir = profile.filePath(QStringLiteral("cache"));
    const Login first = appLogin(config, password, &network, contacts, cacheDir);
    const Login second = appLogin(config, password, &network, contacts, cacheDir);
    printJsonLine({{QStringLiteral("type"), QStringLiteral("result")},
                   {QStringLiteral("contacts"), first.rows},
                   {QStringLiteral("plain_roster_ms"), plainMs},
                   {QStringLiteral("versioned_items"), versionedItems},
                   {QStringLiteral("first_items"), first.itemsReceived},
                   {QStringLiteral("first_online_ms"), first.onlineMs},
                   {QStringLiteral("first_loaded_ms"), first.loadedMs},
                   {QStringLiteral("first_painted_ms"), first.paintedMs},
                   {QStringLiteral("second_online_ms"), second.onlineMs},
                   {QStringLiteral("second_loaded_ms"), second.loadedMs},
                   {QStringLiteral("second_painted_ms"), second.paintedMs},
                   {QStringLiteral("second_rows"), second.rows},
                   // Over the wire: 0 when the server answered "unchanged since your version".
                   {QStringLiteral("second_items"), second.itemsReceived},
                   {QStringLiteral("second_answer"), second.answer}});
    return 0;
}
