#include "AccountConfig.h"

#include "Account.h"
#include "ConnectionController.h"
#include "Session.h"
#include "core/Logging.h"

#include <QSettings>

#include <array>

using namespace Qt::StringLiterals;

namespace {
// In enum order.
constexpr std::array<QStringView, 5> transportKeys{u"automatic", u"starttls", u"directtls", u"websocket", u"bosh"};

QStringList hexList(const QList<QByteArray> &digests)
{
    QStringList out;
    for (const auto &digest : digests)
        out << QString::fromLatin1(digest.toHex());
    return out;
}

QList<QByteArray> digestList(const QStringList &hex)
{
    QList<QByteArray> out;
    for (const auto &h : hex)
        out << QByteArray::fromHex(h.toLatin1());
    return out;
}

// The account's AMQP brokers, in the current array entry.
QList<AmqpSettings> readAmqp(QSettings &s)
{
    QList<AmqpSettings> out;
    const int count = s.beginReadArray(u"amqp"_s);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        AmqpSettings a;
        a.name = s.value(u"name"_s).toString();
        a.url = QUrl(s.value(u"url"_s).toString(), QUrl::StrictMode);
        a.user = s.value(u"user"_s).toString();
        a.sasl = s.value(u"sasl"_s).toString() == u"anonymous"_s ? AmqpSettings::Sasl::Anonymous : AmqpSettings::Sasl::Plain;
        a.caCertificatesFile = s.value(u"caCertificatesFile"_s).toString();
        a.pinnedSha256 = digestList(s.value(u"pinnedSha256"_s).toStringList());
        a.sources = s.value(u"sources"_s).toStringList();
        a.creditWindow = s.value(u"creditWindow"_s, a.creditWindow).toInt();
        if (a.isValid())
            out << a;
        else
            qCWarning(lcAccount) << "Skipping an AMQP connection the profile describes incompletely:" << a.name;
    }
    s.endArray();
    return out;
}

void writeAmqp(QSettings &s, const QList<AmqpSettings> &brokers)
{
    s.beginWriteArray(u"amqp"_s, int(brokers.size()));
    for (int i = 0; i < brokers.size(); ++i) {
        const auto &a = brokers.at(i);
        s.setArrayIndex(i);
        s.setValue(u"name"_s, a.name);
        s.setValue(u"url"_s, a.url.toString());
        s.setValue(u"user"_s, a.user);
        s.setValue(u"sasl"_s, a.sasl == AmqpSettings::Sasl::Anonymous ? u"anonymous"_s : u"plain"_s);
        s.setValue(u"caCertificatesFile"_s, a.caCertificatesFile);
        s.setValue(u"pinnedSha256"_s, hexList(a.pinnedSha256));
        s.setValue(u"sources"_s, a.sources);
        s.setValue(u"creditWindow"_s, a.creditWindow);
    }
    s.endArray();
}
}  // namespace

ConnectionSettings AccountConfig::connectionSettings(const QString &resource) const
{
    ConnectionSettings settings;
    settings.jid = jid;
    settings.resource = resource;
    settings.host = host;
    settings.port = port;
    settings.caCertificatesFile = caCertificatesFile;
    settings.pinnedSha256 = pinnedSha256;
    settings.transport = transport;
    if (usesEndpoint(transport))
        settings.endpoint = endpoint;
    return settings;
}

