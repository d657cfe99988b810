#include "OwnResourcesModel.h"

#include <QUrl>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

OwnResourcesModel::OwnResourcesModel(const QString &ownBareJid, QObject *parent)
    : QAbstractListModel(parent)
    , m_ownJid(ownBareJid)
{
}

void OwnResourcesModel::addClient(QXmppClient *client)
{
    connect(client, &QXmppClient::presenceReceived, this, &OwnResourcesModel::handlePresence);
}

void OwnResourcesModel::setOwnSessions(const QStringList &resources)
{
    m_sessions = resources;
    if (!m_resources.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_resources.size()) - 1), {ThisAppRole});
}

void OwnResourcesModel::clear()
{
    if (m_resources.isEmpty())
        return;
    beginResetModel();
    m_resources.clear();
    endResetModel();
    Q_EMIT countChanged();
}

int OwnResourcesModel::find(const QString &resource) const
{
    for (int row = 0; row < m_resources.size(); ++row) {
        if (m_resources.at(row).resource == resource)
            return row;
    }
    return -1;
}

void OwnResourcesModel::handlePresence(const QXmppPresence &presence)
{
    if (QXmppUtils::jidToBareJid(presence.from()) != m_ownJid)
        return;
    const QString resource = QXmppUtils::jidToResource(presence.from());
    if (resource.isEmpty())
        return;
    const int row = find(resource);
    if (presence.type() == QXmppPresence::Unavailable) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_resources.removeAt(row);
            endRemoveRows();
            Q_EMIT countChanged();
        }
        return;
    }
    if (presence.type() != QXmppPresence::Available)
        return;
    // Each session hears every other one: one row per resource, updated in place.
    const QString node = presence.capabilityNode();
    const QString host = QUrl(node).host();
    Resource entry{resource, Presence::fromXmpp(presence), presence.statusText(), host.isEmpty() ? node : host};
    if (row >= 0) {
        m_resources[row] = entry;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const int at = int(m_resources.size());
    beginInsertRows({}, at, at);
    m_resources.append(entry);
    endInsertRows();
    Q_EMIT countChanged();
}

int OwnResourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resources.size());
}

QVariant OwnResourcesModel::data(const QModelIndex &index, int role) const
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
    case StatusTextRole:
        return r.statusText;
    case ClientRole:
        return r.client;
    case ThisAppRole:
        return m_sessions.contains(r.resource);
    }
    return {};
}

QHash<int, QByteArray> OwnResourcesModel::roleNames() const
{
    return {{ResourceRole, "resource"}, {AvailabilityRole, "availability"}, {StatusTextRole, "statusText"},
            {ClientRole, "client"}, {ThisAppRole, "thisApp"}};
}
