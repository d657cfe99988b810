#include "DashboardsModel.h"

#include "AlertEngine.h"
#include "AlertsModel.h"
#include "Dashboard.h"
#include "DashboardFile.h"
#include "TilesModel.h"
#include "core/Logging.h"
#include "devices/ReadingStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>

using namespace Dashboards;

namespace {
constexpr int StorageVersion = 1;
// Changes in a burst (a drag, a resize) are written once.
constexpr int SaveDelayMs = 300;

// One thread for every write of dashboard files, so they land in the order they were made.
QThreadPool *writerPool()
{
    static QThreadPool *pool = [] {
        auto *writer = new QThreadPool(QCoreApplication::instance());
        writer->setMaxThreadCount(1);
        return writer;
    }();
    return pool;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QJsonObject alertToJson(const AlertRecord &alert)
{
    return {{QStringLiteral("timeMs"), alert.timeMs},        {QStringLiteral("dashboard"), alert.dashboard},
            {QStringLiteral("tileId"), alert.tileId},        {QStringLiteral("tileTitle"), alert.tileTitle},
            {QStringLiteral("service"), alert.series.service}, {QStringLiteral("node"), alert.series.node},
            {QStringLiteral("name"), alert.series.name},     {QStringLiteral("value"), alert.value},
            {QStringLiteral("threshold"), alert.threshold},  {QStringLiteral("high"), alert.high},
            {QStringLiteral("acknowledged"), alert.acknowledged}};
}

AlertRecord alertFromJson(const QJsonObject &object)
{
    AlertRecord alert;
    alert.timeMs = object.value(QStringLiteral("timeMs")).toInteger();
    alert.dashboard = object.value(QStringLiteral("dashboard")).toString();
    alert.tileId = object.value(QStringLiteral("tileId")).toString();
    alert.tileTitle = object.value(QStringLiteral("tileTitle")).toString();
    alert.series = {object.value(QStringLiteral("service")).toString(), object.value(QStringLiteral("node")).toString(),
                    object.value(QStringLiteral("name")).toString(), {}};
    alert.value = object.value(QStringLiteral("value")).toDouble();
    alert.threshold = object.value(QStringLiteral("threshold")).toDouble();
    alert.high = object.value(QStringLiteral("high")).toBool();
    alert.acknowledged = object.value(QStringLiteral("acknowledged")).toBool();
    return alert;
}
}  // namespace

DashboardsModel::DashboardsModel(DashboardContext context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(std::move(context))
    , m_alerts(new AlertsModel(this))
    , m_saveTimer(new QTimer(this))
{
    m_engine = new AlertEngine(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        applyRetention();
        if (m_storageFile.isEmpty())
            return;
        QPointer<DashboardsModel> self(this);
        writerPool()->start([self, path = m_storageFile, data = serialize()] {
            QString error;
            if (!writeFile(path, data, &error))
                qCWarning(lcDashboards) << "Could not save the dashboards to" << path << ":" << error;
            QMetaObject::invokeMethod(self, [self] {
                if (self)
                    Q_EMIT self->saved();
            }, Qt::QueuedConnection);
        });
    });
    connect(m_alerts, &AlertsModel::changed, this, &DashboardsModel::scheduleSave);
}

DashboardsModel::~DashboardsModel()
{
    if (m_saveTimer->isActive())
        saveNow();
}

int DashboardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dashboards.size());
}

QVariant DashboardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    auto *dashboard = m_dashboards.at(index.row());
    switch (role) {
    case DashboardRole:
        return QVariant::fromValue(dashboard);
    case Qt::DisplayRole:
    case NameRole:
        return dashboard->name();
    case TileCountRole:
        return dashboard->tiles()->rowCount();
    case AlertRole:
        return dashboard->hasAlert();
    }
    return {};
}

QHash<int, QByteArray> DashboardsModel::roleNames() const
{
    return {{DashboardRole, "dashboard"}, {NameRole, "name"}, {TileCountRole, "tileCount"}, {AlertRole, "alert"}};
}

Dashboard *DashboardsModel::dashboard(const QString &name) const
{
    return m_dashboards.value(indexOf(name));
}

int DashboardsModel::indexOf(const QString &name) const
{
    for (int i = 0; i < m_dashboards.size(); ++i) {
        if (m_dashboards.at(i)->name() == name.trimmed())
            return i;
    }
    return -1;
}

