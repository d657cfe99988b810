// Group chat models without a server: occupants sorted by role with their labels, presence
// changes, nick changes; the rooms list; mentions; the XEP-0402 bookmark payload both ways.
#include "muc/OccupantsModel.h"
#include "muc/Room.h"
#include "muc/RoomBookmark.h"
#include "muc/RoomsModel.h"

#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppMucIq.h>
#include <QXmppPresence.h>

namespace {
QXmppPresence occupantPresence(const QString &nick, QXmppMucItem::Role role, QXmppMucItem::Affiliation affiliation,
                               QXmppPresence::Type type = QXmppPresence::Available, QList<int> codes = {})
{
    QXmppPresence presence(type);
    presence.setFrom(QStringLiteral("room@conference.example.org/") + nick);
    QXmppMucItem item;
    item.setRole(role);
    item.setAffiliation(affiliation);
    presence.setMucItem(item);
    presence.setMucStatusCodes(codes);
    return presence;
}

QStringList nicks(const OccupantsModel &model)
{
    QStringList result;
    for (int i = 0; i < model.rowCount(); ++i)
        result << model.data(model.index(i), OccupantsModel::NickRole).toString();
    return result;
}
}  // namespace

class TestRoomModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occupantsSortedByRole()
    {
        OccupantsModel model;
        model.updateFromPresence(occupantPresence(QStringLiteral("zed"), QXmppMucItem::ParticipantRole, QXmppMucItem::NoAffiliation), false);
        model.updateFromPresence(occupantPresence(QStringLiteral("Visitor"), QXmppMucItem::VisitorRole, QXmppMucItem::NoAffiliation), false);
        model.updateFromPresence(occupantPresence(QStringLiteral("boss"), QXmppMucItem::ModeratorRole, QXmppMucItem::OwnerAffiliation), true);
        model.updateFromPresence(occupantPresence(QStringLiteral("Anna"), QXmppMucItem::ParticipantRole, QXmppMucItem::MemberAffiliation), false);
        QCOMPARE(nicks(model), (QStringList{QStringLiteral("boss"), QStringLiteral("Anna"), QStringLiteral("zed"), QStringLiteral("Visitor")}));
        QCOMPARE(model.data(model.index(0), OccupantsModel::RoleLabelRole).toString(), QStringLiteral("Moderator"));
        QCOMPARE(model.data(model.index(0), OccupantsModel::AffiliationLabelRole).toString(), QStringLiteral("Owner"));
        QCOMPARE(model.data(model.index(0), OccupantsModel::IsSelfRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), OccupantsModel::SectionRole).toString(), QStringLiteral("Participants"));

        // Voice granted: the visitor moves up among the participants.
        model.updateFromPresence(occupantPresence(QStringLiteral("Visitor"), QXmppMucItem::ParticipantRole, QXmppMucItem::NoAffiliation), false);
        QCOMPARE(nicks(model), (QStringList{QStringLiteral("boss"), QStringLiteral("Anna"), QStringLiteral("Visitor"), QStringLiteral("zed")}));
        // Away: the same row, updated.
        auto away = occupantPresence(QStringLiteral("Anna"), QXmppMucItem::ParticipantRole, QXmppMucItem::MemberAffiliation);
        away.setAvailableStatusType(QXmppPresence::Away);
        away.setStatusText(QStringLiteral("lunch"));
        model.updateFromPresence(away, false);
        QCOMPARE(model.data(model.index(1), OccupantsModel::AvailabilityRole).value<Presence::Availability>(),
                 Presence::Availability::Away);
        QCOMPARE(model.data(model.index(1), OccupantsModel::StatusTextRole).toString(), QStringLiteral("lunch"));
        // Gone.
        model.updateFromPresence(occupantPresence(QStringLiteral("zed"), QXmppMucItem::NoRole, QXmppMucItem::NoAffiliation,
                                                  QXmppPresence::Unavailable), false);
        QCOMPARE(nicks(model), (QStringList{QStringLiteral("boss"), QStringLiteral("Anna"), QStringLiteral("Visitor")}));
    }

    void roomFollowsOwnPresence()
    {
        Room room(QStringLiteral("Room@conference.example.org"));
        QCOMPARE(room.jid(), QStringLiteral("room@conference.example.org"));
        QCOMPARE(room.name(), QStringLiteral("room"));
        room.setNick(QStringLiteral("me"));
        room.setJoining();
        QSignalSpy joined(&room, &Room::joined);
        const bool created = room.handlePresence(occupantPresence(QStringLiteral("me"), QXmppMucItem::ModeratorRole,
                                                                  QXmppMucItem::OwnerAffiliation, QXmppPresence::Available, {110, 201}));
        QVERIFY(created);
        // Created by us: locked until configured (XEP-0045 10.1), so not joined yet.
        QCOMPARE(joined.size(), 0);
        QCOMPARE(room.state(), Room::State::Joining);
        room.finishSetup();
        QCOMPARE(joined.size(), 1);
        QVERIFY(room.isJoined());
        room.finishSetup();  // once only
        QCOMPARE(joined.size(), 1);
        QCOMPARE(room.occupantCount(), 1);

        // Another occupant changes nick (303): one row, renamed.
        room.handlePresence(occupantPresence(QStringLiteral("other"), QXmppMucItem::ParticipantRole, QXmppMucItem::NoAffiliation));
        auto change = occupantPresence(QStringLiteral("other"), QXmppMucItem::ParticipantRole, QXmppMucItem::NoAffiliation,
                                       QXmppPresence::Unavailable, {303});
        auto item = change.mucItem();
        item.setNick(QStringLiteral("renamed"));
        change.setMucItem(item);
        room.handlePresence(change);
        QCOMPARE(nicks(*room.occupants()), (QStringList{QStringLiteral("me"), QStringLiteral("renamed")}));

        // Kicked: not joined, with the reason in words, occupants gone.
        room.handlePresence(occupantPresence(QStringLiteral("me"), QXmppMucItem::NoRole, QXmppMucItem::NoAffiliation,
                                             QXmppPresence::Unavailable, {110, 307}));
        QCOMPARE(room.state(), Room::State::Failed);
        QVERIFY(!room.error().isEmpty());
        QCOMPARE(room.occupantCount(), 0);
    }

    void joinRefused()
    {
        Room room(QStringLiteral("room@conference.example.org"));
        room.setNick(QStringLiteral("me"));
        room.setJoining();
        QXmppPresence error(QXmppPresence::Error);
        error.setFrom(QStringLiteral("room@conference.example.org/me"));
        error.setError(QXmppStanza::Error(QXmppStanza::Error::Cancel, QXmppStanza::Error::Conflict));
        room.handlePresence(error);
        QCOMPARE(room.state(), Room::State::Failed);
        QCOMPARE(room.error(), QStringLiteral("That nickname is taken in this room."));
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("mentioned");
        QTest::newRow("word") << QStringLiteral("hi alice, look") << true;
        QTest::newRow("case") << QStringLiteral("ALICE?") << true;
        QTest::newRow("start") << QStringLiteral("Alice: hello") << true;
        QTest::newRow("inside a word") << QStringLiteral("malice") << false;
        QTest::newRow("prefix of a word") << QStringLiteral("alicewonder") << false;
        QTest::newRow("none") << QStringLiteral("hello") << false;
    }
    void mentions()
    {
        QFETCH(QString, body);
        QFETCH(bool, mentioned);
        QCOMPARE(Room::mentions(body, QStringLiteral("Alice")), mentioned);
        QVERIFY(Room::mentions(QStringLiteral("ping a.b+c now"), QStringLiteral("a.b+c")));
        QVERIFY(!Room::mentions(QStringLiteral("anything"), QString()));
    }

    void roomsListSortedAndUpdated()
    {
        RoomsModel model;
        Room b(QStringLiteral("b@conference.example.org"));
        Room a(QStringLiteral("a@conference.example.org"));
        model.add(&b);
        model.add(&a);
        QCOMPARE(model.roomAt(0), &a);
        QSignalSpy changed(&model, &RoomsModel::dataChanged);
        a.addUnread(2, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0), RoomsModel::UnreadRole).toInt(), 2);
        QCOMPARE(model.data(model.index(0), RoomsModel::MentionedRole).toBool(), true);
        // Renamed by its bookmark: moves to its place.
        RoomBookmark bookmark;
        bookmark.name = QStringLiteral("Zoo");
        a.setBookmark(bookmark);
        QCOMPARE(model.roomAt(0), &b);
        QCOMPARE(model.data(model.index(1), RoomsModel::NameRole).toString(), QStringLiteral("Zoo"));
        QCOMPARE(model.indexOf(QStringLiteral("A@conference.example.org")), 1);
        model.remove(&b);
        QCOMPARE(model.rowCount(), 1);
    }

    void bookmarkPayload()
    {
        RoomBookmark bookmark{QStringLiteral("room@conference.example.org"), QStringLiteral("The <room>"),
                              QStringLiteral("me"), QStringLiteral("secret"), true};
        QString xml;
        QXmlStreamWriter writer(&xml);
        RoomBookmarkItem(bookmark).toXml(&writer);
        QVERIFY(xml.contains(QStringLiteral("xmlns=\"urn:xmpp:bookmarks:1\"")));
        QVERIFY(xml.contains(QStringLiteral("autojoin=\"true\"")));

        QDomDocument doc;
        QVERIFY(doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing));
        QVERIFY(RoomBookmarkItem::isItem(doc.documentElement()));
        RoomBookmarkItem parsed;
        parsed.parse(doc.documentElement());
        QCOMPARE(parsed.bookmark(), bookmark);

        // autojoin="1" is true as well (xs:boolean); absent is false.
        QVERIFY(doc.setContent(QStringLiteral("<item id='r@c.example'><conference xmlns='urn:xmpp:bookmarks:1' autojoin='1'/></item>"),
                               QDomDocument::ParseOption::UseNamespaceProcessing));
        parsed.parse(doc.documentElement());
        QVERIFY(parsed.bookmark().autojoin);
        QCOMPARE(parsed.bookmark().jid, QStringLiteral("r@c.example"));
        QVERIFY(doc.setContent(QStringLiteral("<item id='r@c.example'><conference xmlns='urn:xmpp:bookmarks:1'/></item>"),
                               QDomDocument::ParseOption::UseNamespaceProcessing));
        RoomBookmarkItem plain;
        plain.parse(doc.documentElement());
        QVERIFY(!plain.bookmark().autojoin);
    }
};

QTEST_MAIN(TestRoomModels)
#include "tst_roommodels.moc"