QList<AccountConfig> AccountConfig::loadAll(QSettings &s)
{
    QList<AccountConfig> accounts;
    const int count = s.beginReadArray(u"accounts"_s);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        AccountConfig a;
        a.jid = s.value(u"jid"_s).toString();
        a.displayName = s.value(u"displayName"_s).toString();
        a.host = s.value(u"host"_s).toString();
        a.port = quint16(s.value(u"port"_s, 0).toUInt());
        a.caCertificatesFile = s.value(u"caCertificatesFile"_s).toString();
        a.pinnedSha256 = digestList(s.value(u"pinnedSha256"_s).toStringList());
        a.enabled = s.value(u"enabled"_s, true).toBool();
        a.rememberPassword = s.value(u"rememberPassword"_s, true).toBool();
        a.transport = transportFromKey(s.value(u"transport"_s).toString());
        if (usesEndpoint(a.transport))
            a.endpoint = QUrl(s.value(u"endpoint"_s).toString(), QUrl::StrictMode);
        const int sessions = s.beginReadArray(u"sessions"_s);
        for (int j = 0; j < sessions; ++j) {
            s.setArrayIndex(j);
            a.sessions << SessionConfig{s.value(u"resource"_s).toString(), s.value(u"online"_s, true).toBool()};
        }
        s.endArray();
        const int feeds = s.beginReadArray(u"feeds"_s);
        for (int j = 0; j < feeds; ++j) {
            s.setArrayIndex(j);
            FeedConfig feed{s.value(u"service"_s).toString(), s.value(u"node"_s).toString(),
                            s.value(u"resource"_s).toString(), s.value(u"device"_s).toString()};
            if (!feed.service.isEmpty() && !feed.node.isEmpty())
                a.feeds << feed;
        }
        s.endArray();
        a.amqp = readAmqp(s);
        if (!a.jid.isEmpty())
            accounts << a;
    }
    s.endArray();

    if (accounts.isEmpty() && s.childGroups().contains(u"account"_s)) {
        s.beginGroup(u"account"_s);
        AccountConfig a;
        a.jid = s.value(u"jid"_s).toString();
        a.host = s.value(u"host"_s).toString();
        a.port = quint16(s.value(u"port"_s, 0).toUInt());
        a.caCertificatesFile = s.value(u"caCertificatesFile"_s).toString();
        a.sessions << SessionConfig{s.value(u"resource"_s, u"linnet"_s).toString(), false};
        s.endGroup();
        if (!a.jid.isEmpty())
            accounts << a;
    }
    return accounts;
}

void AccountConfig::saveAll(QSettings &s, const QList<AccountConfig> &accounts)
{
    s.remove(u"account"_s);
    s.remove(u"accounts"_s);
    s.beginWriteArray(u"accounts"_s, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const auto &a = accounts.at(i);
        s.setArrayIndex(i);
        s.setValue(u"jid"_s, a.jid);
        s.setValue(u"displayName"_s, a.displayName);
        s.setValue(u"host"_s, a.host);
        s.setValue(u"port"_s, a.port);
        s.setValue(u"caCertificatesFile"_s, a.caCertificatesFile);
        s.setValue(u"pinnedSha256"_s, hexList(a.pinnedSha256));
        s.setValue(u"enabled"_s, a.enabled);
        s.setValue(u"rememberPassword"_s, a.rememberPassword);
        s.setValue(u"transport"_s, transportKey(a.transport));
        if (usesEndpoint(a.transport) && !a.endpoint.isEmpty())
            s.setValue(u"endpoint"_s, a.endpoint.toString());
        s.beginWriteArray(u"sessions"_s, int(a.sessions.size()));
        for (int j = 0; j < a.sessions.size(); ++j) {
            s.setArrayIndex(j);
            s.setValue(u"resource"_s, a.sessions.at(j).resource);
            s.setValue(u"online"_s, a.sessions.at(j).online);
        }
        s.endArray();
        s.beginWriteArray(u"feeds"_s, int(a.feeds.size()));
        for (int j = 0; j < a.feeds.size(); ++j) {
            const auto &feed = a.feeds.at(j);
            s.setArrayIndex(j);
            s.setValue(u"service"_s, feed.service);
            s.setValue(u"node"_s, feed.node);
            s.setValue(u"resource"_s, feed.resource);
            s.setValue(u"device"_s, feed.device);
        }
        s.endArray();
        writeAmqp(s, a.amqp);
    }
    s.endArray();
    s.sync();
}

