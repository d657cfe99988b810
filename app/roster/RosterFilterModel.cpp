#include "RosterFilterModel.h"

#include "RosterModel.h"

RosterFilterModel::RosterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    sort(0);
    // The proxy's incremental re-sort on dataChanged left buddies out of place when several
    // changed in one batch (seen with ten buddies coming and going); one full re-sort per
    // event-loop pass is cheap for a roster and always right.
    connect(this, &QSortFilterProxyModel::sourceModelChanged, this, [this] {
        if (sourceModel())
            connect(sourceModel(), &QAbstractItemModel::dataChanged, this, &RosterFilterModel::scheduleResort);
    });
}

void RosterFilterModel::scheduleResort()
{
    if (m_resortQueued)
        return;
    m_resortQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_resortQueued = false;
        invalidate();
    }, Qt::QueuedConnection);
}

void RosterFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateFilter();
    Q_EMIT filterTextChanged();
}

int RosterFilterModel::rowOf(const QString &jid) const
{
    if (!sourceModel() || jid.isEmpty())
        return -1;
    QModelIndex source;
    if (const auto *roster = qobject_cast<const RosterModel *>(sourceModel())) {
        source = roster->index(roster->indexOf(jid));
    } else {
        const auto found = sourceModel()->match(sourceModel()->index(0, 0), RosterModel::JidRole, jid, 1,
                                                Qt::MatchExactly);
        if (!found.isEmpty())
            source = found.constFirst();
    }
    return source.isValid() ? mapFromSource(source).row() : -1;
}

QString RosterFilterModel::jidAt(int row) const
{
    return index(row, 0).data(RosterModel::JidRole).toString();
}

bool RosterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftRank = left.data(RosterModel::AvailabilityRankRole).toInt();
    const int rightRank = right.data(RosterModel::AvailabilityRankRole).toInt();
    // Reachable first (any online state), then by name; availability only splits on/offline,
    // so an away buddy does not jump around the list.
    const bool leftOnline = leftRank != int(Presence::Availability::Offline);
    const bool rightOnline = rightRank != int(Presence::Availability::Offline);
    if (leftOnline != rightOnline)
        return leftOnline;
    const int byName = m_collator.compare(left.data(RosterModel::NameRole).toString(),
                                          right.data(RosterModel::NameRole).toString());
    if (byName != 0)
        return byName < 0;
    return left.data(RosterModel::JidRole).toString() < right.data(RosterModel::JidRole).toString();
}

bool RosterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const auto index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(RosterModel::NameRole).toString().contains(m_filterText, Qt::CaseInsensitive)
        || index.data(RosterModel::JidRole).toString().contains(m_filterText, Qt::CaseInsensitive);
}
