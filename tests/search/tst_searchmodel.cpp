// SearchModel over a profile's real message store (two accounts, nothing connected): newest
// first across accounts, snippets escaped with the matches emphasised, debounced typing,
// showMore, and open() opening the right conversation at the right row. SearchSnippet alone
// for its edge cases.
#include "account/Account.h"
#include "account/AccountConfig.h"
#include "account/AccountsModel.h"
#include "chat/ChatController.h"
#include "chat/MessageStore.h"
#include "chat/UnreadSummary.h"
#include "chat/UnreadTracker.h"
#include "net/NetworkThread.h"
#include "search/SearchModel.h"
#include "search/SearchSnippet.h"
#include "security/CredentialStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QString Alice = u"alice@linnet.test"_s;
const QString Dave = u"dave@linnet.test"_s;
const QString Bob = u"bob@linnet.test"_s;
constexpr qint64 T0 = 1'780'000'000'000;
}  // namespace

class TestSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void snippets_data();
    void snippets();
    void longBodyShowsTheMatch();
    void newestFirstAcrossAccounts();
    void typingIsDebounced();
    void nothingToSearch();
    void showMore();
    void openJumpsToTheRow();
    void timeText();
    void unreadSummaryOfOtherAccounts();

private:
    void store(const QString &account, const QString &peer, const QString &body, qint64 timeMs, bool outgoing = false);
    // Searches text now and waits for the answer.
    void search(SearchModel &model, const QString &text);

    QTemporaryDir m_profile;
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountsModel> m_accounts;
    int m_next = 0;
};

void TestSearchModel::initTestCase()
{
    const QString settings = m_profile.filePath(u"linnet.ini"_s);
    QList<AccountConfig> configs;
    for (const auto &jid : {Alice, Dave}) {
        AccountConfig c;
        c.jid = jid;
        c.host = u"127.0.0.1"_s;
        c.port = 9;
        c.rememberPassword = false;
        c.sessions = {{u"desk"_s, false}};
        configs << c;
    }
    {
        QSettings s(settings, QSettings::IniFormat);
        AccountConfig::saveAll(s, configs);
    }
    m_network = std::make_unique<NetworkThread>();
    m_credentials = std::make_unique<CredentialStore>();
    m_accounts = std::make_unique<AccountsModel>(settings, m_network.get(), m_credentials.get());
    QCOMPARE(m_accounts->rowCount(), 2);
    auto *messages = m_accounts->messageStore();
    QTRY_VERIFY_WITH_TIMEOUT(messages->isOpen(), 60000);

    store(Alice, Bob, u"Lunch at the <b>café</b> & then?"_s, T0);
    store(Dave, Bob, u"The cafeteria is closed"_s, T0 + 1000);
    store(Alice, Bob, u"cafe it is"_s, T0 + 2000, true);
    store(Alice, u"carol@linnet.test"_s, u"nothing to see"_s, T0 + 3000);
    // Messages of an account no longer in the profile are not shown.
    store(u"gone@linnet.test"_s, Bob, u"cafe of a removed account"_s, T0 + 4000);
    for (int i = 0; i < 60; ++i)
        store(Alice, Bob, u"lots of tea %1"_s.arg(i), T0 + 10000 + i);
}

void TestSearchModel::cleanupTestCase()
{
    m_accounts.reset();
    m_credentials.reset();
    m_network.reset();
}

void TestSearchModel::store(const QString &account, const QString &peer, const QString &body, qint64 timeMs, bool outgoing)
{
    StoredMessage m;
    m.account = account;
    m.peer = peer;
    m.body = body;
    m.messageId = u"m%1"_s.arg(++m_next);
    m.timeMs = timeMs;
    m.direction = outgoing ? StoredMessage::Direction::Outgoing : StoredMessage::Direction::Incoming;
    m.state = outgoing ? StoredMessage::State::Acknowledged : StoredMessage::State::Received;
    QSignalSpy stored(m_accounts->messageStore(), &MessageStore::stored);
    m_accounts->messageStore()->store({m});
    QVERIFY(stored.wait(60000));
}

