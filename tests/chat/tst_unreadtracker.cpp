// UnreadTracker and ChatNotifier on a real message store file: arrivals counted per
// conversation and in total, nothing counted while the conversation is in view, counts and mute
// surviving a restart (a new store and tracker on the same file), muted chats counting without
// notifying, one notification per burst, a summary for an archive catch-up, and the wiring to
// ChatController by its signals.
#include "chat/ChatController.h"
#include "chat/ChatNotifier.h"
#include "chat/MessageStore.h"
#include "chat/UnreadTracker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString Alice = u"alice@linnet.test"_s;
const QString Bob = u"bob@linnet.test"_s;
const QString Carol = u"carol@linnet.test"_s;

struct Shown {
    QString title, text;
};

std::unique_ptr<MessageStore> openStore(const QString &file)
{
    auto s = std::make_unique<MessageStore>();
    QSignalSpy opened(s.get(), &MessageStore::opened);
    s->open(file);
    if (!opened.wait(60000))
        qWarning("the store did not open");
    return s;
}
}  // namespace

class TestUnreadTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void countsArrivals();
    void nothingUnreadInView();
    void survivesARestart();
    void mutedCountsButDoesNotNotify();
    void oneNotificationPerBurst();
    void archiveCatchUpIsASummary();
    void followsChatController();

private:
    // Stores count incoming messages from peer, then announces them as ChatController does.
    void arrive(UnreadTracker &tracker, const QString &peer, int count, bool live = true);
    // A tracker on the store whose notifications land in m_shown; loaded.
    std::unique_ptr<UnreadTracker> tracker(MessageStore *store, ChatController *chats = nullptr);
    QString file() const { return m_dir->filePath(u"messages.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MessageStore> m_store;
    QList<Shown> m_shown;
    int m_next = 0;
};

void TestUnreadTracker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = openStore(file());
    QVERIFY(m_store->isOpen());
    m_shown.clear();
    m_next = 0;
}

std::unique_ptr<UnreadTracker> TestUnreadTracker::tracker(MessageStore *store, ChatController *chats)
{
    auto t = std::make_unique<UnreadTracker>(Alice, chats);
    t->notifier()->setSink([this](const QString &title, const QString &text) {
        m_shown << Shown{title, text};
        return true;
    });
    // Long enough that a burst's messages here fall in one; flush() shows at once.
    t->notifier()->setTimings(1h, 2h);
    QSignalSpy loaded(t.get(), &UnreadTracker::loadedChanged);
    t->setStore(store);
    if (!t->isLoaded() && !loaded.wait(60000))
        qWarning("the tracker did not load");
    return t;
}

void TestUnreadTracker::arrive(UnreadTracker &tracker, const QString &peer, int count, bool live)
{
    QList<StoredMessage> messages;
    for (int i = 0; i < count; ++i) {
        StoredMessage m;
        m.account = Alice;
        m.peer = peer;
        m.body = u"message %1"_s.arg(++m_next);
        m.messageId = u"id%1"_s.arg(m_next);
        m.timeMs = 1'780'000'000'000 + m_next;
        messages << m;
    }
    QSignalSpy stored(m_store.get(), &MessageStore::stored);
    m_store->store(messages);
    QVERIFY(stored.wait(60000));
    tracker.messagesArrived(peer, count, messages.constLast().body, live);
}

void TestUnreadTracker::countsArrivals()
{
    auto t = tracker(m_store.get());
    QCOMPARE(t->total(), 0);
    QSignalSpy changed(t.get(), &UnreadTracker::countChanged);
    arrive(*t, Bob, 2);
    arrive(*t, Carol, 1);
    arrive(*t, Bob, 3);
    QCOMPARE(t->count(Bob), 5);
    QCOMPARE(t->count(u"BOB@linnet.test"_s), 5);
    QCOMPARE(t->count(Carol), 1);
    QCOMPARE(t->total(), 6);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last(), (QVariantList{Bob, 5}));
    // Opening Bob's chat in a window that is not active reads nothing.
    t->setOpenConversation(Bob);
    QCOMPARE(t->count(Bob), 5);
    t->setViewActive(true);
    QCOMPARE(t->count(Bob), 0);
    QCOMPARE(t->total(), 1);
    QCOMPARE(changed.last(), (QVariantList{Bob, 0}));
}

void TestUnreadTracker::nothingUnreadInView()
{
    auto t = tracker(m_store.get());
    t->setViewActive(true);
    t->setOpenConversation(Bob);
    arrive(*t, Bob, 4);
    QCOMPARE(t->count(Bob), 0);
    QCOMPARE(t->total(), 0);
    t->notifier()->flush();
    QCOMPARE(m_shown.size(), 0);  // in view: no notification
    // The window loses focus: Bob's chat is no longer in view.
    t->setViewActive(false);
    arrive(*t, Bob, 1);
    QCOMPARE(t->count(Bob), 1);
    t->notifier()->flush();
    QCOMPARE(m_shown.size(), 1);
    // What was read in view is read in the store too.
    QTRY_VERIFY(m_store->waitForIdle());
    auto again = tracker(m_store.get());
    QCOMPARE(again->count(Bob), 1);
}

