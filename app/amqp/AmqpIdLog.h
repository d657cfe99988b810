// The message-ids a connection accepted, so a redelivery (after a crash, a lost connection or
// a broker restart) is accepted again without storing its readings twice. SQLite next to the
// history (its own file: this is the AMQP thread's connection), bounded to the newest
// MaxIds per service; a set in memory answers lookups.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class AmqpIdLog
{
public:
    static constexpr qsizetype MaxIds = 200000;

    // file empty: in memory only (nothing survives a restart).
    AmqpIdLog(const QString &file, const QString &service);
    ~AmqpIdLog();
    void open();  // on the thread that uses it
    bool contains(const QString &id) const { return m_ids.contains(id); }
    // Remembers ids (one transaction); false if the file could not be written (they are still
    // remembered in memory).
    bool add(const QStringList &ids);

private:
    void load();
    QString m_file;
    QString m_service;
    QString m_connection;
    QSet<QString> m_ids;
    bool m_open = false;
    qint64 m_sinceTrim = 0;
};
