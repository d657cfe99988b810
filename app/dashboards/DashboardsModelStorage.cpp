// DashboardsModel's persistence: one JSON file per account (its dashboards and the alert log),
// written off the GUI thread, in order, and read back at start; and the retention it asks of the
// ReadingStore.
#include "DashboardsModel.h"

#include "AlertsModel.h"
#include "Dashboard.h"
#include "DashboardFile.h"
#include "core/Logging.h"
#include "devices/ReadingStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>

using namespace Dashboards;

namespace {
constexpr int StorageVersion = 1;

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

void DashboardsModel::saveInBackground()
{
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
    Q_EMIT historyStateChanged();
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

