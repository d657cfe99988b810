#include "AlertsModel.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Dashboards;

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &alert = m_alerts.at(index.row());
    switch (role) {
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(alert.timeMs, QTimeZone::UTC);
    case DashboardRole:
        return alert.dashboard;
    case TileIdRole:
        return alert.tileId;
    case Qt::DisplayRole:
    case TileTitleRole:
        return alert.tileTitle;
    case SeriesRole:
        return alert.series.name;
    case ServiceRole:
        return alert.series.service;
    case NodeRole:
        return alert.series.node;
    case ValueRole:
        return alert.value;
    case ThresholdRole:
        return alert.threshold;
    case HighRole:
        return alert.high;
    case AcknowledgedRole:
        return alert.acknowledged;
    }
    return {};
}

QHash<int, QByteArray> AlertsModel::roleNames() const
{
    return {{TimeRole, "time"},           {DashboardRole, "dashboard"}, {TileIdRole, "tileId"},
            {TileTitleRole, "tileTitle"}, {SeriesRole, "series"},       {ServiceRole, "service"},
            {NodeRole, "node"},           {ValueRole, "value"},         {ThresholdRole, "threshold"},
            {HighRole, "high"},           {AcknowledgedRole, "acknowledged"}};
}

int AlertsModel::unacknowledged() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const AlertRecord &a) { return !a.acknowledged; }));
}

void AlertsModel::acknowledge(int row)
{
    if (row < 0 || row >= m_alerts.size() || m_alerts.at(row).acknowledged)
        return;
    m_alerts[row].acknowledged = true;
    Q_EMIT dataChanged(index(row), index(row), {AcknowledgedRole});
    Q_EMIT unacknowledgedChanged();
    Q_EMIT changed();
}

void AlertsModel::acknowledgeAll()
{
    if (unacknowledged() == 0)
        return;
    for (auto &alert : m_alerts)
        alert.acknowledged = true;
    Q_EMIT dataChanged(index(0), index(int(m_alerts.size()) - 1), {AcknowledgedRole});
    Q_EMIT unacknowledgedChanged();
    Q_EMIT changed();
}

void AlertsModel::clear()
{
    if (m_alerts.isEmpty())
        return;
    beginResetModel();
    m_alerts.clear();
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT unacknowledgedChanged();
    Q_EMIT changed();
}

void AlertsModel::add(const AlertRecord &alert)
{
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
    if (m_alerts.size() > MaxAlerts) {
        // The oldest go first; acknowledged or not, a log this long is read from the top.
        beginRemoveRows({}, int(MaxAlerts), int(m_alerts.size()) - 1);
        m_alerts.resize(MaxAlerts);
        endRemoveRows();
    }
    Q_EMIT countChanged();
    Q_EMIT unacknowledgedChanged();
    Q_EMIT changed();
}

void AlertsModel::setAlerts(const QList<AlertRecord> &alerts)
{
    beginResetModel();
    m_alerts = alerts.mid(0, MaxAlerts);
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT unacknowledgedChanged();
}
