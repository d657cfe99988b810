// What contacts publish about themselves, against a real Prosody: each online resource with
// its client name (XEP-0115 caps, then XEP-0092), a contact's XEP-0084 avatar (PEP event, then
// the data node, into the profile's cache by hash) and our own XEP-0172 nickname published by
// another client of the account. The vCard-temp fallback needs a vCard module in the fixture
// (not enabled there); tests/roster/tst_contact covers it with the photo hash in presence.
#include "LiveTest.h"
#include "AccountHarness.h"
#include "roster/AvatarCache.h"
#include "roster/Contact.h"
#include "roster/PepItems.h"
#include "roster/RosterModel.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppVersionManager.h>

using namespace Qt::StringLiterals;

class TestProfiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProsodyServer> m_server;
    std::unique_ptr<AccountHarness> m_alice;
    QTemporaryDir m_cache;

    // A peer client that says who it is (caps node, software version) before it logs in.
    std::unique_ptr<QXmppClient> peer(const QString &user, const QString &resource, const QString &name = {})
    {
        auto client = std::make_unique<QXmppClient>();
        client->addNewExtension<QXmppPubSubManager>();
        if (!name.isEmpty()) {
            auto *version = client->findExtension<QXmppVersionManager>();
            version->setClientName(name);
            version->setClientVersion(u"1.2"_s);
            client->findExtension<QXmppDiscoveryManager>()->setClientCapabilitiesNode(u"https://phone.example/"_s);
        }
        client->connectToServer(m_server->clientConfiguration(user, LiveTest::Password, resource));
        if (!QTest::qWaitFor([&] { return client->isConnected(); }, 15000))
            return nullptr;
        return client;
    }

    template<typename T>
    static bool publish(QXmppClient *client, const char *node, const T &item)
    {
        bool done = false;
        bool ok = false;
        client->findExtension<QXmppPubSubManager>()->publishOwnPepItem(QString::fromLatin1(node), item).then(client, [&](auto &&result) {
            ok = std::holds_alternative<QString>(result);
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        m_server = LiveTest::startServer();
        QVERIFY(m_server);
        m_alice = std::make_unique<AccountHarness>(LiveTest::settingsFor(*m_server, u"alice"_s));
        QSignalSpy ready(m_alice->roster()->avatars(), &AvatarCache::ready);
        m_alice->roster()->setStorage(m_server->jid(u"alice"_s), m_cache.filePath(u"settings.ini"_s), m_cache.path());
        QVERIFY(ready.wait());
        m_alice->login(LiveTest::Password);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->roster()->isLoaded(), 15000);
    }

    void resourcesWithClientNames()
    {
        auto *bob = m_alice->roster()->contactFor(m_server->jid(u"bob"_s));
        QVERIFY(bob->isKnown());
        QVERIFY(bob->resources().isEmpty());
        auto phone = peer(u"bob"_s, u"phone"_s, u"TestPhone"_s);
        QVERIFY(phone);
        auto desk = peer(u"bob"_s, u"desk"_s);  // plain QXmpp: no caps node of its own
        QVERIFY(desk);
        QTRY_COMPARE_WITH_TIMEOUT(bob->resources().size(), 2, 10000);
        // XEP-0092 answers replace the caps node's short form.
        QTRY_COMPARE_WITH_TIMEOUT(bob->resourceList()->clientNameOf(u"phone"_s), u"TestPhone 1.2"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!bob->resourceList()->clientNameOf(u"desk"_s).isEmpty(), 10000);
        QVERIFY(bob->resourceList()->descriptionOf(u"phone"_s).contains(u"TestPhone 1.2"_s));

        desk->disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(bob->resources(), QStringList{u"phone"_s}, 10000);
    }

    void contactAvatarFromPep()
    {
        const QString bobJid = m_server->jid(u"bob"_s);
        auto *bob = m_alice->roster()->contactFor(bobJid);
        auto client = peer(u"bob"_s, u"studio"_s);
        QVERIFY(client);

        QImage image(96, 64, QImage::Format_RGB32);
        image.fill(QColor(0, 128, 255));
        Pep::AvatarDataItem data;
        QBuffer buffer(&data.data);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const QString hash = AvatarCache::sha1(data.data);
        data.setId(hash);
        Pep::AvatarMetadataItem metadata;
        metadata.setId(hash);
        metadata.hash = hash;
        metadata.bytes = data.data.size();
        metadata.width = 96;
        metadata.height = 64;
        QVERIFY(publish(client.get(), Pep::AvatarDataNode, data));
        QVERIFY(publish(client.get(), Pep::AvatarMetadataNode, metadata));

        QTRY_VERIFY_WITH_TIMEOUT(!bob->avatarUrl().isEmpty(), 10000);
        QVERIFY(QFileInfo::exists(bob->avatarUrl().toLocalFile()));
        QCOMPARE(QFileInfo(bob->avatarUrl().toLocalFile()).dir().absolutePath(), QDir(m_cache.filePath(u"avatars"_s)).absolutePath());
        auto *roster = m_alice->roster();
        QCOMPARE(roster->index(roster->indexOf(bobJid)).data(RosterModel::AvatarUrlRole).toUrl(), bob->avatarUrl());

        // Removed: back to initials.
        QVERIFY(publish(client.get(), Pep::AvatarMetadataNode, Pep::AvatarMetadataItem(u"current"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(bob->avatarUrl().isEmpty(), 10000);
    }

    void ownNicknameFromAnotherClient()
    {
        auto *roster = m_alice->roster();
        QVERIFY(roster->ownName().isEmpty());
        auto other = peer(u"alice"_s, u"tablet"_s);
        QVERIFY(other);
        Pep::NickItem nick(u"current"_s);
        nick.nick = u"Alice Liddell"_s;
        QVERIFY(publish(other.get(), Pep::NickNode, nick));
        QTRY_COMPARE_WITH_TIMEOUT(roster->ownName(), u"Alice Liddell"_s, 10000);
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