Dashboard *DashboardsModel::addDashboard(const QString &name)
{
    if (name.trimmed().isEmpty() || indexOf(name) >= 0)
        return nullptr;
    auto *dashboard = insert({name.trimmed(), DefaultRetention, {}});
    scheduleSave();
    return dashboard;
}

bool DashboardsModel::renameDashboard(int row, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (row < 0 || row >= m_dashboards.size() || trimmed.isEmpty())
        return false;
    auto *dashboard = m_dashboards.at(row);
    if (dashboard->name() == trimmed)
        return true;
    if (indexOf(trimmed) >= 0)
        return false;
    m_engine->forget(dashboard->name());
    dashboard->setName(trimmed);
    Q_EMIT dataChanged(index(row), index(row), {NameRole, Qt::DisplayRole});
    scheduleSave();
    return true;
}

bool DashboardsModel::removeDashboard(int row)
{
    if (row < 0 || row >= m_dashboards.size())
        return false;
    beginRemoveRows({}, row, row);
    auto *dashboard = m_dashboards.takeAt(row);
    endRemoveRows();
    m_engine->forget(dashboard->name());
    // QML may hold it this very moment.
    dashboard->deleteLater();
    Q_EMIT countChanged();
    scheduleSave();
    return true;
}

Dashboard *DashboardsModel::insert(const DashboardData &data)
{
    const int row = int(m_dashboards.size());
    beginInsertRows({}, row, row);
    auto *dashboard = new Dashboard(data, this);
    m_dashboards << dashboard;
    endInsertRows();
    Q_EMIT countChanged();
    connect(dashboard, &Dashboard::changed, this, &DashboardsModel::scheduleSave);
    connect(dashboard->tiles(), &TilesModel::countChanged, this, [this, dashboard] { dashboardChanged(dashboard); });
    connect(dashboard, &Dashboard::alertChanged, this, [this, dashboard] { dashboardChanged(dashboard); });
    connect(dashboard->tiles(), &TilesModel::tileChanged, this,
            [this, dashboard](const QString &tileId) { m_engine->reevaluate(dashboard->name(), tileId); });
    for (const auto &tile : dashboard->tiles()->tiles())
        m_engine->reevaluate(dashboard->name(), tile.id);
    return dashboard;
}

void DashboardsModel::dashboardChanged(Dashboard *dashboard)
{
    const int row = int(m_dashboards.indexOf(dashboard));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {TileCountRole, AlertRole});
}

QString DashboardsModel::uniqueName(const QString &name) const
{
    if (indexOf(name) < 0)
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

Dashboard *DashboardsModel::importData(DashboardData data, NameClash clash)
{
    if (indexOf(data.name) >= 0) {
        if (clash == NameClash::Skip)
            return nullptr;
        data.name = uniqueName(data.name);
    }
    auto *dashboard = insert(data);
    if (m_context.subscribe) {
        for (const auto &[service, node] : DashboardFile::nodes(data))
            m_context.subscribe(service, node);
    }
    qCInfo(lcDashboards) << "Imported the dashboard" << data.name << "with" << data.tiles.size() << "tiles";
    scheduleSave();
    return dashboard;
}

Dashboard *DashboardsModel::importFile(const QString &path, NameClash clash, QString *error)
{
    QString problem;
    auto data = DashboardFile::read(path, &problem);
    if (!data) {
        qCWarning(lcDashboards) << "Could not import" << path << ":" << problem;
        if (error)
            *error = problem;
        return nullptr;
    }
    if (error)
        error->clear();
    return importData(*data, clash);
}

void DashboardsModel::importDashboard(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QPointer<DashboardsModel> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        QString error;
        auto data = DashboardFile::read(path, &error);
        QMetaObject::invokeMethod(self, [self, data, error, path] {
            if (!self)
                return;
            if (!data) {
                qCWarning(lcDashboards) << "Could not import" << path << ":" << error;
                Q_EMIT self->importFinished(false, error);
                return;
            }
            auto *dashboard = self->importData(*data, NameClash::Rename);
            Q_EMIT self->importFinished(true, dashboard->name());
        }, Qt::QueuedConnection);
    });
}