void TestSearchModel::search(SearchModel &model, const QString &text)
{
    QSignalSpy results(&model, &SearchModel::resultsChanged);
    model.setQuery(text);
    model.searchNow();
    QVERIFY(model.isBusy() || results.size() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(results.size() > 0, 60000);
    QVERIFY(!model.isBusy());
    QCOMPARE(model.searchedText(), text);
}

void TestSearchModel::snippets_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("snippet");
    QTest::newRow("escaped") << u"<i>x</i> & \"cafe\""_s << u"caf"_s << u"&lt;i&gt;x&lt;/i&gt; &amp; &quot;<b>cafe</b>&quot;"_s;
    QTest::newRow("diacritics and case") << u"Café CAFE cafe"_s << u"cafe"_s << u"<b>Café</b> <b>CAFE</b> <b>cafe</b>"_s;
    QTest::newRow("query with accents") << u"cafe"_s << u"Café"_s << u"<b>cafe</b>"_s;
    QTest::newRow("prefix only") << u"scaffold cafe"_s << u"caf"_s << u"scaffold <b>cafe</b>"_s;
    QTest::newRow("every word") << u"red fox, blue fox"_s << u"fox blue"_s << u"red <b>fox</b>, <b>blue</b> <b>fox</b>"_s;
    QTest::newRow("lines joined") << u"one\n\ntwo"_s << u"two"_s << u"one <b>two</b>"_s;
    QTest::newRow("no match") << u"<plain>"_s << u"zebra"_s << u"&lt;plain&gt;"_s;
    QTest::newRow("markup in the query") << u"a <b> b"_s << u"<b>"_s << u"a &lt;<b>b</b>&gt; <b>b</b>"_s;
}

void TestSearchModel::snippets()
{
    QFETCH(QString, body);
    QFETCH(QString, query);
    QFETCH(QString, snippet);
    QCOMPARE(SearchSnippet::build(body, SearchSnippet::terms(query)), snippet);
}

void TestSearchModel::longBodyShowsTheMatch()
{
    const QString body = u"word "_s.repeated(200) + u"needle"_s + u" tail"_s.repeated(200);
    const QString snippet = SearchSnippet::build(body, SearchSnippet::terms(u"needle"_s), 100);
    QVERIFY2(snippet.startsWith(u'…') && snippet.endsWith(u'…'), qPrintable(snippet));
    QVERIFY2(snippet.contains(u"<b>needle</b>"_s), qPrintable(snippet));
    QVERIFY2(snippet.size() < 140, qPrintable(snippet));
    QVERIFY2(!snippet.contains(u"…wor "_s) && !snippet.contains(u"…ord"_s), qPrintable(snippet));  // starts on a word
}

void TestSearchModel::newestFirstAcrossAccounts()
{
    SearchModel model;
    model.setAccounts(m_accounts.get());
    search(model, u"CAFE"_s);
    QCOMPARE(model.rowCount(), 3);  // not the removed account's
    QCOMPARE(model.property("count").toInt(), 3);
    const auto at = [&](int row, SearchModel::Role role) { return model.data(model.index(row), role); };
    QCOMPARE(at(0, SearchModel::SnippetRole).toString(), u"<b>cafe</b> it is"_s);
    QCOMPARE(at(0, SearchModel::OutgoingRole).toBool(), true);
    QCOMPARE(at(1, SearchModel::SnippetRole).toString(), u"The <b>cafeteria</b> is closed"_s);
    QCOMPARE(at(1, SearchModel::AccountRole).value<Account *>(), m_accounts->account(Dave));
    QCOMPARE(at(1, SearchModel::AccountNameRole).toString(), u"dave"_s);
    QCOMPARE(at(2, SearchModel::SnippetRole).toString(), u"Lunch at the &lt;b&gt;<b>café</b>&lt;/b&gt; &amp; then?"_s);
    QCOMPARE(at(2, SearchModel::AccountRole).value<Account *>(), m_accounts->account(Alice));
    QCOMPARE(at(2, SearchModel::PeerRole).toString(), Bob);
    QCOMPARE(at(2, SearchModel::NameRole).toString(), u"bob"_s);  // not in the roster: the JID's user part
    QCOMPARE(at(2, SearchModel::TimestampRole).toDateTime(), QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::UTC));
    QVERIFY(at(2, SearchModel::RowIdRole).toLongLong() > 0);
    QVERIFY(!model.hasMore());
    const auto roles = model.roleNames();
    for (const auto *name : {"account", "accountName", "peer", "name", "timestamp", "timeText", "snippet", "outgoing", "rowId"})
        QVERIFY2(roles.values().contains(name), name);
}

