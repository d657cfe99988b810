// What the chat tests share about a real message store file: opening a store and waiting for
// it, and reading the file through a SQLite connection of its own (as a user's disk shows it;
// WAL lets it read while the store writes).
#pragma once

#include "chat/MessageStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace StoreProbe {

// A store on `file`, open (or failed: see error()).
inline std::unique_ptr<MessageStore> openStore(const QString &file)
{
    auto s = std::make_unique<MessageStore>();
    QSignalSpy opened(s.get(), &MessageStore::opened);
    QSignalSpy failed(s.get(), &MessageStore::errorChanged);
    s->open(file);
    if (!QTest::qWaitFor([&] { return opened.size() + failed.size() > 0; }, 60000))
        qWarning("the store neither opened nor failed");
    return s;
}

// The first column of every row `statement` gives ("error: ..." if it fails).
inline QStringList sql(const QString &file, const QString &statement)
{
    QStringList rows;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("storeprobe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                rows << QStringLiteral("error: ") + q.lastError().text();
            while (q.next())
                rows << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("storeprobe"));
    return rows;
}

}  // namespace StoreProbe
