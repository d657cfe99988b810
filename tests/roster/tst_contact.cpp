// A contact as the chat header sees it (RosterModel::contactFor / current), without a server:
// presences and PEP events are handed to QXmpp as the receive path does. Resources with client
// names, avatars (XEP-0084 event, vCard hash in presence) through a real cache directory, our
// own published nick, and the fold state of sections kept across a restart.
#include "roster/AvatarCache.h"
#include "roster/ClientNames.h"
#include "roster/Contact.h"
#include "roster/ProfileEvents.h"
#include "roster/RosterListModel.h"
#include "roster/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDomDocument>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>

using Presence::Availability;
using namespace Qt::StringLiterals;

class TestContact : public QObject
{
    Q_OBJECT

    static void push(QXmppRosterManager *manager, const QString &jid, const QString &name, const QString &group = {})
    {
        QDomDocument doc;
        const QString groupXml = group.isEmpty() ? QString() : u"<group>%1</group>"_s.arg(group);
        const QString xml = u"<iq type='set' id='push1'><query xmlns='jabber:iq:roster'>"
                            u"<item jid='%1' name='%2' subscription='both'>%3</item></query></iq>"_s.arg(jid, name, groupXml);
        QVERIFY(doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing));
        QVERIFY(manager->handleStanza(doc.documentElement()));
    }

    static QXmppPresence presence(const QString &from, QXmppPresence::AvailableStatusType show, const QString &status = {},
                                  const QString &capsNode = {})
    {
        QXmppPresence p;
        p.setFrom(from);
        p.setAvailableStatusType(show);
        p.setStatusText(status);
        if (!capsNode.isEmpty()) {
            p.setCapabilityNode(capsNode);
            p.setCapabilityHash(u"sha-1"_s);
            p.setCapabilityVer(QByteArray::fromBase64("q07IKJEyjvHSyhy//CH0CxmKi8w="));
        }
        return p;
    }

    static QByteArray png(QColor color, int w = 200, int h = 100)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(color);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    static bool pepEvent(ProfileEvents *events, const QString &from, const QString &node, const QString &itemXml)
    {
        QDomDocument doc;
        const QString xml = u"<message from='%1'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                            u"<items node='%2'>%3</items></event></message>"_s.arg(from, node, itemXml);
        if (!doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing))
            return false;
        return events->handlePubSubEvent(doc.documentElement(), from, node);
    }