void TestSearchModel::typingIsDebounced()
{
    SearchModel model;
    model.setAccounts(m_accounts.get());
    model.setDelay(50);
    QSignalSpy results(&model, &SearchModel::resultsChanged);
    QSignalSpy storeSearches(m_accounts->messageStore(), &MessageStore::searchFinished);
    for (const auto &typed : {u"c"_s, u"ca"_s, u"caf"_s, u"cafet"_s}) {
        model.setQuery(typed);
        QVERIFY(model.isBusy());
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 60000);
    QCOMPARE(storeSearches.size(), 1);  // one search for the whole word typed
    QCOMPARE(model.searchedText(), u"cafet"_s);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isBusy());
}

void TestSearchModel::nothingToSearch()
{
    SearchModel model;
    model.setAccounts(m_accounts.get());
    search(model, u"cafe"_s);
    QCOMPARE(model.rowCount(), 3);
    search(model, u"  ,, "_s);  // punctuation and blanks: nothing to search for
    QCOMPARE(model.rowCount(), 0);
    search(model, u"zebra"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.searchedText(), u"zebra"_s);
}

void TestSearchModel::showMore()
{
    SearchModel model;
    model.setAccounts(m_accounts.get());
    search(model, u"tea"_s);
    QCOMPARE(model.rowCount(), SearchModel::PageSize);
    QVERIFY(model.hasMore());
    QCOMPARE(model.data(model.index(0), SearchModel::SnippetRole).toString(), u"lots of <b>tea</b> 59"_s);
    QSignalSpy results(&model, &SearchModel::resultsChanged);
    model.showMore();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 60000);
    QCOMPARE(model.rowCount(), 60);
    QVERIFY(!model.hasMore());
}

void TestSearchModel::openJumpsToTheRow()
{
    SearchModel model;
    model.setAccounts(m_accounts.get());
    search(model, u"cafeteria"_s);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy opened(&model, &SearchModel::opened);
    auto *dave = m_accounts->account(Dave);
    QCOMPARE(model.open(0), dave);
    QCOMPARE(dave->chats()->currentJid(), Bob);
    QCOMPARE(m_accounts->account(Alice)->chats()->currentJid(), QString());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(2).toLongLong(), model.data(model.index(0), SearchModel::RowIdRole).toLongLong());
    QCOMPARE(model.open(5), nullptr);
    QCOMPARE(model.open(-1), nullptr);
    dave->chats()->closeChat();
}

void TestSearchModel::timeText()
{
    const QDateTime now(QDate(2026, 11, 30), QTime(15, 0));
    const QLocale locale;
    const QString today = SearchModel::timeText(QDateTime(QDate(2026, 11, 30), QTime(9, 5, 7)), now);
    QVERIFY2(today.contains(u"05"_s) && !today.contains(u"07"_s), qPrintable(today));  // minutes, no seconds
    QCOMPARE(SearchModel::timeText(QDateTime(QDate(2026, 11, 27), QTime(9, 5)), now), locale.dayName(5, QLocale::ShortFormat));
    QCOMPARE(SearchModel::timeText(QDateTime(QDate(2026, 3, 3), QTime(9, 5)), now), locale.toString(QDate(2026, 3, 3), u"d MMM"_s));
    QCOMPARE(SearchModel::timeText(QDateTime(QDate(2024, 3, 3), QTime(9, 5)), now), locale.toString(QDate(2024, 3, 3), u"d MMM yyyy"_s));
}

// Lives here for the profile with two accounts: the switcher's badge of the accounts not shown.
void TestSearchModel::unreadSummaryOfOtherAccounts()
{
    auto *alice = m_accounts->account(Alice);
    auto *dave = m_accounts->account(Dave);
    UnreadSummary summary;
    QSignalSpy changed(&summary, &UnreadSummary::totalChanged);
    summary.setAccounts(m_accounts.get());
    summary.setExcept(alice);
    alice->unread()->messagesArrived(Bob, 2, u"hi"_s, true);
    QCOMPARE(summary.total(), 0);
    dave->unread()->messagesArrived(Bob, 3, u"hi"_s, true);
    QCOMPARE(summary.total(), 3);
    summary.setExcept(dave);
    QCOMPARE(summary.total(), 2);
    summary.setExcept(nullptr);
    QCOMPARE(summary.total(), 5);
    alice->unread()->setMuted(Bob, true);  // muted conversations stay out of totals
    QCOMPARE(summary.total(), 3);
    QCOMPARE(changed.size(), 4);  // 3, 2, 5, 3
    alice->unread()->setMuted(Bob, false);
}

QTEST_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
