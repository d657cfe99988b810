// Roster order (reachable first, then by name) and search.
#include "roster/RosterFilterModel.h"
#include "roster/RosterModel.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using Presence::Availability;
using namespace Qt::StringLiterals;

class TestRosterFilterModel : public QObject
{
    Q_OBJECT

    static void add(QStandardItemModel &model, const QString &name, const QString &jid, Availability availability)
    {
        auto *item = new QStandardItem;
        item->setData(name, RosterModel::NameRole);
        item->setData(jid, RosterModel::JidRole);
        item->setData(int(availability), RosterModel::AvailabilityRankRole);
        model.appendRow(item);
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data(RosterModel::NameRole).toString();
        return result;
    }

private Q_SLOTS:
    void onlineFirstThenByName()
    {
        QStandardItemModel source;
        add(source, QStringLiteral("zoe"), QStringLiteral("zoe@x"), Availability::Offline);
        add(source, QStringLiteral("Wren"), QStringLiteral("wren@x"), Availability::Away);
        add(source, QStringLiteral("anna"), QStringLiteral("anna@x"), Availability::Offline);
        add(source, QStringLiteral("Robin"), QStringLiteral("robin@x"), Availability::Online);
        add(source, QStringLiteral("bert"), QStringLiteral("bert@x"), Availability::DoNotDisturb);
        RosterFilterModel proxy;
        QAbstractItemModelTester tester(&proxy);
        proxy.setSourceModel(&source);
        QCOMPARE(names(proxy), (QStringList{u"bert"_s, u"Robin"_s, u"Wren"_s, u"anna"_s, u"zoe"_s}));

        // Someone coming online moves up without a reset.
        source.item(2)->setData(int(Availability::Online), RosterModel::AvailabilityRankRole);
        QCOMPARE(names(proxy), (QStringList{u"anna"_s, u"bert"_s, u"Robin"_s, u"Wren"_s, u"zoe"_s}));
    }

    void searchMatchesNameAndAddress()
    {
        QStandardItemModel source;
        add(source, QStringLiteral("Robin"), QStringLiteral("robin@birds.example"), Availability::Online);
        add(source, QStringLiteral("Wren"), QStringLiteral("wren@garden.example"), Availability::Online);
        RosterFilterModel proxy;
        proxy.setSourceModel(&source);
        proxy.setFilterText(QStringLiteral("ROB"));
        QCOMPARE(names(proxy), QStringList{u"Robin"_s});
        proxy.setFilterText(QStringLiteral("garden"));
        QCOMPARE(names(proxy), QStringList{u"Wren"_s});
        proxy.setFilterText(QStringLiteral("nobody"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 2);
    }

    // rowOf/jidAt (what RosterList asks instead of scanning rows in JavaScript), on any source.
    void rowOfAndJidAt()
    {
        QStandardItemModel source;
        add(source, QStringLiteral("Wren"), QStringLiteral("wren@x"), Availability::Offline);
        add(source, QStringLiteral("Robin"), QStringLiteral("robin@x"), Availability::Online);
        RosterFilterModel proxy;
        QCOMPARE(proxy.rowOf(QStringLiteral("robin@x")), -1);  // no source yet
        proxy.setSourceModel(&source);
        QCOMPARE(proxy.rowOf(QStringLiteral("robin@x")), 0);
        QCOMPARE(proxy.rowOf(QStringLiteral("wren@x")), 1);
        QCOMPARE(proxy.jidAt(0), QStringLiteral("robin@x"));
        QCOMPARE(proxy.rowOf(QString()), -1);
        proxy.setFilterText(QStringLiteral("wren"));
        QCOMPARE(proxy.rowOf(QStringLiteral("robin@x")), -1);
        QCOMPARE(proxy.rowOf(QStringLiteral("wren@x")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRosterFilterModel)
#include "tst_rosterfiltermodel.moc"
