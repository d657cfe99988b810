#include "ProsodyFiles.h"

#include "TestLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>
#include <vector>

namespace linnet::test {

ProsodyLayout::ProsodyLayout(const QString &root)
    : dir(root)
{
    const QDir d(root);
    configFile = d.filePath(QStringLiteral("prosody.cfg.lua"));
    dataDir = d.filePath(QStringLiteral("data"));
    logFile = d.filePath(QStringLiteral("prosody.log"));
    outputFile = d.filePath(QStringLiteral("prosody.out"));
    pidFile = d.filePath(QStringLiteral("prosody.pid"));
    certDir = d.filePath(QStringLiteral("certs"));
    notifySocket = d.filePath(QStringLiteral("notify.sock"));
}

QString prosodyProgram()
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("prosody"));
    if (program.isEmpty() && QFileInfo::exists(QStringLiteral("/usr/bin/prosody")))
        program = QStringLiteral("/usr/bin/prosody");
    return program;
}

QString prosodyctlProgram()
{
    const QString prosody = prosodyProgram();
    if (!prosody.isEmpty()) {
        const QString sibling = QFileInfo(prosody).dir().filePath(QStringLiteral("prosodyctl"));
        if (QFileInfo(sibling).isExecutable())
            return sibling;
    }
    return QStandardPaths::findExecutable(QStringLiteral("prosodyctl"));
}