void DashboardsModel::exportDashboard(int row, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (row < 0 || row >= m_dashboards.size() || path.isEmpty()) {
        Q_EMIT exportFinished(false, tr("Nothing to export."));
        return;
    }
    QPointer<DashboardsModel> self(this);
    QThreadPool::globalInstance()->start([self, path, data = m_dashboards.at(row)->data()] {
        QString error;
        const bool ok = DashboardFile::write(path, data, &error);
        QMetaObject::invokeMethod(self, [self, ok, path, error] {
            if (!self)
                return;
            if (!ok)
                qCWarning(lcDashboards) << "Could not export to" << path << ":" << error;
            Q_EMIT self->exportFinished(ok, ok ? path : error);
        }, Qt::QueuedConnection);
    });
}

QByteArray DashboardsModel::serialize() const
{
    QJsonArray dashboards;
    for (auto *dashboard : m_dashboards)
        dashboards.append(DashboardFile::toJson(dashboard->data()));
    QJsonArray alerts;
    for (const auto &alert : m_alerts->alerts())
        alerts.append(alertToJson(alert));
    const QJsonObject root{{QStringLiteral("version"), StorageVersion},
                           {QStringLiteral("dashboards"), dashboards},
                           {QStringLiteral("alerts"), alerts}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool DashboardsModel::load(QString *error)
{
    QFile file(m_storageFile);
    if (!file.exists())
        return true;  // a new profile
    QJsonParseError parseError;
    const auto document = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                                         : QJsonDocument();
    if (!document.isObject()) {
        const QString problem = file.error() != QFile::NoError ? file.errorString() : parseError.errorString();
        qCWarning(lcDashboards) << "Could not read the dashboards from" << m_storageFile << ":" << problem;
        if (error)
            *error = problem;
        return false;
    }
    const auto root = document.object();
    m_loading = true;
    for (const auto &value : root.value(QStringLiteral("dashboards")).toArray()) {
        QString problem;
        const auto data = DashboardFile::fromJson(value.toObject(), &problem);
        if (!data || indexOf(data->name) >= 0) {
            qCWarning(lcDashboards) << "Dropped a saved dashboard:" << (data ? tr("a second one named %1").arg(data->name) : problem);
            continue;
        }
        insert(*data);
    }
    QList<AlertRecord> alerts;
    for (const auto &value : root.value(QStringLiteral("alerts")).toArray())
        alerts << alertFromJson(value.toObject());
    m_alerts->setAlerts(alerts);
    m_loading = false;
    applyRetention();
    qCInfo(lcDashboards) << "Restored" << m_dashboards.size() << "dashboards and" << alerts.size() << "alerts";
    return true;
}

void DashboardsModel::scheduleSave()
{
    if (!m_loading)
        m_saveTimer->start();
}

bool DashboardsModel::saveNow(QString *error)
{
    m_saveTimer->stop();
    applyRetention();
    if (m_storageFile.isEmpty())
        return true;
    waitForWrites();
    QString problem;
    if (!writeFile(m_storageFile, serialize(), &problem)) {
        qCWarning(lcDashboards) << "Could not save the dashboards to" << m_storageFile << ":" << problem;
        if (error)
            *error = problem;
        return false;
    }
    return true;
}

void DashboardsModel::waitForWrites()
{
    writerPool()->waitForDone();
}

void DashboardsModel::discardStorage()
{
    m_saveTimer->stop();
    waitForWrites();
    if (!m_storageFile.isEmpty())
        QFile::remove(m_storageFile);
    m_storageFile.clear();
}

void DashboardsModel::applyRetention()
{
    if (!m_context.store)
        return;
    // A node kept by several dashboards keeps the longest of their retentions.
    QHash<std::pair<QString, QString>, qint64> retention;
    for (auto *dashboard : std::as_const(m_dashboards)) {
        for (const auto &node : DashboardFile::nodes(dashboard->data())) {
            auto &ms = retention[node];
            ms = std::max(ms, dashboard->retentionMs());
        }
    }
    for (auto it = retention.cbegin(); it != retention.cend(); ++it) {
        if (m_context.store->retention(it.key().first, it.key().second) != it.value())
            m_context.store->setRetention(it.key().first, it.key().second, it.value());
    }
}

void DashboardsModel::notifyNodeAvailability(const QString &service, const QString &node)
{
    Q_EMIT nodeAvailabilityChanged(service, node);
}
