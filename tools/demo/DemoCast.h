// Who is on the demo server, and what they say. One place to make the screenshots look nice.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace demo {

struct Person {
    QString user;
    QString name;    // roster name the others see
    QString show;    // for bots: online, away, dnd, xa; empty: the app's user or offline
    QString status;  // presence status text
    bool bot = false;
    QStringList groups;  // the roster groups the others file this person under
};

inline const QString kDomain = QStringLiteral("demo.linnet");
// The app's user is online from two resources at once, each a session of one account.
inline const QStringList kResources = {QStringLiteral("desk"), QStringLiteral("lab")};
// A second account the app runs, with one session: the accounts page shows both.
inline const QString kSecondAccount = QStringLiteral("sensors");
inline const QString kSecondResource = QStringLiteral("dashboard");
// The AMQP broker's name in the user's profile: its readings are the service "amqp/plant".
inline const QString kAmqpBroker = QStringLiteral("plant");

// The app's user first; demo.json keeps that order.
inline const QList<Person> kCast = {
    {QStringLiteral("alice"), QStringLiteral("Alice Liddell"), {}, {}, false, {}},
    {QStringLiteral("robin"), QStringLiteral("Robin Ashby"), QStringLiteral("online"),
     QStringLiteral("Ask me anything"), true, {QStringLiteral("Colleagues")}},
    {QStringLiteral("wren"), QStringLiteral("Wren Okafor"), QStringLiteral("away"),
     QStringLiteral("Calibrating the greenhouse sensors"), true, {QStringLiteral("Colleagues")}},
    {QStringLiteral("kestrel"), QStringLiteral("Kestrel Lindqvist"), {}, {}, false, {QStringLiteral("Book club")}},  // stays offline
    {QStringLiteral("sensors"), QStringLiteral("Greenhouse Sensors"), {}, {}, false, {}},  // the app's second account
};

// The simulated device fleet (linnet-devicesim --fleet, tools/devicesim): eight devices, each its
// own account, in the rosters of these accounts (subscription both) so the app sees them come
// and go. Alice is the app's first account, the one --import-dashboard imports into.
inline const QStringList kDeviceWatchers = {QStringLiteral("alice"), QStringLiteral("sensors")};
inline constexpr int kFleetSize = 8;
inline constexpr int kHistorySeconds = 600;  // back-dated readings: a fresh dashboard has 10 minutes
// Greenhouse 2 goes offline 20 s after the fleet starts and stays away 150 s, then comes and
// goes (180 s online, 150 s offline). The dashboard screenshots wait until it is offline, so
// they show it stale (any screenshot between 20 s and 170 s after the start would).
inline const QString kFlappingDevice = QStringLiteral("greenhouse-2");
inline constexpr int kFlapFirstS = 20;
inline constexpr int kFlapOfflineS = 150;
inline constexpr int kFlapOnlineS = 180;

// The command screenshots: the thresholds of this device's temperature (step 2 of 2), and its
// status table.
inline const QString kCommandDevice = QStringLiteral("greenhouse-1");
inline const QString kCommandFormValues = QStringLiteral("sensor=temperature");

// The federated server (issue 12): a second domain whose server federates with the demo's
// over s2s (tests/support/FederatedServers). A buddy and a device live there; Alice has both
// in her roster and may command the device. Both domains resolve to loopback inside ./dev
// only (tools/buildroot/hosts).
inline const QString kFederatedDomain = QStringLiteral("orchard.linnet");
inline const Person kFederatedBuddy = {QStringLiteral("linden"), QStringLiteral("Linden Marsh"), QStringLiteral("online"),
                                       QStringLiteral("At the orchard today"), true, {QStringLiteral("Orchard")}};
inline constexpr int kFederatedFleetSize = 1;  // linnet-devicesim --fleet 1 (greenhouse-1@orchard.linnet)
inline const QString kFederatedDeviceName = QStringLiteral("Orchard greenhouse");  // Alice's roster name for it

inline const QString kChatPartner = QStringLiteral("robin");
// What the chat partner wrote while the app's user was away: the app finds it in the server's
// archive (MAM) at login. "file:" lines are files the bot uploads (XEP-0363) and links.
inline const QString kSharedPicture = QStringLiteral("greenhouse-3-humidity.png");
inline const QStringList kWaitingMessages = {
    QStringLiteral("Morning Alice! The new humidity sensors arrived 🌱"),
    QStringLiteral("I mounted two of them in greenhouse 3 before breakfast."),
    QStringLiteral("Here's the first hour:"),
    QStringLiteral("file:") + kSharedPicture,
    QStringLiteral("It settles around 62 %, right where we wanted it."),
};
// Sent in both chat screenshots (light and dark): each app run is a fresh session, so each
// picture shows this opener and Robin's answer.
inline const QString kFirstMessage = QStringLiteral("Hi Robin! Have you got a minute? I'd love a second pair of eyes on the greenhouse dashboard.");

// The group chat: a room the bots create and talk in before the app joins it (the room page
// screenshots join it and show its history). "@" mentions the app's user.
inline const QString kRoom = QStringLiteral("greenhouse");  // @conference.DOMAIN
inline const QStringList kRobinInRoom = {
    QStringLiteral("Morning all! The humidity sensors in greenhouse 3 are live."),
    QStringLiteral("The dashboard has them under Greenhouse 3: 62 % and steady."),
};
inline const QStringList kWrenInRoom = {
    QStringLiteral("Nice work! Alice, could you look at greenhouse 2? It keeps dropping off."),
    QStringLiteral("I'll bring spare batteries tomorrow, just in case."),
};

}  // namespace demo