void TestUnreadTracker::survivesARestart()
{
    {
        auto t = tracker(m_store.get());
        arrive(*t, Bob, 3);
        arrive(*t, Carol, 2);
        t->setMuted(Carol, true);
        t->setOpenConversation(Carol);
        t->setViewActive(true);  // Carol's read
        QTRY_COMPARE(t->count(Carol), 0);
        QVERIFY(m_store->waitForIdle());
    }
    m_store.reset();
    m_store = openStore(file());
    auto t = tracker(m_store.get());
    QCOMPARE(t->count(Bob), 3);
    QCOMPARE(t->count(Carol), 0);
    QCOMPARE(t->total(), 3);
    QVERIFY(t->isMuted(Carol));
    QCOMPARE(t->muted(), QStringList{Carol});
    // Arrivals after the load add to it.
    arrive(*t, Bob, 1);
    QCOMPARE(t->count(Bob), 4);
}

void TestUnreadTracker::mutedCountsButDoesNotNotify()
{
    auto t = tracker(m_store.get());
    QSignalSpy muted(t.get(), &UnreadTracker::mutedChanged);
    t->setMuted(Bob, true);
    QCOMPARE(muted.size(), 1);
    arrive(*t, Bob, 2);
    arrive(*t, Carol, 1);
    QCOMPARE(t->count(Bob), 2);  // counted
    QCOMPARE(t->total(), 1);     // but not in the total
    t->notifier()->flush();
    QCOMPARE(m_shown.size(), 1);  // Carol only
    QCOMPARE(m_shown.constFirst().title, Carol);
    t->setMuted(Bob, false);
    QCOMPARE(t->total(), 3);
}

void TestUnreadTracker::oneNotificationPerBurst()
{
    auto t = tracker(m_store.get());
    QSignalSpy notified(t->notifier(), &ChatNotifier::notified);
    arrive(*t, Bob, 1);
    arrive(*t, Bob, 2);
    arrive(*t, Carol, 1);
    t->notifier()->flush();
    QCOMPARE(m_shown.size(), 2);  // one per conversation
    QCOMPARE(notified.at(0).at(0).toString() + notified.at(1).at(0).toString(),
             notified.at(0).at(0).toString() == Bob ? Bob + Carol : Carol + Bob);
    const auto &bob = m_shown.at(notified.at(0).at(0).toString() == Bob ? 0 : 1);
    QCOMPARE(bob.title, Bob);
    // "3 new messages: message 3" (the plural from the translation; the source says "message(s)").
    QVERIFY2(bob.text.startsWith(u"3 new message"_s) && bob.text.endsWith(u": message 3"_s), qPrintable(bob.text));
    // More of the same burst: nothing new.
    arrive(*t, Bob, 1);
    t->notifier()->flush();
    QCOMPARE(m_shown.size(), 2);
    // Once read, the next message notifies again.
    t->setOpenConversation(Bob);
    t->setViewActive(true);
    t->setViewActive(false);
    arrive(*t, Bob, 1);
    t->notifier()->flush();
    QCOMPARE(m_shown.size(), 3);
    QCOMPARE(m_shown.last().text, u"message %1"_s.arg(m_next));
}

void TestUnreadTracker::archiveCatchUpIsASummary()
{
    auto t = tracker(m_store.get());
    arrive(*t, Bob, 30, false);
    arrive(*t, Carol, 5, false);
    arrive(*t, Bob, 10, false);
    QCOMPARE(t->count(Bob), 40);  // counted as unread
    t->notifier()->flush();
    QCOMPARE(m_shown.size(), 1);
    const QString text = m_shown.constFirst().text;
    QVERIFY2(text.startsWith(u"45 message"_s) && text.endsWith(u" in 2 conversations while you were away"_s), qPrintable(text));
    QCOMPARE(m_shown.constFirst().title, u"New messages"_s);
    // The next catch-up is a new summary; one conversation says whose.
    arrive(*t, Carol, 2, false);
    t->notifier()->flush();
    QCOMPARE(m_shown.size(), 2);
    QVERIFY2(m_shown.last().text.endsWith(u" from %1 while you were away"_s.arg(Carol)), qPrintable(m_shown.last().text));
}

void TestUnreadTracker::followsChatController()
{
    ChatController chats(Alice, [] { return nullptr; });
    auto t = tracker(m_store.get(), &chats);
    Q_EMIT chats.messagesArrived(Bob, 2, u"hi"_s, true);
    QCOMPARE(t->count(Bob), 2);
    t->setViewActive(true);
    chats.openChat(Bob);
    QCOMPARE(t->openConversation(), Bob);
    QCOMPARE(t->count(Bob), 0);
    chats.closeChat();
    Q_EMIT chats.messagesArrived(Bob, 1, u"again"_s, true);
    QCOMPARE(t->count(Bob), 1);
}

QTEST_GUILESS_MAIN(TestUnreadTracker)
#include "tst_unreadtracker.moc"
