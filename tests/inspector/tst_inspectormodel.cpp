// The inspector's parts without a server: the trace's bound and drop count with producers on
// several threads, the model's batches (one rowsInserted per fetch, trimmed to the capacity),
// the filter, and the exported file's content in both formats.
#include "inspector/InspectorFilterModel.h"
#include "inspector/InspectorModel.h"
#include "inspector/ProtocolTrace.h"
#include "inspector/TraceExport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
TraceEvent event(TraceEvent::Protocol protocol, const QString &connection, const QString &kind, const QString &summary,
                 TraceEvent::Direction direction = TraceEvent::Direction::Sent)
{
    TraceEvent e;
    e.protocol = protocol;
    e.direction = direction;
    e.timeMs = 1'796'000'000'000;
    e.connection = connection;
    e.kind = kind;
    e.summary = summary;
    e.detail = QStringLiteral("<%1/> detail of ").arg(kind) + summary;
    return e;
}
TraceEvent xmpp(const QString &kind, const QString &summary)
{
    return event(TraceEvent::Protocol::Xmpp, QStringLiteral("alice@linnet.test/desk"), kind, summary);
}
TraceEvent amqp(const QString &kind, const QString &summary)
{
    return event(TraceEvent::Protocol::Amqp, QStringLiteral("plant"), kind, summary, TraceEvent::Direction::Received);
}
}  // namespace

class TestInspectorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingRecordedWhileNotRecording()
    {
        ProtocolTrace trace(10);
        trace.record(xmpp(QStringLiteral("iq"), QStringLiteral("iq get")));
        quint64 sequence = 0;
        QVERIFY(trace.eventsSince(&sequence).isEmpty());
        QCOMPARE(sequence, 0u);
    }

    void boundAndDropCountUnderConcurrentProducers()
    {
        constexpr int producers = 4;
        constexpr int perProducer = 5000;
        constexpr qsizetype capacity = 1000;
        ProtocolTrace trace(capacity);
        trace.setRecording(true);
        QList<QThread *> threads;
        for (int p = 0; p < producers; ++p) {
            threads << QThread::create([&trace, p] {
                for (int i = 0; i < perProducer; ++i)
                    trace.record(amqp(QStringLiteral("transfer"), QStringLiteral("%1:%2").arg(p).arg(i)));
            });
            threads.last()->start();
        }
        // A reader draining while they write, as the model does.
        quint64 sequence = 0;
        qsizetype read = 0;
        while (std::any_of(threads.cbegin(), threads.cend(), [](QThread *t) { return !t->isFinished(); }))
            read += trace.eventsSince(&sequence).size();
        for (auto *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        read += trace.eventsSince(&sequence).size();
        QCOMPARE(sequence, quint64(producers * perProducer));
        // Every event was either read or dropped; never more held than the capacity.
        QVERIFY(read <= producers * perProducer);
        QVERIFY(trace.dropped() >= quint64(producers * perProducer - read));  // unread ones were dropped
        quint64 fresh = 0;
        const auto held = trace.eventsSince(&fresh);
        QCOMPARE(held.size(), capacity);
        QCOMPARE(trace.dropped(), quint64(producers * perProducer - capacity));
        // Each producer's events stay in its order.
        QHash<QString, int> last;
        for (const auto &e : held) {
            const auto p = e.summary.section(QLatin1Char(':'), 0, 0);
            const int i = e.summary.section(QLatin1Char(':'), 1).toInt();
            QVERIFY(i > last.value(p, -1));
            last[p] = i;
        }
    }

    void modelFetchesInOneBatch()
    {
        ProtocolTrace trace(100);
        trace.setRecording(true);
        InspectorModel model;
        model.setTrace(&trace);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy available(&trace, &ProtocolTrace::eventsAvailable);
        for (int i = 0; i < 30; ++i)
            trace.record(xmpp(QStringLiteral("message"), QStringLiteral("message %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 30, 5000);
        QCOMPARE(available.size(), 1);  // coalesced notification
        QCOMPARE(inserted.size(), 1);   // one batch
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 29);
        const auto index = model.index(29);
        QCOMPARE(index.data(InspectorModel::SummaryRole).toString(), QStringLiteral("message 29"));
        QCOMPARE(index.data(InspectorModel::KindRole).toString(), QStringLiteral("message"));
        QCOMPARE(index.data(InspectorModel::ProtocolRole).value<InspectorModel::Protocol>(), InspectorModel::Protocol::Xmpp);
        QCOMPARE(index.data(InspectorModel::DirectionRole).value<InspectorModel::Direction>(), InspectorModel::Direction::Sent);
        QCOMPARE(model.connections(), QStringList{QStringLiteral("alice@linnet.test/desk")});

        // Past the capacity: the oldest rows go in one removal, the new ones in one insertion.
        inserted.clear();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 30; i < 130; ++i)
            trace.record(amqp(QStringLiteral("flow"), QStringLiteral("flow %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, 5000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0).data(InspectorModel::SummaryRole).toString(), QStringLiteral("flow 30"));
        QCOMPARE(model.index(99).data(InspectorModel::SummaryRole).toString(), QStringLiteral("flow 129"));
        QCOMPARE(model.dropped(), 30);

        // Clear empties both; what comes after shows.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        trace.record(xmpp(QStringLiteral("iq"), QStringLiteral("iq after clear")));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
        QCOMPARE(model.index(0).data(InspectorModel::SummaryRole).toString(), QStringLiteral("iq after clear"));

        // Paused: nothing more.
        trace.setRecording(false);
        trace.record(xmpp(QStringLiteral("iq"), QStringLiteral("while paused")));
        model.fetchNow();
        QCOMPARE(model.rowCount(), 1);
    }

    void filter()
    {
        ProtocolTrace trace(100);
        trace.setRecording(true);
        trace.record(xmpp(QStringLiteral("message"), QStringLiteral("message chat from bob")));
        trace.record(xmpp(QStringLiteral("iq"), QStringLiteral("iq get id disco1")));
        trace.record(amqp(QStringLiteral("transfer"), QStringLiteral("transfer delivery 7")));
        trace.record(amqp(QStringLiteral("flow"), QStringLiteral("flow credit 50")));
        InspectorModel model;
        model.setTrace(&trace);
        InspectorFilterModel filter;
        filter.setInspector(&model);
        QCOMPARE(filter.count(), 4);
        filter.setProtocol(int(InspectorModel::Protocol::Amqp));
        QCOMPARE(filter.count(), 2);
        filter.setKind(QStringLiteral("flow"));
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.get(0).value(QStringLiteral("summary")).toString(), QStringLiteral("flow credit 50"));
        filter.setKind({});
        filter.setProtocol(-1);
        filter.setText(QStringLiteral("BOB"));  // case-insensitive
        QCOMPARE(filter.count(), 1);
        filter.setText(QStringLiteral("detail of iq"));  // the detail is searched too
        QCOMPARE(filter.count(), 1);
        filter.setText({});
        filter.setConnection(QStringLiteral("plant"));
        QCOMPARE(filter.count(), 2);
        // New rows are filtered as they come.
        trace.record(amqp(QStringLiteral("disposition"), QStringLiteral("disposition accepted")));
        trace.record(xmpp(QStringLiteral("presence"), QStringLiteral("presence")));
        model.fetchNow();
        QCOMPARE(filter.count(), 3);
    }

    void exportWritesWhatIsShown()
    {
        ProtocolTrace trace(100);
        trace.setRecording(true);
        trace.record(xmpp(QStringLiteral("message"), QStringLiteral("message chat to bob")));
        auto flow = amqp(QStringLiteral("flow"), QStringLiteral("flow credit 50"));
        flow.channel = 0;
        flow.handle = 1;
        flow.credit = 50;
        flow.detail = QStringLiteral("@flow(19) [next-incoming-id=0,\nlink-credit=50]");
        trace.record(flow);
        InspectorModel model;
        model.setTrace(&trace);
        InspectorFilterModel filter;
        filter.setInspector(&model);
        QTemporaryDir dir;
        QSignalSpy finished(&filter, &InspectorFilterModel::exportFinished);

        const QString text = dir.filePath(QStringLiteral("trace.txt"));
        filter.exportTo(QUrl::fromLocalFile(text), InspectorFilterModel::ExportFormat::Text);
        QVERIFY(filter.isExporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(text));
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(textFile.readAll());
        QVERIFY2(written.contains(QStringLiteral(" xmpp alice@linnet.test/desk -> message chat to bob\n    <message/> detail")), qPrintable(written));
        QVERIFY2(written.contains(QStringLiteral(" amqp plant <- flow credit 50\n    @flow(19) [next-incoming-id=0,\n    link-credit=50]\n")), qPrintable(written));

        // JSON lines, of the filtered rows only.
        filter.setProtocol(int(InspectorModel::Protocol::Amqp));
        const QString json = dir.filePath(QStringLiteral("trace.jsonl"));
        filter.exportTo(QUrl::fromLocalFile(json), InspectorFilterModel::ExportFormat::JsonLines);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY(finished.last().at(0).toBool());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const auto lines = jsonFile.readAll().split('\n');
        QCOMPARE(lines.size(), 2);  // one object and the final newline
        const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(o.value(QStringLiteral("protocol")).toString(), QStringLiteral("amqp"));
        QCOMPARE(o.value(QStringLiteral("direction")).toString(), QStringLiteral("received"));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("flow"));
        QCOMPARE(o.value(QStringLiteral("credit")).toInt(), 50);
        QCOMPARE(o.value(QStringLiteral("handle")).toInt(), 1);
        QVERIFY(!o.contains(QStringLiteral("deliveryId")));
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-30T00:53:20.000Z"));

        // A place that cannot be written says so.
        filter.exportTo(QUrl::fromLocalFile(dir.filePath(QStringLiteral("no/such/dir/trace.txt"))), InspectorFilterModel::ExportFormat::Text);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(finished.last().at(1).toString().startsWith(QStringLiteral("Could not export")));
    }
};

QTEST_GUILESS_MAIN(TestInspectorModel)
#include "tst_inspectormodel.moc"
