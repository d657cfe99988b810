// The inspector's list: the trace's events as rows, fetched in batches (at most ten a second,
// one rowsInserted per batch) so a busy connection costs the view one update per tick, not one
// per frame. Bounded by the trace's capacity: the oldest rows go in one rowsRemoved.
#pragma once

#include "ProtocolTrace.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class InspectorModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ProtocolTrace *trace READ trace WRITE setTrace NOTIFY traceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qint64 dropped READ dropped NOTIFY countChanged)
    // The connections and kinds seen so far, sorted, for the page's choosers.
    Q_PROPERTY(QStringList connections READ connections NOTIFY connectionsChanged)
    Q_PROPERTY(QStringList kinds READ kinds NOTIFY kindsChanged)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1,  // QDateTime
        TimeTextRole,                 // "20:14:03.127"
        ConnectionRole,
        ProtocolRole,                 // Protocol
        DirectionRole,                // Direction
        KindRole,
        ChannelRole,
        HandleRole,
        DeliveryIdRole,
        CreditRole,
        SummaryRole,
        DetailRole,
    };
    Q_ENUM(Role)
    enum class Protocol { Amqp = int(TraceEvent::Protocol::Amqp), Xmpp = int(TraceEvent::Protocol::Xmpp) };
    Q_ENUM(Protocol)
    enum class Direction {
        Received = int(TraceEvent::Direction::Received),
        Sent = int(TraceEvent::Direction::Sent),
        Event = int(TraceEvent::Direction::Event),
    };
    Q_ENUM(Direction)

    explicit InspectorModel(QObject *parent = nullptr);

    ProtocolTrace *trace() const { return m_trace; }
    void setTrace(ProtocolTrace *trace);
    int count() const { return int(m_rows.size()); }
    qint64 dropped() const;
    QStringList connections() const { return m_connections; }
    QStringList kinds() const { return m_kinds; }
    const TraceEvent &event(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Empties the trace and the list.
    Q_INVOKABLE void clear();
    // Takes what the trace has now, without waiting for the timer (tests, export).
    Q_INVOKABLE void fetchNow();

    // How often rows are fetched at most; 100 ms by default.
    void setBatchInterval(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void traceChanged();
    void countChanged();
    void connectionsChanged();
    void kindsChanged();

private:
    void reset();
    void noteNames(const QList<TraceEvent> &events);

    QPointer<ProtocolTrace> m_trace;
    QList<TraceEvent> m_rows;
    quint64 m_sequence = 0;
    QStringList m_connections;
    QStringList m_kinds;
    QTimer m_timer;
};
