#include "ResourcesModel.h"

int ResourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resources.size());
}

QVariant ResourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &r = m_resources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ResourceRole:
        return r.resource;
    case AvailabilityRole:
        return QVariant::fromValue(r.availability);
    case PresenceLabelRole:
        return Presence::label(r.availability);
    case StatusTextRole:
        return r.statusText;
    case ClientNameRole:
        return r.clientName;
    case PriorityRole:
        return r.priority;
    case DescriptionRole:
        return description(r);
    }
    return {};
}

QHash<int, QByteArray> ResourcesModel::roleNames() const
{
    return {
        {ResourceRole, "resource"},
        {AvailabilityRole, "availability"},
        {PresenceLabelRole, "presenceLabel"},
        {StatusTextRole, "statusText"},
        {ClientNameRole, "clientName"},
        {PriorityRole, "priority"},
        {DescriptionRole, "description"},
    };
}

QString ResourcesModel::description(const Resource &resource)
{
    QStringList parts{Presence::label(resource.availability)};
    if (!resource.clientName.isEmpty())
        parts << resource.clientName;
    if (!resource.statusText.isEmpty())
        parts << resource.statusText;
    return parts.join(QStringLiteral(" · "));
}

void ResourcesModel::setResources(QList<Resource> resources)
{
    std::sort(resources.begin(), resources.end(), [](const Resource &a, const Resource &b) {
        if (a.availability != b.availability)
            return a.availability < b.availability;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.resource.localeAwareCompare(b.resource) < 0;
    });
    if (resources == m_resources)
        return;
    const bool sameRows = resources.size() == m_resources.size()
                          && std::equal(resources.cbegin(), resources.cend(), m_resources.cbegin(),
                                        [](const Resource &a, const Resource &b) { return a.resource == b.resource; });
    if (sameRows) {
        m_resources = std::move(resources);
        Q_EMIT dataChanged(index(0), index(int(m_resources.size()) - 1));
        return;
    }
    const bool countChanges = resources.size() != m_resources.size();
    beginResetModel();
    m_resources = std::move(resources);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QStringList ResourcesModel::names() const
{
    QStringList names;
    for (const auto &r : m_resources)
        names << r.resource;
    return names;
}

QString ResourcesModel::clientNameOf(const QString &resource) const
{
    for (const auto &r : m_resources) {
        if (r.resource == resource)
            return r.clientName;
    }
    return {};
}

QString ResourcesModel::descriptionOf(const QString &resource) const
{
    for (const auto &r : m_resources) {
        if (r.resource == resource)
            return description(r);
    }
    return {};
}
