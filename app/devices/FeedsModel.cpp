#include "FeedsModel.h"

#include "DeviceController.h"
#include "ReadingStore.h"

#include <QDateTime>

namespace {
constexpr int LiveRefreshMs = 2000;
constexpr qint64 RateWindowMs = 10000;
}  // namespace

FeedsModel::FeedsModel(DeviceController *controller)
    : QAbstractListModel(controller)
    , m_controller(controller)
{
    m_live.setInterval(LiveRefreshMs);
    connect(&m_live, &QTimer::timeout, this, &FeedsModel::refreshLive);
}

int FeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_feeds.size());
}

QVariant FeedsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &feed = m_feeds.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return feed.title.isEmpty() ? feed.node : feed.title;
    case ServiceRole:
        return feed.service;
    case NodeRole:
        return feed.node;
    case DeviceJidRole:
        return m_controller->deviceJid(feed.service, feed.node);
    case ResourceRole:
        return feed.resource;
    case StateRole:
        return QVariant::fromValue(State(feed.state));
    case ErrorRole:
        return feed.error;
    case NodeAvailableRole:
        return m_controller->nodeAvailable(feed.service, feed.node);
    case WarningRole:
        return m_controller->warning(feed.service, feed.node);
    case LastReadingRole:
        return feed.lastMs > 0 ? QDateTime::fromMSecsSinceEpoch(feed.lastMs) : QDateTime();
    case RateRole:
        return feed.rate;
    }
    return {};
}

QHash<int, QByteArray> FeedsModel::roleNames() const
{
    return {{ServiceRole, "service"},     {NodeRole, "node"},       {TitleRole, "title"},
            {DeviceJidRole, "deviceJid"}, {ResourceRole, "resource"}, {StateRole, "state"},
            {ErrorRole, "error"},         {NodeAvailableRole, "nodeAvailable"},
            {WarningRole, "warning"},     {LastReadingRole, "lastReading"}, {RateRole, "rate"}};
}

int FeedsModel::indexOf(const QString &service, const QString &node) const
{
    for (int i = 0; i < m_feeds.size(); ++i) {
        if (m_feeds.at(i).service == service && m_feeds.at(i).node == node)
            return i;
    }
    return -1;
}

Feed *FeedsModel::find(const QString &service, const QString &node)
{
    const int row = indexOf(service, node);
    return row < 0 ? nullptr : &m_feeds[row];
}

const Feed *FeedsModel::find(const QString &service, const QString &node) const
{
    const int row = indexOf(service, node);
    return row < 0 ? nullptr : &m_feeds.at(row);
}

void FeedsModel::add(const Feed &feed)
{
    const int row = int(m_feeds.size());
    beginInsertRows({}, row, row);
    m_feeds << feed;
    endInsertRows();
    Q_EMIT countChanged();
    if (!m_live.isActive())
        m_live.start();
}

void FeedsModel::remove(const QString &service, const QString &node)
{
    const int row = indexOf(service, node);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_feeds.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    if (m_feeds.isEmpty())
        m_live.stop();
}

void FeedsModel::changed(const QString &service, const QString &node)
{
    const int row = indexOf(service, node);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void FeedsModel::changedAll()
{
    if (!m_feeds.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_feeds.size()) - 1));
}

void FeedsModel::refreshLive()
{
    const auto *store = m_controller->store();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < m_feeds.size(); ++row) {
        auto &feed = m_feeds[row];
        qint64 last = 0;
        qsizetype busiest = 0;
        for (const auto &info : store->seriesInfo(feed.service, feed.node)) {
            last = std::max(last, info.lastMs);
            if (info.lastMs >= now - RateWindowMs)
                busiest = std::max<qsizetype>(busiest, store->samples(feed.service, feed.node, info.name, now - RateWindowMs, now).size());
        }
        const double rate = double(busiest) * 1000.0 / double(RateWindowMs);
        if (last != feed.lastMs || rate != feed.rate) {
            feed.lastMs = last;
            feed.rate = rate;
            Q_EMIT dataChanged(index(row), index(row), {LastReadingRole, RateRole});
        }
    }
}
