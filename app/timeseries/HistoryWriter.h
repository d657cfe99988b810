// The writer thread's side of History: owns the SQLite connection, the open chunk of every
// series, and the timers that flush and enforce retention. Private to timeseries/History.cpp.
#pragma once

#include "ChunkCodec.h"
#include "History.h"

#include <QHash>
#include <QObject>
#include <QSqlError>

class QTimer;

// What the store queued since the last flush; guarded by its mutex.
struct History::Pending {
    struct Registration {
        quint32 id;
        QString service, node, name, unit;
    };
    QMutex mutex;
    std::vector<Registration> registrations;
    std::vector<std::pair<quint32, Sample>> samples;
    std::vector<HistorySnapshot::Gap> gaps;
    std::vector<HistorySnapshot::Retention> retentions;
    bool flushPosted = false;
    bool held = false;                                  // History::setHeld (tests)
    std::vector<History::CommittedHandler> heldWaiters;  // whenCommitted() while held
};

class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    HistoryWriter(const QString &file, const QString &account, History::Limits limits,
                  std::shared_ptr<History::Pending> pending, History::RestoreHandler restored,
                  History::ErrorHandler error);

    void start();  // opens, migrates, restores, then flushes periodically
    void flush();
    void enforceRetention();
    void finish();  // last flush, then the connection closes
    void discardAll();
    bool healthy() const { return m_open && !m_writeFailed; }

private:
    struct SeriesState {
        qint64 dbId = -1;
        ChunkEncoder encoder;
        qint64 rowId = -1;  // the open chunk's row, -1 before its first write
        bool dirty = false;
    };
    bool open();
    bool migrate();
    void restore();
    bool writeChunk(SeriesState &state);
    void closeChunk(SeriesState &state);
    void resetOpenChunks();
    void failOpen(const QString &what, const QSqlError &error);
    void failWrite(const QString &what, const QSqlError &error);

    QString m_file;
    QString m_account;
    QString m_connection;
    History::Limits m_limits;
    std::shared_ptr<History::Pending> m_pending;
    History::RestoreHandler m_restored;
    History::ErrorHandler m_error;
    QHash<quint32, SeriesState> m_series;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_retentionTimer = nullptr;
    bool m_open = false;
    bool m_writeFailed = false;
    bool m_discarded = false;  // the account's history was deleted: nothing more is written
};
