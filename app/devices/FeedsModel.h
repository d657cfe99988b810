// The account's subscribed feeds, one row per (service, node), for QML: where it comes from,
// which session receives it, how the subscription went, whether its device is online, health
// warnings, the last reading and the rate. DeviceController owns the rows and changes them;
// the live columns (last reading, rate) are refreshed from the ReadingStore every few seconds,
// never per reading.
#pragma once

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class DeviceController;

struct Feed {
    enum class State { Subscribing, Subscribed, Failed };
    QString service;
    QString node;
    QString resource;  // empty: the bare JID
    QString title;
    QString device;    // as saved; DeviceController::deviceJid() knows better once online
    State state = State::Subscribing;
    QString error;
    QString subscribedJid;  // the JID the server holds a subscription for, to unsubscribe it
    qint64 lostAtMs = 0;    // its receiving session(s) went offline then; 0: not lost
    bool resumed = false;   // that session came back by resuming its stream: nothing was lost
    bool backfilled = false;  // once this run
    qint64 lastMs = 0;
    double rate = 0;
};

class FeedsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DeviceController owns it")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class State { Subscribing, Subscribed, Failed };
    Q_ENUM(State)
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        NodeRole,
        TitleRole,
        DeviceJidRole,
        ResourceRole,
        StateRole,
        ErrorRole,
        NodeAvailableRole,
        WarningRole,
        LastReadingRole,  // QDateTime, invalid if none yet
        RateRole,         // readings per second of its busiest series, over the last 10 s
    };
    Q_ENUM(Role)

    explicit FeedsModel(DeviceController *controller);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // For DeviceController.
    const QList<Feed> &feeds() const { return m_feeds; }
    int indexOf(const QString &service, const QString &node) const;
    Feed *find(const QString &service, const QString &node);
    const Feed *find(const QString &service, const QString &node) const;
    void add(const Feed &feed);
    void remove(const QString &service, const QString &node);
    // Tells views that a row changed (after changing it through find()).
    void changed(const QString &service, const QString &node);
    void changedAll();
    // Last reading and rate from the store, now (also done on a timer while rows exist).
    void refreshLive();

Q_SIGNALS:
    void countChanged();

private:
    DeviceController *m_controller;
    QList<Feed> m_feeds;
    QTimer m_live;
};
