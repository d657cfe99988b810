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
};

inline const QString kDomain = QStringLiteral("demo.linnet");
// The app's user is online from two resources at once, each a session of one account.
inline const QStringList kResources = {QStringLiteral("desk"), QStringLiteral("lab")};
// A second account the app runs, with one session: the accounts page shows both.
inline const QString kSecondAccount = QStringLiteral("sensors");
inline const QString kSecondResource = QStringLiteral("dashboard");

// The app's user first; demo.json keeps that order.
inline const QList<Person> kCast = {
    {QStringLiteral("alice"), QStringLiteral("Alice Liddell"), {}, {}, false},
    {QStringLiteral("robin"), QStringLiteral("Robin Ashby"), QStringLiteral("online"),
     QStringLiteral("Ask me anything"), true},
    {QStringLiteral("wren"), QStringLiteral("Wren Okafor"), QStringLiteral("away"),
     QStringLiteral("Calibrating the greenhouse sensors"), true},
    {QStringLiteral("kestrel"), QStringLiteral("Kestrel Lindqvist"), {}, {}, false},  // stays offline
    {QStringLiteral("sensors"), QStringLiteral("Greenhouse Sensors"), {}, {}, false},  // the app's second account
};

inline const QString kChatPartner = QStringLiteral("robin");
// Sent in both chat screenshots (light and dark): each app run is a fresh session, so each
// picture shows this opener and Robin's answer.
inline const QString kFirstMessage = QStringLiteral("Hi Robin! Have you got a minute? I'd love a second pair of eyes on the greenhouse dashboard.");

}  // namespace demo
