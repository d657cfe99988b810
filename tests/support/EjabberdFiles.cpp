#include "EjabberdFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace linnet::test {

EjabberdLayout::EjabberdLayout(const QString &root)
    : dir(root)
{
    const QDir d(root);
    configFile = d.filePath(QStringLiteral("ejabberd.yml"));
    ctlConfigFile = d.filePath(QStringLiteral("ejabberdctl.cfg"));
    inetrcFile = d.filePath(QStringLiteral("inetrc"));
    spoolDir = d.filePath(QStringLiteral("spool"));
    logDir = d.filePath(QStringLiteral("logs"));
    outputFile = d.filePath(QStringLiteral("ejabberd.out"));
    epmdOutputFile = d.filePath(QStringLiteral("epmd.out"));
    uploadDir = d.filePath(QStringLiteral("upload"));
    certDir = d.filePath(QStringLiteral("certs"));
    notifySocket = d.filePath(QStringLiteral("notify.sock"));
}

QString EjabberdLayout::logFile() const
{
    return QDir(logDir).filePath(QStringLiteral("ejabberd.log"));
}

namespace {

QString program(const QString &name, const QString &fallback)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty() && QFileInfo(fallback).isExecutable())
        found = fallback;
    return found;
}

// Prosody's level names (Options::logLevel) in ejabberd's words.
QString ejabberdLogLevel(const QString &level)
{
    if (level == QLatin1String("warn"))
        return QStringLiteral("warning");
    if (level == QLatin1String("debug") || level == QLatin1String("error") || level == QLatin1String("info"))
        return level;
    return QStringLiteral("info");
}

}  // namespace

QString erlProgram() { return program(QStringLiteral("erl"), QStringLiteral("/usr/bin/erl")); }
QString epmdProgram() { return program(QStringLiteral("epmd"), QStringLiteral("/usr/bin/epmd")); }
QString ejabberdctlProgram() { return program(QStringLiteral("ejabberdctl"), QStringLiteral("/usr/sbin/ejabberdctl")); }

QString ejabberdLibDir()
{
    // Debian installs ejabberd's applications outside Erlang's own lib dir and points ERL_LIBS
    // there (ejabberdctl does the same).
    const QDir multiarch(QStringLiteral("/usr/lib/x86_64-linux-gnu"));
    if (!multiarch.entryList({QStringLiteral("ejabberd-*")}, QDir::Dirs).isEmpty())
        return multiarch.path();
    const QDir erlang(QStringLiteral("/usr/lib/erlang/lib"));
    return erlang.entryList({QStringLiteral("ejabberd-*")}, QDir::Dirs).isEmpty() ? QString() : erlang.path();
}