private Q_SLOTS:
    void clientNameFromCapsNode()
    {
        QCOMPARE(ClientNames::fromCapsNode(u"https://gajim.org/"_s), u"gajim.org"_s);
        QCOMPARE(ClientNames::fromCapsNode(u"http://conversations.im"_s), u"conversations.im"_s);
        QCOMPARE(ClientNames::fromCapsNode(u"https://example.org/client/"_s), u"example.org/client"_s);
        QCOMPARE(ClientNames::fromCapsNode(QString()), QString());
    }

    void contactFollowsRosterAndPresence()
    {
        QXmppClient client;
        auto *manager = client.findExtension<QXmppRosterManager>();
        RosterModel model(manager);
        auto *stranger = model.contactFor(u"Stranger@Example.org/phone"_s.toLower());
        QVERIFY(stranger);
        QCOMPARE(stranger->jid(), u"stranger@example.org"_s);
        QVERIFY(!stranger->isKnown());
        QCOMPARE(stranger->name(), u"stranger@example.org"_s);
        QCOMPARE(model.contactFor(u"stranger@example.org"_s), stranger);  // one object per JID
        QVERIFY(!model.contactFor(QString()));

        auto *ada = model.contactFor(u"ada@example.org"_s);
        QSignalSpy changed(ada, &Contact::changed);
        QSignalSpy resourcesChanged(ada, &Contact::resourcesChanged);
        push(manager, u"ada@example.org"_s, u"Ada Lovelace"_s);
        QVERIFY(ada->isKnown());
        QCOMPARE(ada->name(), u"Ada Lovelace"_s);
        QCOMPARE(ada->initials(), u"AL"_s);
        QCOMPARE(ada->availability(), Availability::Offline);
        QVERIFY(changed.count() >= 1);

        Q_EMIT client.presenceReceived(presence(u"ada@example.org/laptop"_s, QXmppPresence::Away, u"at lunch"_s, u"https://gajim.org"_s));
        Q_EMIT client.presenceReceived(presence(u"ada@example.org/phone"_s, QXmppPresence::Online, {}, u"http://conversations.im"_s));
        QTRY_COMPARE(ada->availability(), Availability::Online);
        QCOMPARE(ada->resources(), (QStringList{u"phone"_s, u"laptop"_s}));  // most reachable first
        auto *list = ada->resourceList();
        QAbstractItemModelTester tester(list);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->index(1).data(ResourcesModel::ClientNameRole).toString(), u"gajim.org"_s);
        QCOMPARE(list->index(1).data(ResourcesModel::StatusTextRole).toString(), u"at lunch"_s);
        QCOMPARE(list->descriptionOf(u"laptop"_s), u"Away · gajim.org · at lunch"_s);
        QCOMPARE(list->clientNameOf(u"phone"_s), u"conversations.im"_s);
        QVERIFY(resourcesChanged.count() >= 2);

        // The phone goes: the laptop is left, and the contact is away.
        QXmppPresence gone;
        gone.setFrom(u"ada@example.org/phone"_s);
        gone.setType(QXmppPresence::Unavailable);
        Q_EMIT client.presenceReceived(gone);
        QCOMPARE(ada->resources(), QStringList{u"laptop"_s});
        QTRY_COMPARE(ada->availability(), Availability::Away);
        QCOMPARE(ada->statusText(), u"at lunch"_s);
    }

    void currentFollowsTheOpenChat()
    {
        QXmppClient client;
        RosterModel model(client.findExtension<QXmppRosterManager>());
        QSignalSpy spy(&model, &RosterModel::currentChanged);
        QVERIFY(!model.current());
        model.setCurrentJid(u"ada@example.org"_s);
        QCOMPARE(spy.count(), 1);
        QVERIFY(model.current());
        QCOMPARE(model.current()->jid(), u"ada@example.org"_s);
        model.setCurrentJid(u"ada@example.org"_s);
        QCOMPARE(spy.count(), 1);
        model.setCurrentJid({});
        QVERIFY(!model.current());
        QCOMPARE(spy.count(), 2);
    }

    void avatarCacheStoresByHash()
    {
        QTemporaryDir dir;
        AvatarCache cache;
        QSignalSpy ready(&cache, &AvatarCache::ready);
        cache.setDirectory(dir.filePath(u"avatars"_s));
        QVERIFY(ready.wait());
        const QByteArray data = png(Qt::red);
        const QString hash = AvatarCache::sha1(data);
        QSignalSpy stored(&cache, &AvatarCache::stored);
        QSignalSpy failed(&cache, &AvatarCache::failed);
        cache.store(hash, data);
        QVERIFY(stored.wait());
        QVERIFY(cache.has(hash));
        const QImage round(cache.url(hash).toLocalFile());
        QCOMPARE(round.size(), QSize(AvatarCache::Size, AvatarCache::Size));
        QCOMPARE(qAlpha(round.pixel(0, 0)), 0);  // cut round: corners are transparent
        QCOMPARE(QColor(round.pixel(64, 64)), QColor(Qt::red));

        // Bytes that are not what the hash names are refused.
        const QString otherHash = AvatarCache::sha1("something else");
        cache.store(otherHash, data);
        QVERIFY(failed.wait());
        QVERIFY(!cache.has(otherHash));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"avatars/"_s + otherHash + u".png"_s)));

        // The next run finds what is on disk without fetching.
        AvatarCache again;
        QSignalSpy againReady(&again, &AvatarCache::ready);
        again.setDirectory(dir.filePath(u"avatars"_s));
        QVERIFY(againReady.wait());
        QVERIFY(again.has(hash));
        QCOMPARE(again.url(hash), cache.url(hash));
    }

    void avatarsFromPepAndVCard()
    {
        QTemporaryDir dir;
        QXmppClient client;
        auto *manager = client.findExtension<QXmppRosterManager>();
        RosterModel model(manager);
        QSignalSpy ready(model.avatars(), &AvatarCache::ready);
        model.setStorage(u"me@example.org"_s, {}, dir.path());
        QVERIFY(ready.wait());
        push(manager, u"ada@example.org"_s, u"Ada"_s);
        push(manager, u"bob@example.org"_s, u"Bob"_s);
        auto *ada = model.contactFor(u"ada@example.org"_s);
        QVERIFY(ada->avatarUrl().isEmpty());

        // XEP-0084: the metadata names the picture; its data arrives (here: handed over).
        auto *events = client.findExtension<ProfileEvents>();
        QVERIFY(events);
        const QByteArray adaPicture = png(Qt::blue);
        const QString adaHash = AvatarCache::sha1(adaPicture);
        QVERIFY(pepEvent(events, u"ada@example.org"_s, u"urn:xmpp:avatar:metadata"_s,
                         u"<item id='%1'><metadata xmlns='urn:xmpp:avatar:metadata'><info id='%1' bytes='%2' type='image/png'/>"
                         u"</metadata></item>"_s.arg(adaHash).arg(adaPicture.size())));
        Q_EMIT events->avatarData(u"ada@example.org"_s, adaHash, adaPicture);
        QTRY_VERIFY(!ada->avatarUrl().isEmpty());
        QVERIFY(ada->avatarUrl().isLocalFile());
        QCOMPARE(model.index(model.indexOf(u"ada@example.org"_s)).data(RosterModel::AvatarUrlRole).toUrl(), ada->avatarUrl());

        // A vCard hash in presence (XEP-0153) for a picture already on disk: shown, no fetch.
        QXmppPresence withPhoto = presence(u"bob@example.org/pc"_s, QXmppPresence::Online);
        withPhoto.setVCardUpdateType(QXmppPresence::VCardUpdateValidPhoto);
        withPhoto.setPhotoHash(QByteArray::fromHex(adaHash.toLatin1()));
        Q_EMIT client.presenceReceived(withPhoto);
        QCOMPARE(model.avatarUrl(u"bob@example.org"_s), ada->avatarUrl());
        // ... but a PEP avatar wins over the vCard one.
        QXmppPresence adaPhoto = presence(u"ada@example.org/pc"_s, QXmppPresence::Online);
        adaPhoto.setVCardUpdateType(QXmppPresence::VCardUpdateNoPhoto);
        Q_EMIT client.presenceReceived(adaPhoto);
        QVERIFY(!ada->avatarUrl().isEmpty());

        // Empty metadata: the contact removed the picture.
        QVERIFY(pepEvent(events, u"ada@example.org"_s, u"urn:xmpp:avatar:metadata"_s,
                         u"<item id='current'><metadata xmlns='urn:xmpp:avatar:metadata'/></item>"_s));
        QVERIFY(ada->avatarUrl().isEmpty());
        QVERIFY(model.index(model.indexOf(u"ada@example.org"_s)).data(RosterModel::AvatarUrlRole).toUrl().isEmpty());
        // Other nodes are not ours to handle.
        QVERIFY(!pepEvent(events, u"ada@example.org"_s, u"urn:xmpp:sensors"_s, u"<item id='1'/>"_s));
    }

    void ownNickFromPep()
    {
        QXmppClient client;
        QXmppConfiguration config;
        config.setJid(u"me@example.org"_s);
        client.configuration() = config;
        RosterModel model(client.findExtension<QXmppRosterManager>());
        QSignalSpy spy(&model, &RosterModel::ownProfileChanged);
        QVERIFY(model.ownName().isEmpty());
        auto *events = client.findExtension<ProfileEvents>();
        // A contact's nick is not ours.
        QVERIFY(pepEvent(events, u"ada@example.org"_s, u"http://jabber.org/protocol/nick"_s,
                         u"<item id='current'><nick xmlns='http://jabber.org/protocol/nick'>Ada</nick></item>"_s));
        QVERIFY(model.ownName().isEmpty());
        QVERIFY(pepEvent(events, u"me@example.org"_s, u"http://jabber.org/protocol/nick"_s,
                         u"<item id='current'><nick xmlns='http://jabber.org/protocol/nick'> Wren </nick></item>"_s));
        QCOMPARE(model.ownName(), u"Wren"_s);
        QCOMPARE(spy.count(), 1);
    }

    void foldStateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(u"settings.ini"_s);
        {
            QXmppClient client;
            auto *manager = client.findExtension<QXmppRosterManager>();
            RosterModel model(manager);
            model.setStorage(u"me@example.org"_s, settings, {});
            push(manager, u"ada@example.org"_s, u"Ada"_s, u"Friends"_s);
            push(manager, u"bob@example.org"_s, u"Bob"_s, u"Work"_s);
            RosterListModel list;
            list.setRoster(&model);
            QVERIFY(!list.isCollapsed(u"g:Work"_s));
            QVERIFY(list.isCollapsed(u"b"_s));  // the block list starts folded
            list.toggleSection(u"g:Work"_s);
            list.toggleSection(u"b"_s);
        }
        QXmppClient client;
        RosterModel model(client.findExtension<QXmppRosterManager>());
        model.setStorage(u"me@example.org"_s, settings, {});
        RosterListModel list;
        list.setRoster(&model);
        QVERIFY(list.isCollapsed(u"g:Work"_s));
        QVERIFY(!list.isCollapsed(u"g:Friends"_s));
        QVERIFY(!list.isCollapsed(u"b"_s));

        // Another account of the profile has its own.
        RosterModel other(client.findExtension<QXmppRosterManager>());
        other.setStorage(u"other@example.org"_s, settings, {});
        QVERIFY(!other.hasStoredFoldState());
        RosterListModel otherList;
        otherList.setRoster(&other);
        QVERIFY(!otherList.isCollapsed(u"g:Work"_s));
        QVERIFY(otherList.isCollapsed(u"b"_s));
    }
};

QTEST_MAIN(TestContact)
#include "tst_contact.moc"
