// The roster as shown: reachable buddies first, then by name; optionally filtered by a search.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class RosterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit RosterFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    // The row showing jid (-1 if none) and the JID a row shows: QML needs no scan of its own.
    Q_INVOKABLE int rowOf(const QString &jid) const;
    Q_INVOKABLE QString jidAt(int row) const;

Q_SIGNALS:
    void filterTextChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void scheduleResort();

    QString m_filterText;
    bool m_resortQueued = false;
    QCollator m_collator;
};
