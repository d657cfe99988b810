// The account's uploads in progress (and the failed ones, until retried or dismissed), for the
// upload strip above the composer. UploadController owns and updates it; rows carry ready-made
// labels so the QML delegate needs no logic. forPeer() views keep one conversation's rows.
#pragma once

#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class UploadsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("UploadController owns the uploads")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class State { Preparing, Uploading, Sending, Failed };
    Q_ENUM(State)
    enum Role {
        UploadIdRole = Qt::UserRole + 1,
        PeerRole,
        FileNameRole,
        StateRole,
        StatusTextRole,
        ProgressRole,  // 0..1, or -1 while the size is not known yet
        ActiveRole,    // preparing, uploading or sending: cancel applies
        FailedRole,
        BytesSentRole,
        BytesTotalRole,
    };

    struct Upload {
        int id = 0;
        QString peer;
        QString filePath;
        QString fileName;
        qint64 size = 0;
        qint64 sent = 0;
        State state = State::Preparing;
        QString error;
        quint64 transfer = 0;  // the TransferWorker id of the PUT, 0 when none runs
    };

    explicit UploadsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void add(const Upload &upload);
    void remove(int id);
    // nullptr if there is no such upload; call changed(id) after changing it.
    Upload *find(int id);
    void changed(int id);
    QList<Upload> uploads() const { return m_uploads; }

    static QString statusText(const Upload &upload);

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(int id) const;
    QList<Upload> m_uploads;
};

// One conversation's uploads.
class PeerUploadsModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("UploadController::forPeer makes them")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    PeerUploadsModel(UploadsModel *source, const QString &peer, QObject *parent);
    int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_peer;
};
