// One dashboard of an account: a name, how long its nodes' history is kept, its tiles, and a
// tile's data exported to CSV (off the GUI thread).
#pragma once

#include "DashboardData.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class DashboardsModel;
class TilesModel;

class Dashboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DashboardsModel creates dashboards")
    Q_MOC_INCLUDE("dashboards/TilesModel.h")
    Q_MOC_INCLUDE("dashboards/DashboardsModel.h")
    Q_PROPERTY(QString name READ name NOTIFY nameChanged)
    // ms of history kept for the nodes its tiles use (the longest of the dashboards using a node).
    Q_PROPERTY(qint64 retentionMs READ retentionMs WRITE setRetentionMs NOTIFY retentionChanged)
    Q_PROPERTY(TilesModel *tiles READ tiles CONSTANT)
    // The account's dashboards (history state, series for pickers).
    Q_PROPERTY(DashboardsModel *model READ owner CONSTANT)
    // Some tile is past a threshold now.
    Q_PROPERTY(bool alert READ hasAlert NOTIFY alertChanged)
    // A CSV export is running.
    Q_PROPERTY(bool exporting READ isExporting NOTIFY exportingChanged)

public:
    Dashboard(const Dashboards::DashboardData &data, DashboardsModel *owner);
    ~Dashboard() override;

    QString name() const { return m_name; }
    qint64 retentionMs() const { return m_retentionMs; }
    void setRetentionMs(qint64 ms);
    TilesModel *tiles() const { return m_tiles; }
    bool hasAlert() const;
    bool isExporting() const { return m_exporting; }
    DashboardsModel *owner() const { return m_owner; }
    Dashboards::DashboardData data() const;

    // Writes every sample of the tile's series in its current window (all of them kept when
    // allHistory) to file as CSV, one row per sample: time (ISO 8601, UTC, ms), device, name,
    // unit, value. Runs on a worker thread: csvProgress, then csvFinished. False if the tile is
    // unknown or an export is running.
    Q_INVOKABLE bool exportCsv(const QString &tileId, const QUrl &file, bool allHistory = false);

    // Pins an ad-hoc command as a tile (placed in the first free cell; titled by name): control
    // "button" | "toggle" | "slider"; field: the var a toggle or slider sets; values: what the
    // command is run with, by var (strings, string lists or booleans; CommandRunner's
    // pinnableValues()); min, max, step: the slider's. Returns the tile's id, "" if refused.
    Q_INVOKABLE QString pinCommand(const QString &jid, const QString &node, const QString &name, const QString &control,
                                   const QString &field, const QVariantMap &values, double min = 0, double max = 100,
                                   double step = 1);

Q_SIGNALS:
    void nameChanged();
    void retentionChanged();
    void alertChanged();
    void exportingChanged();
    void changed();  // anything persisted
    void csvProgress(const QString &tileId, double fraction);
    // ok: message is the file's path; else why it failed.
    void csvFinished(const QString &tileId, bool ok, const QString &message);

private:
    friend class DashboardsModel;
    void setName(const QString &name) { m_name = name; Q_EMIT nameChanged(); }

    DashboardsModel *m_owner;
    QString m_name;
    qint64 m_retentionMs;
    TilesModel *m_tiles;
    bool m_exporting = false;
};
