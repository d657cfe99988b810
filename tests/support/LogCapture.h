// Collects what the process logs while it lives, for tests that check the log (no password in
// it, a warning given once, no QML warnings). The app logs from its network, store and history
// threads too, so the list is guarded; an unguarded QStringList here once crashed a CI run.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtLogging>

#include <functional>

class LogCapture
{
public:
    struct Entry
    {
        QtMsgType type;
        QByteArray category;
        QString message;
    };
    // Decides, per message, whether it is kept and whether it is passed on to the handler
    // installed before (which prints it).
    using Filter = std::function<bool(const Entry &)>;

    // Keeps what `keep` accepts (everything if empty) and passes on what `pass` accepts
    // (everything if empty). One LogCapture at a time. QTest installs its own handler when the
    // tests start, so a capture for a whole test class is made in initTestCase (a
    // std::optional member), not with the test object.
    explicit LogCapture(Filter keep = {}, Filter pass = {});
    ~LogCapture();
    Q_DISABLE_COPY_MOVE(LogCapture)

    QList<Entry> entries() const;
    QStringList messages() const;
    QString text() const { return messages().join(QLatin1Char('\n')); }
    qsizetype size() const;
    void clear();

    // Filters the tests share.
    static Filter category(const char *name);                 // messages of that category
    static Filter warningsOf(const char *name);               // its warnings and worse
    static Filter qmlWarnings();                              // QML's warnings (a binding loop, a type error)
    static Filter notCategory(const char *name);              // all but that category

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    Filter m_keep;
    Filter m_pass;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};
