// The alert log of an account's dashboards, newest first, bounded (MaxAlerts): when a series
// crossed a tile's threshold, and whether the user has acknowledged it. Kept with the
// dashboards (DashboardsModel persists it).
#pragma once

#include "DashboardData.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class AlertsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DashboardsModel owns it")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unacknowledged READ unacknowledged NOTIFY unacknowledgedChanged)

public:
    static constexpr qsizetype MaxAlerts = 1000;
    enum Role {
        TimeRole = Qt::UserRole + 1,  // QDateTime of the sample
        DashboardRole,                // the dashboard's name
        TileIdRole,
        TileTitleRole,
        SeriesRole,                   // the SenML name
        ServiceRole,
        NodeRole,
        ValueRole,
        ThresholdRole,
        HighRole,                     // bool: above the high threshold, else below the low one
        AcknowledgedRole,
    };
    Q_ENUM(Role)

    explicit AlertsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int unacknowledged() const;

    Q_INVOKABLE void acknowledge(int row);
    Q_INVOKABLE void acknowledgeAll();
    Q_INVOKABLE void clear();

    void add(const Dashboards::AlertRecord &alert);
    QList<Dashboards::AlertRecord> alerts() const { return m_alerts; }
    void setAlerts(const QList<Dashboards::AlertRecord> &alerts);

Q_SIGNALS:
    void countChanged();
    void unacknowledgedChanged();
    void changed();  // anything persisted

private:
    QList<Dashboards::AlertRecord> m_alerts;  // newest first
};