QString luaQuote(const QString &s)
{
    // Decimal escapes for every byte outside printable ASCII: valid in every Lua version and
    // keeps UTF-8 intact byte for byte.
    QString out = QStringLiteral("\"");
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if (b == '"' || b == '\\')
            out += QLatin1Char('\\') + QLatin1Char(c);
        else if (b < 0x20 || b >= 0x7f)
            out += QStringLiteral("\\%1").arg(b, 3, 10, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out + QLatin1Char('"');
}

namespace {

// cafile: with federation, the shared CA is the only one peers' certificates may chain to.
QString sslTable(const ProsodyLayout &layout, bool withCa)
{
    QString table = QStringLiteral("{ certificate = %1, key = %2")
                        .arg(luaQuote(layout.certificates.serverCertificate), luaQuote(layout.certificates.serverKey));
    if (withCa)
        table += QStringLiteral(", cafile = %1").arg(luaQuote(layout.certificates.caCertificate));
    return table + QStringLiteral(" }");
}

// The s2s part of the config: a listener on loopback, certificates required and checked both
// ways (no dialback without a valid certificate, s2s_secure_auth), the peers' ports.
QString federationConfig(const ProsodyServer::Federation &federation, const ProsodyLayout &layout)
{
    QString cfg;
    cfg += QStringLiteral("s2s_ports = { %1 }\ns2s_direct_tls_ports = { }\ncomponent_ports = { }\n").arg(federation.s2sPort);
    cfg += QStringLiteral("s2s_require_encryption = true\ns2s_secure_auth = true\n");
    // hoststxt: the test domains come from /etc/hosts (./dev mounts tools/buildroot/hosts
    // there); resolvconf off, so nothing leaves the machine.
    cfg += QStringLiteral("unbound = { hoststxt = true, resolvconf = false }\n");
    cfg += QStringLiteral("plugin_paths = { %1 }\n").arg(luaQuote(layout.dir));
    QStringList routes;
    for (auto it = federation.peers.cbegin(); it != federation.peers.cend(); ++it)
        routes << QStringLiteral("[%1] = %2").arg(luaQuote(it.key())).arg(it.value());
    routes.sort();
    cfg += QStringLiteral("linnet_s2s_routes = { %1 }\n").arg(routes.join(u", "));
    return cfg;
}

const char kRoutesModule[] = R"(-- Written by linnet_testsupport (ProsodyServer) for federated test servers.
-- Outgoing s2s to a peer in linnet_s2s_routes connects to the peer's name on the port given
-- there: what an _xmpp-server._tcp SRV record says in a real deployment. The name itself is
-- resolved as usual (lua-unbound, /etc/hosts), and the certificate is checked against it.
local basic = require "prosody.net.resolvers.basic";
local routes = module:get_option("linnet_s2s_routes", {});

local function port_for(host)
	for domain, port in pairs(routes) do
		if host == domain or host:sub(-(#domain + 1)) == "." .. domain then
			return port;
		end
	end
end

module:hook("s2sout-pre-connect", function(event)
	local to_host = event.session.to_host;
	local port = port_for(to_host);
	if port then
		module:log("debug", "s2s to %s: port %d", to_host, port);
		event.resolver = basic.new(to_host, port, "tcp", { use_ipv6 = false });
	end
end);
)";

// datamanager.lua's encode(): every byte that is not [A-Za-z0-9] becomes %xx (lower-case hex).
QString datamanagerEncode(const QString &s)
{
    QString out;
    for (const char c : s.toUtf8()) {
        const auto b = static_cast<unsigned char>(c);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

}  // namespace

QString prosodyConfig(const ProsodyServer::Options &options, const ProsodyLayout &layout,
                      const ProsodyServer::Federation *federation)
{
    const bool s2s = federation != nullptr;
    const QString sslBlock = QStringLiteral("    ssl = %1\n").arg(sslTable(layout, s2s));
    // The module that knows the peers' ports runs on every host that sends to them: the
    // VirtualHost and each component (pubsub notifications go out from pubsub.<domain>).
    const QString routesModule = s2s ? QStringLiteral(", \"linnet_s2s_routes\"") : QString();
    const QString d = options.domain;
    const QString c2s = QString::number(layout.c2sPort);
    const QString http = QString::number(layout.httpPort);
    const QString https = QString::number(layout.httpsPort);
    QString cfg;
    cfg += QStringLiteral("-- Written by linnet_testsupport (ProsodyServer) for one test run.\n");
    // The build root runs everything as root; Prosody refuses that unless told.
    cfg += QStringLiteral("run_as_root = true\n");
    cfg += QStringLiteral("pidfile = %1\n").arg(luaQuote(layout.pidFile));
    cfg += QStringLiteral("data_path = %1\n").arg(luaQuote(layout.dataDir));
    // Also silences certmanager's "cannot open certificate directory" error.
    cfg += QStringLiteral("certificates = %1\n").arg(luaQuote(layout.certDir));
    cfg += QStringLiteral("log = { { levels = { min = %1 }, to = \"file\", filename = %2 } }\n")
               .arg(luaQuote(options.logLevel), luaQuote(layout.logFile));
    // Every listener explicitly on loopback and on this run's ports: the defaults (5222, 5269,
    // 5280, 5281, 5347) would collide between parallel tests.
    cfg += QStringLiteral("interfaces = { \"127.0.0.1\" }\nlocal_interfaces = { \"127.0.0.1\" }\n");
    cfg += QStringLiteral("c2s_ports = { %1 }\nc2s_direct_tls_ports = { %2 }\n").arg(c2s).arg(layout.directTlsPort);
    cfg += s2s ? federationConfig(*federation, layout)
               : QStringLiteral("s2s_ports = { }\ns2s_direct_tls_ports = { }\ncomponent_ports = { }\n");
    cfg += QStringLiteral("http_ports = { %1 }\nhttp_interfaces = { \"127.0.0.1\" }\n").arg(http);
    cfg += QStringLiteral("https_ports = { %1 }\nhttps_interfaces = { \"127.0.0.1\" }\n").arg(https);
    // The https listener has no SNI name to go by (clients connect to 127.0.0.1).
    cfg += QStringLiteral("ssl = %1\n").arg(sslTable(layout, s2s));
    if (!s2s)
        cfg += QStringLiteral("modules_disabled = { \"s2s\" }\n");
    if (!options.nagle)
        cfg += QStringLiteral("network_settings = { nagle = false }\n");
    cfg += QStringLiteral("c2s_require_encryption = true\n");
    cfg += QStringLiteral("authentication = \"internal_hashed\"\n");
    if (options.archiveStorage == QLatin1String("sql")) {
        cfg += QStringLiteral("storage = { default = \"internal\", archive = \"sql\", muc_log = \"sql\" }\n");
        cfg += QStringLiteral("sql = { driver = \"SQLite3\", database = \"archives.sqlite\" }\n");
    } else {
        cfg += QStringLiteral("storage = \"internal\"\n");
    }
    cfg += QStringLiteral("allow_registration = %1\n")
               .arg(options.allowRegistration ? QStringLiteral("true") : QStringLiteral("false"));
    if (options.allowRegistration) {
        // mod_register_limits throttles only with min_seconds_between_registrations (or
        // registration_throttle_max) set, and never for its allowlist (loopback, by default):
        // tests may register as often as they like. Setting it to 0 would turn a throttle on.
        QStringList fields;
        for (const QString &field : options.registrationFields)
            fields << luaQuote(field);
        if (!fields.isEmpty())
            cfg += QStringLiteral("additional_registration_fields = { %1 }\n").arg(fields.join(u", "));
    }
    if (!options.admins.isEmpty()) {
        QStringList admins;
        for (const QString &user : options.admins)
            admins << luaQuote(user + QLatin1Char('@') + d);
        cfg += QStringLiteral("admins = { %1 }\n").arg(admins.join(u", "));
    }
    // adhoc + admin_adhoc: XEP-0050 admin commands (Add User ...) for the admins above.
    cfg += QStringLiteral("modules_enabled = {\n"
                          "    \"roster\", \"saslauth\", \"tls\", \"disco\", \"carbons\", \"mam\", \"smacks\", \"pep\",\n"
                          "    \"ping\", \"register\", \"version\", \"blocklist\", \"adhoc\", \"admin_adhoc\",\n"
                          "    \"websocket\", \"bosh\", \"http_altconnect\"%1\n"
                          "}\n").arg(s2s ? QStringLiteral(", \"dialback\"") + routesModule : QString());
    // XMPP over WebSocket and BOSH on the https port (the only one clients use); XEP-0156
    // host-meta (http_altconnect) names them as https://<domain>:<https port>/....
    cfg += QStringLiteral("http_external_url = %1\n").arg(luaQuote(QStringLiteral("https://%1:%2/").arg(d, https)));
    cfg += QStringLiteral("cross_domain_websocket = true\ncross_domain_bosh = true\n\n");

    cfg += QStringLiteral("VirtualHost %1\n").arg(luaQuote(d)) + sslBlock + QLatin1Char('\n');

    // Local users hold the role prosody:registered on the component (authz_internal's
    // host_user_role); mod_pubsub grants :create-node only to admins by default.
    cfg += QStringLiteral("Component %1 \"pubsub\"\n").arg(luaQuote(QStringLiteral("pubsub.") + d)) + sslBlock;
    cfg += QStringLiteral("    storage = { pubsub_nodes = %1, pubsub_data = %1 }\n").arg(luaQuote(options.pubsubStorage));
    cfg += QStringLiteral("    pubsub_max_items = %1\n").arg(options.pubsubMaxItems);
    cfg += QStringLiteral("    add_permissions = { [\"prosody:registered\"] = { \"pubsub:create-node\" } }\n");
    if (s2s)
        cfg += QStringLiteral("    modules_enabled = { \"linnet_s2s_routes\" }\n");
    cfg += QLatin1Char('\n');

    // muc_mam: each room keeps an archive (XEP-0313 on the room's JID) and stamps its messages
    // with a <stanza-id by=room/>, so a client that rejoins catches up from there.
    cfg += QStringLiteral("Component %1 \"muc\"\n").arg(luaQuote(QStringLiteral("conference.") + d)) + sslBlock;
    cfg += QStringLiteral("    modules_enabled = { \"muc_mam\"%1 }\n\n").arg(routesModule);

    // The upload host has no DNS name here: slots point at 127.0.0.1 (in the certificate's
    // SAN), and requests for that Host header are routed to this component. https because
    // QXmppHttpUploadManager refuses http:// slots (XEP-0363 forbids them).
    cfg += QStringLiteral("Component %1 \"http_file_share\"\n").arg(luaQuote(QStringLiteral("upload.") + d))
           + sslBlock;
    cfg += QStringLiteral("    http_host = \"127.0.0.1\"\n");
    if (s2s)
        cfg += QStringLiteral("    modules_enabled = { \"linnet_s2s_routes\" }\n");
    cfg += QStringLiteral("    http_external_url = %1\n").arg(luaQuote(QStringLiteral("https://127.0.0.1:%1/").arg(https)));
    return cfg;
}

QString prosodyDataFile(const QString &dataDir, const QString &host, const QString &user, const QString &store)
{
    // store_encode() keeps '_' as well; our store names are plain words.
    return QDir(dataDir).filePath(datamanagerEncode(host) + QLatin1Char('/') + store + QLatin1Char('/')
                                  + datamanagerEncode(user) + QStringLiteral(".dat"));
}

bool registerAccounts(const ProsodyLayout &layout, const QString &domain, const QList<ProsodyAccount> &accounts,
                      QString *error)
{
    const QString ctl = prosodyctlProgram();
    if (ctl.isEmpty()) {
        if (error)
            *error = QStringLiteral("prosodyctl not found (is prosody installed?)");
        return false;
    }
    // Each registration writes only accounts/<user>.dat, and datamanager's mkdir ignores
    // "exists", so they can run side by side.
    std::vector<std::unique_ptr<QProcess>> running;
    for (const ProsodyAccount &account : accounts) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(ctl, {QStringLiteral("--config"), layout.configFile, QStringLiteral("register"), account.user,
                             domain, account.password});
        running.push_back(std::move(process));
    }
    for (std::size_t i = 0; i < running.size(); ++i) {
        QProcess &p = *running[i];
        const bool finished = p.waitForFinished(30000);
        const QString file = prosodyDataFile(layout.dataDir, domain, accounts[i].user, QStringLiteral("accounts"));
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !QFileInfo::exists(file)) {
            if (error) {
                *error = QStringLiteral("prosodyctl register %1 %2 failed: %3 %4")
                             .arg(accounts[i].user, domain, p.errorString(), QString::fromLocal8Bit(p.readAll()).trimmed());
            }
            return false;
        }
    }
    return true;
}

bool writeMutualRosters(const ProsodyLayout &layout, const QString &domain, const QList<ProsodyAccount> &accounts,
                        const QHash<QString, QStringList> &groups, QString *error)
{
    for (const ProsodyAccount &owner : accounts) {
        QString lua = QStringLiteral("return {\n\t[false] = {\n\t\t[\"version\"] = 1;\n\t\t[\"pending\"] = {};\n\t};\n");
        for (const ProsodyAccount &contact : accounts) {
            if (contact.user == owner.user)
                continue;
            lua += QStringLiteral("\t[%1] = {\n\t\t[\"subscription\"] = \"both\";\n")
                       .arg(luaQuote(contact.user + QLatin1Char('@') + domain));
            if (!contact.name.isEmpty())
                lua += QStringLiteral("\t\t[\"name\"] = %1;\n").arg(luaQuote(contact.name));
            QString groupSet;
            for (const QString &group : groups.value(contact.user))
                groupSet += QStringLiteral(" [%1] = true;").arg(luaQuote(group));
            lua += QStringLiteral("\t\t[\"groups\"] = {%1 };\n\t};\n").arg(groupSet);
        }
        lua += QStringLiteral("};\n");

        const QString path = prosodyDataFile(layout.dataDir, domain, owner.user, QStringLiteral("roster"));
        QSaveFile file(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) || file.write(lua.toUtf8()) < 0
            || !file.commit()) {
            if (error)
                *error = QStringLiteral("cannot write the roster file %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

bool signFederationCertificate(const QString &dir, const QStringList &dnsNames, const QStringList &ipAddresses,
                               const QString &caCertificate, const QString &caKey, CertificateFiles *files,
                               QString *error)
{
    // A copy of the CA next to the server certificate, as makeCertificates leaves them (the
    // demo reads server.pem beside caCertificateFile()).
    const QDir d(dir);
    const CertificateFiles out{d.filePath(QStringLiteral("ca.pem")), d.filePath(QStringLiteral("server.pem")),
                               d.filePath(QStringLiteral("server.key"))};
    QFile::remove(out.caCertificate);
    if (!QFile::copy(caCertificate, out.caCertificate)) {
        if (error)
            *error = QStringLiteral("cannot copy %1 to %2").arg(caCertificate, out.caCertificate);
        return false;
    }
    QStringList san;
    for (const QString &name : dnsNames)
        san << QStringLiteral("DNS:") + name;
    for (const QString &address : ipAddresses)
        san << QStringLiteral("IP:") + address;
    const QStringList args = {
        QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), QStringLiteral("/dev/null"),
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), out.serverKey, QStringLiteral("-out"), out.serverCertificate,
        QStringLiteral("-CA"), caCertificate, QStringLiteral("-CAkey"), caKey, QStringLiteral("-days"), QStringLiteral("30"),
        QStringLiteral("-subj"), QStringLiteral("/CN=") + dnsNames.first(),
        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:FALSE"),
        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,digitalSignature"),
        QStringLiteral("-addext"), QStringLiteral("extendedKeyUsage=serverAuth,clientAuth"),
        QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san.join(QLatin1Char(','))};
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(opensslProgram(), args);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl could not sign the federation certificate: %1 %2")
                         .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return false;
    }
    if (files)
        *files = out;
    return true;
}

bool writeS2sRoutesModule(const QString &dir, QString *error)
{
    QSaveFile file(QDir(dir).filePath(QStringLiteral("mod_linnet_s2s_routes.lua")));
    if (!file.open(QIODevice::WriteOnly) || file.write(kRoutesModule) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool addRemoteContacts(const ProsodyLayout &layout, const QString &domain,
                       const QList<ProsodyServer::RemoteContact> &contacts, QString *error)
{
    for (const ProsodyServer::RemoteContact &contact : contacts) {
        const QString path = prosodyDataFile(layout.dataDir, domain, contact.user, QStringLiteral("roster"));
        QByteArray lua;
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly)) {
            // "return { ... };" as writeMutualRosters (or an earlier contact) left it: the
            // entry goes before the table's closing brace.
            lua = existing.readAll();
            lua.truncate(qMax<qsizetype>(0, lua.lastIndexOf('}')));
            existing.close();
        } else {
            lua = "return {\n\t[false] = {\n\t\t[\"version\"] = 1;\n\t\t[\"pending\"] = {};\n\t};\n";
        }
        QString entry = QStringLiteral("\t[%1] = {\n\t\t[\"subscription\"] = \"both\";\n").arg(luaQuote(contact.jid));
        if (!contact.name.isEmpty())
            entry += QStringLiteral("\t\t[\"name\"] = %1;\n").arg(luaQuote(contact.name));
        entry += contact.group.isEmpty() ? QStringLiteral("\t\t[\"groups\"] = {};\n")
                                         : QStringLiteral("\t\t[\"groups\"] = { [%1] = true };\n").arg(luaQuote(contact.group));
        lua += (entry + QStringLiteral("\t};\n};\n")).toUtf8();
        QSaveFile file(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) || file.write(lua) < 0
            || !file.commit()) {
            if (error)
                *error = QStringLiteral("cannot write the roster file %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

}  // namespace linnet::test
