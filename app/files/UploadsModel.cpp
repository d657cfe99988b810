#include "UploadsModel.h"

#include <QLocale>

UploadsModel::UploadsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int UploadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_uploads.size());
}

QString UploadsModel::statusText(const Upload &upload)
{
    const QLocale locale;
    switch (upload.state) {
    case State::Preparing:
        return tr("Preparing… (%1)").arg(locale.formattedDataSize(upload.size));
    case State::Uploading:
        return tr("%1 of %2").arg(locale.formattedDataSize(upload.sent), locale.formattedDataSize(upload.size));
    case State::Sending:
        return tr("Sending…");
    case State::Failed:
        return upload.error;
    }
    return {};
}

QVariant UploadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Upload &u = m_uploads.at(index.row());
    switch (role) {
    case UploadIdRole:
        return u.id;
    case PeerRole:
        return u.peer;
    case Qt::DisplayRole:
    case FileNameRole:
        return u.fileName;
    case StateRole:
        return int(u.state);
    case StatusTextRole:
        return statusText(u);
    case ProgressRole:
        if (u.state == State::Sending)
            return 1.0;
        return u.state == State::Uploading && u.size > 0 ? double(u.sent) / double(u.size) : -1.0;
    case ActiveRole:
        return u.state != State::Failed;
    case FailedRole:
        return u.state == State::Failed;
    case BytesSentRole:
        return u.sent;
    case BytesTotalRole:
        return u.size;
    }
    return {};
}

QHash<int, QByteArray> UploadsModel::roleNames() const
{
    return {{UploadIdRole, "uploadId"}, {PeerRole, "peer"},         {FileNameRole, "fileName"},
            {StateRole, "state"},       {StatusTextRole, "statusText"}, {ProgressRole, "progress"},
            {ActiveRole, "active"},     {FailedRole, "failed"},     {BytesSentRole, "bytesSent"},
            {BytesTotalRole, "bytesTotal"}};
}

int UploadsModel::rowOf(int id) const
{
    for (int i = 0; i < m_uploads.size(); ++i) {
        if (m_uploads.at(i).id == id)
            return i;
    }
    return -1;
}

void UploadsModel::add(const Upload &upload)
{
    beginInsertRows({}, int(m_uploads.size()), int(m_uploads.size()));
    m_uploads << upload;
    endInsertRows();
    Q_EMIT countChanged();
}

void UploadsModel::remove(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_uploads.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

UploadsModel::Upload *UploadsModel::find(int id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_uploads[row];
}

void UploadsModel::changed(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

PeerUploadsModel::PeerUploadsModel(UploadsModel *source, const QString &peer, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_peer(peer)
{
    setSourceModel(source);
    connect(this, &QAbstractItemModel::rowsInserted, this, &PeerUploadsModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &PeerUploadsModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &PeerUploadsModel::countChanged);
}

bool PeerUploadsModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(UploadsModel::PeerRole).toString().compare(m_peer, Qt::CaseInsensitive) == 0;
}