QString AccountConfig::transportKey(Transport transport)
{
    return transportKeys.at(std::size_t(transport)).toString();
}

Transport AccountConfig::transportFromKey(const QString &key)
{
    for (std::size_t i = 0; i < transportKeys.size(); ++i) {
        if (key == transportKeys.at(i))
            return Transport(i);
    }
    if (!key.isEmpty())
        qCWarning(lcAccount) << "Unknown transport" << key << "in the profile; connecting automatically";
    return Transport::Automatic;
}

AccountTransport::AccountTransport(QObject *parent)
    : QObject(parent)
{
}

int AccountTransport::kindOf(Account *account) const
{
    return account ? int(account->config().transport) : Automatic;
}

QString AccountTransport::endpointOf(Account *account) const
{
    return account ? account->config().endpoint.toString() : QString();
}

QUrl AccountTransport::parseEndpoint(const QString &endpoint)
{
    return QUrl(endpoint.trimmed(), QUrl::StrictMode);
}

QString AccountTransport::endpointProblem(int kind, const QString &endpoint) const
{
    if (kind < Automatic || kind > Bosh)
        return tr("Choose how to connect.");
    const auto transport = Transport(kind);
    if (!AccountConfig::usesEndpoint(transport) || endpoint.trimmed().isEmpty())
        return {};
    const QUrl url = parseEndpoint(endpoint);
    const bool webSocket = transport == Transport::WebSocket;
    const QString scheme = webSocket ? u"wss"_s : u"https"_s;
    const QString example = webSocket ? u"wss://example.org/xmpp-websocket"_s : u"https://example.org/http-bind"_s;
    // Unencrypted endpoints are refused outright: TLS is required on every transport.
    if (url.scheme() == u"ws"_s || url.scheme() == u"http"_s)
        return tr("Use an encrypted address starting with %1://: Linnet does not connect without TLS.").arg(scheme);
    if (!url.isValid() || url.scheme() != scheme || url.host().isEmpty())
        return tr("Enter an address like %1, or leave it empty to ask the server.").arg(example);
    // A password in the address would end up in the profile and in logs.
    if (!url.userInfo().isEmpty())
        return tr("Leave the user name and password out of the address: Linnet signs in with the account's.");
    if (url.hasFragment())
        return tr("Leave the “#” part out of the address.");
    return {};
}

bool AccountTransport::apply(Account *account, int kind, const QString &endpoint)
{
    if (!account || kind < Automatic || kind > Bosh || !endpointProblem(kind, endpoint).isEmpty())
        return false;
    const auto transport = Transport(kind);
    AccountConfig config = account->config();
    const QUrl url = AccountConfig::usesEndpoint(transport) ? parseEndpoint(endpoint) : QUrl();
    if (config.transport == transport && config.endpoint == url)
        return true;
    config.transport = transport;
    config.endpoint = url;
    account->setConfig(config);  // the AccountsModel saves on configChanged
    qCInfo(lcAccount) << "The account" << account->jid() << "now connects over" << AccountConfig::transportKey(transport)
                      << url.toDisplayString();
    // A session trying to connect (or waiting to) would go on with the old transport: the new
    // one, now.
    for (auto *session : account->sessions()) {
        const auto state = session->connection()->state();
        if (state == ConnectionController::State::WaitingToReconnect || state == ConnectionController::State::Connecting)
            account->connectSession(session);
    }
    return true;
}

QString AccountTransport::name(Transport transport)
{
    switch (transport) {
    case Transport::Automatic:
        return tr("Automatic");
    case Transport::StartTls:
        return u"STARTTLS"_s;
    case Transport::DirectTls:
        return tr("Direct TLS");
    case Transport::WebSocket:
        return u"WebSocket"_s;
    case Transport::Bosh:
        return u"BOSH"_s;
    }
    return {};
}

QString AccountTransport::describe(Transport transport, const QString &where)
{
    return where.isEmpty() ? name(transport) : u"%1 (%2)"_s.arg(name(transport), where);
}
