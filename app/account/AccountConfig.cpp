#include "AccountConfig.h"

#include <QSettings>

using namespace Qt::StringLiterals;

ConnectionSettings AccountConfig::connectionSettings(const QString &resource) const
{
    ConnectionSettings settings;
    settings.jid = jid;
    settings.resource = resource;
    settings.host = host;
    settings.port = port;
    settings.caCertificatesFile = caCertificatesFile;
    settings.pinnedSha256 = pinnedSha256;
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
        for (const auto &hex : s.value(u"pinnedSha256"_s).toStringList())
            a.pinnedSha256 << QByteArray::fromHex(hex.toLatin1());
        a.enabled = s.value(u"enabled"_s, true).toBool();
        a.rememberPassword = s.value(u"rememberPassword"_s, true).toBool();
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
        QStringList pins;
        for (const auto &pin : a.pinnedSha256)
            pins << QString::fromLatin1(pin.toHex());
        s.setValue(u"pinnedSha256"_s, pins);
        s.setValue(u"enabled"_s, a.enabled);
        s.setValue(u"rememberPassword"_s, a.rememberPassword);
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
    }
    s.endArray();
    s.sync();
}
