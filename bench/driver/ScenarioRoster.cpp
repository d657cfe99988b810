// Roster (issue 10): a 5,000-contact roster, connected to painted (bench-roster: Account and
// the real RosterList in a window), and what a second login transfers (XEP-0237 roster
// versioning). The roster is written into Prosody's store directly (as its mod_roster keeps
// it, version 1) on a server of its own: 5,000 roster sets over the wire would take minutes.
#include "Bench.h"
#include "ProsodyFiles.h"
#include "ProsodyServer.h"
#include "Scenarios.h"
#include "Waiting.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace bench {
namespace {
// user's roster: contact00001..N@domain, named "Contact 00001", in 25 groups, subscription both.
bool writeRoster(const ProsodyServer &server, const QString &user, int contacts, QString *error)
{
    using linnet::test::luaQuote;
    QString lua = QStringLiteral("return {\n\t[false] = {\n\t\t[\"version\"] = 1;\n\t\t[\"pending\"] = {};\n\t};\n");
    for (int i = 1; i <= contacts; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
        lua += QStringLiteral("\t[%1] = { [\"subscription\"] = \"both\"; [\"name\"] = %2; [\"groups\"] = { [%3] = true; }; };\n")
                   .arg(luaQuote(QStringLiteral("contact%1@%2").arg(number, server.domain())),
                        luaQuote(QStringLiteral("Contact %1").arg(number)), luaQuote(QStringLiteral("Group %1").arg(i % 25 + 1)));
    }
    lua += QStringLiteral("};\n");
    const QString path = linnet::test::prosodyDataFile(server.dataDir(), server.domain(), user, QStringLiteral("roster"));
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) || file.write(lua.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
}  // namespace

void runRoster(Bench &b)
{
    Table &t = b.table();
    const int contacts = b.config().quick ? 1000 : 5000;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("rosterbench"), Bench::password(), QStringLiteral("Roster Bench")}};
    options.logLevel = QStringLiteral("warn");
    ProsodyServer server(options);
    QString error;
    if (!server.start(&error)) {
        t.failed(QStringLiteral("roster"), QStringLiteral("Prosody did not start: ") + error);
        return;
    }
    server.stop();
    if (!writeRoster(server, QStringLiteral("rosterbench"), contacts, &error) || !server.restart(&error)) {
        t.failed(QStringLiteral("roster"), error);
        return;
    }
    auto child = b.startProgram(QStringLiteral("roster"), QStringLiteral(BENCH_ROSTER),
                                {QStringLiteral("--host"), server.host(), QStringLiteral("--port"), QString::number(server.c2sPort()),
                                 QStringLiteral("--ca"), server.caCertificateFile(), QStringLiteral("--domain"), server.domain(),
                                 QStringLiteral("--user"), QStringLiteral("rosterbench"), QStringLiteral("--contacts"),
                                 QString::number(contacts), QStringLiteral("--ver"), QStringLiteral("1")});
    child->send(Bench::password());
    if (!waitUntil([&] { return child->hasExited(); }, 240000) || child->exitCode() != 0) {
        const QString why = child->last(QStringLiteral("error")).value(u"error").toString();
        t.failed(QStringLiteral("roster"), why.isEmpty() ? child->errorTail(3) : why);
        return;
    }
    const QJsonObject r = child->last(QStringLiteral("result"));
    const double first = r.value(u"first_painted_ms").toDouble() / 1000.0;
    const double second = r.value(u"second_painted_ms").toDouble() / 1000.0;
    const int secondItems = r.value(u"second_items").toInt();
    const QString how = t.note(QStringLiteral(
        "roster: %1 contacts in 25 groups on the server; a fresh Account and the real RosterList (module Linnet) in a "
        "QQuickView (QT_QPA_PLATFORM=%2), timed from the session online to the first frame swapped with the contact "
        "rows (roster model loaded after %3 ms); start to online %4 s. Anchor: a plain QXmppClient, connected to "
        "rosterReceived")
                                   .arg(count(contacts), qEnvironmentVariable("QT_QPA_PLATFORM"),
                                        fixed(r.value(u"first_loaded_ms").toDouble(), 0),
                                        fixed(r.value(u"first_online_ms").toDouble() / 1000.0, 2)));
    t.add({QStringLiteral("roster: %1 contacts, connected to painted ").arg(count(contacts)) + how, fixed(first, 2) + QStringLiteral(" s"),
           QStringLiteral("plain QXmpp to roster received: %1 s").arg(fixed(r.value(u"plain_roster_ms").toDouble() / 1000.0, 2)),
           QStringLiteral("<= 1 s"), atMost(first, 1)});
    t.add({QStringLiteral("roster: second login (versioned), connected to painted"), fixed(second, 2) + QStringLiteral(" s"), QString(),
           QStringLiteral("<= 1 s"), atMost(second, 1)});
    const QString versioning = t.note(QStringLiteral(
        "roster versioning (XEP-0237): Linnet's RosterVersion asks with the version the first login cached in the same "
        "profile; an unchanged roster comes as an empty result and the contacts from the cache; the anchor is the "
        "server's answer to a plain client asking with the current version"));
    t.add({QStringLiteral("roster: second login, roster items transferred ") + versioning, count(secondItems),
           QStringLiteral("asked with ver: %1 items").arg(count(r.value(u"versioned_items").toInt())), QStringLiteral("0 (XEP-0237)"),
           secondItems == 0 ? Verdict::Ok : Verdict::Short});
}

}  // namespace bench
