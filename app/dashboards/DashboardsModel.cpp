#include "DashboardsModel.h"

#include "AlertEngine.h"
#include "AlertsModel.h"
#include "Dashboard.h"
#include "DashboardFile.h"
#include "TilesModel.h"
#include "amqp/AmqpConnectionsModel.h"
#include "commands/CommandsController.h"
#include "core/Logging.h"
#include "devices/ReadingStore.h"

#include <QDateTime>
#include <QThreadPool>
#include <QTimer>

using namespace Dashboards;

namespace {
// Changes in a burst (a drag, a resize) are written once.
constexpr int SaveDelayMs = 300;
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
    connect(m_saveTimer, &QTimer::timeout, this, &DashboardsModel::saveInBackground);
    connect(m_alerts, &AlertsModel::changed, this, &DashboardsModel::scheduleSave);
    if (auto *store = m_context.store.get()) {
        connect(store, &ReadingStore::historyRestored, this, &DashboardsModel::historyStateChanged);
        connect(store, &ReadingStore::historyErrorChanged, this, &DashboardsModel::historyStateChanged);
    }
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

void DashboardsModel::notifyNodeAvailability(const QString &service, const QString &node)
{
    Q_EMIT nodeAvailabilityChanged(service, node);
}

QVariantList DashboardsModel::availableSeries(const QString &service, const QString &node) const
{
    if (!m_context.store)
        return {};
    auto infos = service.isEmpty() && node.isEmpty() ? m_context.store->seriesInfo()
                                                     : m_context.store->seriesInfo(service, node);
    struct Entry {
        QString device;
        SeriesInfo info;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(infos.size()));
    QHash<std::pair<QString, QString>, QString> devices;  // asked once per node
    for (auto &info : infos) {
        if (!service.isEmpty() && info.service != service)
            continue;
        auto known = devices.constFind({info.service, info.node});
        if (known == devices.cend())
            known = devices.insert({info.service, info.node}, m_context.deviceName(info.service, info.node));
        entries.push_back({*known, std::move(info)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int byDevice = QString::localeAwareCompare(a.device, b.device);
        return byDevice != 0 ? byDevice < 0 : a.info.name < b.info.name;
    });
    QVariantList list;
    for (const auto &[device, info] : entries) {
        QString label = info.name;
        if (label.startsWith(info.node + QLatin1Char(':')))
            label = label.mid(info.node.size() + 1);
        list << QVariantMap{{QStringLiteral("service"), info.service}, {QStringLiteral("node"), info.node},
                            {QStringLiteral("name"), info.name},       {QStringLiteral("label"), label},
                            {QStringLiteral("unit"), info.unit},       {QStringLiteral("device"), device},
                            {QStringLiteral("count"), info.count},
                            {QStringLiteral("last"), info.count > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(info.lastMs)) : QVariant()}};
    }
    return list;
}

QStringList DashboardsModel::amqpDevices(const QString &broker) const
{
    if (!m_context.store || broker.isEmpty())
        return {};
    const QString service = QStringLiteral("amqp/") + broker;  // AmqpSettings::service()
    QStringList devices;
    for (const auto &info : m_context.store->seriesInfo()) {
        if (info.service == service && !devices.contains(info.node))
            devices << info.node;
    }
    devices.sort(Qt::CaseInsensitive);
    return devices;
}

CommandsController *DashboardsModel::commands() const
{
    if (m_context.commands)
        return m_context.commands();
    // Without one in the context, the owning Account's (read as a property: no dependency on it).
    QObject *owner = parent();
    return owner ? qobject_cast<CommandsController *>(owner->property("commands").value<QObject *>()) : nullptr;
}

AmqpConnectionsModel *DashboardsModel::amqp() const
{
    if (m_context.amqp)
        return m_context.amqp();
    QObject *owner = parent();
    return owner ? qobject_cast<AmqpConnectionsModel *>(owner->property("amqp").value<QObject *>()) : nullptr;
}

bool DashboardsModel::isRestoringHistory() const
{
    // The history is attached with the profile's storage (AccountsModel does both): without a
    // storage file there is none to wait for.
    return m_context.store && !m_storageFile.isEmpty() && !m_context.store->historyLoaded()
           && m_context.store->historyError().isEmpty();
}

QString DashboardsModel::historyError() const
{
    return m_context.store ? m_context.store->historyError() : QString();
}
