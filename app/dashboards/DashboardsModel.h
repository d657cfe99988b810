// The dashboards of one account (Account::dashboards(), QML: account.dashboards): add,
// rename, remove, import and export (DashboardFile.h), the alert log, and persistence: one JSON
// file per account in the profile directory, written atomically off the GUI thread after each
// change and restored at start (load()) (DashboardsModelStorage.cpp); and what the account's
// ReadingStore holds, for pickers, and the state of its history.
#pragma once

#include "DashboardContext.h"
#include "DashboardData.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class AlertEngine;
class AlertsModel;
class Dashboard;
class QTimer;

class DashboardsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each Account owns one")
    Q_MOC_INCLUDE("dashboards/Dashboard.h")
    Q_MOC_INCLUDE("dashboards/AlertsModel.h")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(AlertsModel *alerts READ alerts CONSTANT)
    // The account's history is still being read back from disk (charts fill in meanwhile).
    Q_PROPERTY(bool restoringHistory READ isRestoringHistory NOTIFY historyStateChanged)
    // Why the history on disk does not work (ReadingStore::historyError), "" while it does.
    Q_PROPERTY(QString historyError READ historyError NOTIFY historyStateChanged)

public:
    enum Role { DashboardRole = Qt::UserRole + 1, NameRole, TileCountRole, AlertRole };
    Q_ENUM(Role)
    // What importFile() does when the account has a dashboard of the file's name already.
    enum class NameClash { Rename, Skip };

    explicit DashboardsModel(DashboardContext context, QObject *parent = nullptr);
    ~DashboardsModel() override;  // writes pending changes before it goes

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE Dashboard *at(int row) const { return m_dashboards.value(row); }
    Q_INVOKABLE Dashboard *dashboard(const QString &name) const;
    Q_INVOKABLE int indexOf(const QString &name) const;
    // Returns the new dashboard, or null if the name is empty or taken.
    Q_INVOKABLE Dashboard *addDashboard(const QString &name);
    Q_INVOKABLE bool renameDashboard(int row, const QString &name);
    Q_INVOKABLE bool removeDashboard(int row);

    // Asynchronous file I/O for QML: importFinished / exportFinished tell the outcome. An import
    // whose name is taken gets "NAME (2)"; it subscribes to the nodes its tiles use.
    Q_INVOKABLE void importDashboard(const QUrl &file);
    Q_INVOKABLE void exportDashboard(int row, const QUrl &file);
    // Synchronous (start-up: --import-dashboard; the file is small). The dashboard, or null:
    // with *error set on failure, without when skipped for NameClash::Skip.
    Dashboard *importFile(const QString &path, NameClash clash, QString *error);
    Dashboard *importData(Dashboards::DashboardData data, NameClash clash);

    // The series the account's store holds (every one, or the node's), for pickers: one
    // {service, node, name, label, unit, device, count, last} each, sorted by device and name.
    // label: the name without its "node:" prefix; device: the node's title, else the device's
    // JID, else the node; last: the time of its newest reading.
    Q_INVOKABLE QVariantList availableSeries(const QString &service = {}, const QString &node = {}) const;
    // The devices the store has readings of from the account's AMQP connection `broker` (its
    // service "amqp/BROKER"), sorted: what an AMQP action tile can be pinned for.
    Q_INVOKABLE QStringList amqpDevices(const QString &broker) const;
    bool isRestoringHistory() const;
    QString historyError() const;

    AlertsModel *alerts() const { return m_alerts; }
    const DashboardContext &context() const { return m_context; }
    // Where command tiles run their commands; null when the account has none.
    CommandsController *commands() const;
    // Where AMQP command tiles find their broker; null when the account has none.
    AmqpConnectionsModel *amqp() const;
    QList<Dashboard *> dashboards() const { return m_dashboards; }

    // Persistence. setStorageFile() does not load: call load() (once, at start).
    void setStorageFile(const QString &path)
    {
        m_storageFile = path;
        Q_EMIT historyStateChanged();
    }
    QString storageFile() const { return m_storageFile; }
    bool load(QString *error = nullptr);
    // Writes now, synchronously (tests, shutdown); otherwise changes are written by themselves.
    bool saveNow(QString *error = nullptr);
    // Deletes the file and stops saving (the account's local data is being removed).
    void discardStorage();
    // Waits until the background writes issued so far are on disk (tests).
    void waitForWrites();

public Q_SLOTS:
    // Connected to DeviceController::nodeAvailabilityChanged (C4).
    void notifyNodeAvailability(const QString &service, const QString &node);

Q_SIGNALS:
    void countChanged();
    void importFinished(bool ok, const QString &message);  // ok: message is the dashboard's name
    void exportFinished(bool ok, const QString &message);  // ok: message is the file's path
    void nodeAvailabilityChanged(const QString &service, const QString &node);
    void historyStateChanged();
    // Written to storageFile (after a background write; tests wait for it).
    void saved();

private:
    friend class Dashboard;
    Dashboard *insert(const Dashboards::DashboardData &data);
    QString uniqueName(const QString &name) const;
    void scheduleSave();
    void saveInBackground();
    QByteArray serialize() const;
    void applyRetention();
    void dashboardChanged(Dashboard *dashboard);

    DashboardContext m_context;
    QList<Dashboard *> m_dashboards;
    AlertsModel *m_alerts;
    AlertEngine *m_engine;
    QString m_storageFile;
    QTimer *m_saveTimer;
    bool m_loading = false;
};