QString yamlQuote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString erlangString(const QString &s)
{
    QStringList codes;
    for (const char32_t c : s.toUcs4())
        codes << QString::number(c);
    return QLatin1Char('[') + codes.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString ejabberdConfig(const XmppServerOptions &options, const EjabberdLayout &layout)
{
    const QString d = options.domain;
    const QString https = QString::number(layout.httpsPort);
    QString y;
    y += QStringLiteral("# Written by linnet_testsupport (EjabberdServer) for one test run.\n");
    y += QStringLiteral("hosts:\n  - %1\n").arg(yamlQuote(d));
    y += QStringLiteral("loglevel: %1\n").arg(ejabberdLogLevel(options.logLevel));
    y += QStringLiteral("log_rotate_count: 0\n");
    // One certificate for the domain and its services; ca_file is the fixture CA, so ejabberd's
    // own check of the certificate passes (otherwise it warns "signed by unknown CA").
    y += QStringLiteral("certfiles:\n  - %1\n  - %2\n")
             .arg(yamlQuote(layout.certificates.serverCertificate), yamlQuote(layout.certificates.serverKey));
    y += QStringLiteral("ca_file: %1\n").arg(yamlQuote(layout.certificates.caCertificate));
    // ejabberd allows one in-band registration per IP address every 600 s by default; tests
    // register from 127.0.0.1 as often as they like (as Prosody lets loopback do).
    y += QStringLiteral("registration_timeout: infinity\n");
    // Every listener on loopback and this run's ports. No s2s listener: no federation.
    y += QStringLiteral("listen:\n");
    y += QStringLiteral("  - port: %1\n    ip: \"127.0.0.1\"\n    module: ejabberd_c2s\n"
                        "    access: c2s\n    starttls_required: true\n")
             .arg(layout.c2sPort);
    y += QStringLiteral("  - port: %1\n    ip: \"127.0.0.1\"\n    module: ejabberd_c2s\n    access: c2s\n    tls: true\n")
             .arg(layout.directTlsPort);
    // The paths Prosody uses, so clients find both servers' endpoints at the same URLs; the
    // upload slots point at 127.0.0.1 (in the certificate's SAN) like Prosody's.
    y += QStringLiteral("  - port: %1\n    ip: \"127.0.0.1\"\n    module: ejabberd_http\n    tls: true\n"
                        "    request_handlers:\n"
                        "      /xmpp-websocket: ejabberd_http_ws\n"
                        "      /http-bind: mod_bosh\n"
                        "      /upload: mod_http_upload\n"
                        "      /.well-known/host-meta: mod_host_meta\n"
                        "      /.well-known/host-meta.json: mod_host_meta\n")
             .arg(https);

    y += QStringLiteral("acl:\n  local:\n    user_regexp: \"\"\n  loopback:\n    ip:\n      - 127.0.0.0/8\n      - ::1/128\n");
    if (!options.admins.isEmpty()) {
        y += QStringLiteral("  admin:\n    user:\n");
        for (const QString &user : options.admins)
            y += QStringLiteral("      - %1\n").arg(yamlQuote(user + QLatin1Char('@') + d));
    }
    const QString adminRule = options.admins.isEmpty() ? QStringLiteral("deny: all") : QStringLiteral("allow: admin");
    y += QStringLiteral("access_rules:\n  local:\n    allow: local\n  c2s:\n    allow: all\n");
    y += QStringLiteral("  announce:\n    %1\n  configure:\n    %1\n").arg(adminRule);
    y += QStringLiteral("  muc_create:\n    allow: local\n  pubsub_createnode:\n    allow: local\n");
    y += QStringLiteral("  register:\n    %1\n")
             .arg(options.allowRegistration ? QStringLiteral("allow: all") : QStringLiteral("deny: all"));
    // ejabberdctl (and the fixture's batched calls, the same entry point) may run everything.
    y += QStringLiteral("api_permissions:\n  \"console commands\":\n    from: ejabberd_ctl\n    who: all\n    what: \"*\"\n");
    // No c2s shaper (the listeners' default) and room for benchmarks: many sessions per account,
    // big offline queues (Prosody limits neither).
    y += QStringLiteral("shaper_rules:\n  max_user_sessions: 1000\n  max_user_offline_messages: 100000\n");

    const int defaultItems = qMin(20, options.pubsubMaxItems);  // Prosody's node default, under the cap
    y += QStringLiteral("modules:\n");
    y += QStringLiteral("  mod_adhoc: {}\n  mod_admin_extra: {}\n  mod_announce:\n    access: announce\n"
                        "  mod_blocking: {}\n  mod_bosh: {}\n  mod_caps: {}\n  mod_carboncopy: {}\n"
                        "  mod_client_state: {}\n  mod_configure: {}\n  mod_disco: {}\n");
    y += QStringLiteral("  mod_host_meta:\n    bosh_service_url: %1\n    websocket_url: %2\n")
             .arg(yamlQuote(QStringLiteral("https://%1:%2/http-bind").arg(d, https)),
                  yamlQuote(QStringLiteral("wss://%1:%2/xmpp-websocket").arg(d, https)));
    y += QStringLiteral("  mod_http_upload:\n    host: %1\n    put_url: %2\n    docroot: %3\n")
             .arg(yamlQuote(QStringLiteral("upload.") + d),
                  yamlQuote(QStringLiteral("https://127.0.0.1:%1/upload").arg(https)), yamlQuote(layout.uploadDir));
    // Archive everything, as Prosody's default_archive_policy does.
    y += QStringLiteral("  mod_last: {}\n  mod_mam:\n    default: always\n");
    y += QStringLiteral("  mod_muc:\n    host: %1\n    access_create: muc_create\n    access_persistent: muc_create\n"
                        "    default_room_options:\n      mam: true\n  mod_muc_admin: {}\n")
             .arg(yamlQuote(QStringLiteral("conference.") + d));
    y += QStringLiteral("  mod_offline:\n    access_max_user_messages: max_user_offline_messages\n");
    y += QStringLiteral("  mod_ping: {}\n  mod_privacy: {}\n  mod_private: {}\n");
    y += QStringLiteral("  mod_pubsub:\n    host: %1\n    access_createnode: pubsub_createnode\n"
                        "    plugins:\n      - flat\n      - pep\n    max_items_node: %2\n"
                        "    default_node_config:\n      max_items: %3\n")
             .arg(yamlQuote(QStringLiteral("pubsub.") + d))
             .arg(options.pubsubMaxItems)
             .arg(defaultItems);
    y += QStringLiteral("  mod_register:\n    access: register\n");
    y += QStringLiteral("  mod_roster:\n    versioning: true\n");
    // A session that times out without resuming keeps its unacknowledged messages offline.
    y += QStringLiteral("  mod_stream_mgmt:\n    resend_on_timeout: if_offline\n");
    y += QStringLiteral("  mod_time: {}\n  mod_vcard: {}\n  mod_version:\n    show_os: false\n");
    return y;
}

QString ejabberdctlConfig(const QString &cookie)
{
    // ejabberdctl switches to the ejabberd user when run as root (su), who could not read the
    // fixture's files; the build root runs everything as root. EXEC_CMD is its own variable
    // for that choice, set before this file is sourced and honoured after.
    return QStringLiteral("# Written by linnet_testsupport (EjabberdServer).\n"
                          "EXEC_CMD=as_current_user\n"
                          "ERL_OPTIONS=\"-setcookie %1 -start_epmd false +sbwt none\"\n")
        .arg(cookie);
}

QString erlangInetrc()
{
    // /etc/hosts first: the test domains resolve there (tools/buildroot/hosts).
    return QStringLiteral("{lookup,[\"file\",\"native\"]}.\n");
}

QList<QStringList> accountCommands(const XmppServerOptions &options)
{
    const QString d = options.domain;
    QList<QStringList> commands;
    for (const auto &account : options.accounts)
        commands << QStringList{QStringLiteral("register"), account.user, d, account.password};
    if (!options.mutualRoster)
        return commands;
    for (const auto &owner : options.accounts) {
        for (const auto &contact : options.accounts) {
            if (contact.user == owner.user)
                continue;
            commands << QStringList{QStringLiteral("add_rosteritem"), owner.user, d, contact.user, d, contact.name,
                                    options.rosterGroups.value(contact.user).join(QLatin1Char(',')),
                                    QStringLiteral("both")};
        }
    }
    return commands;
}

}  // namespace linnet::test
