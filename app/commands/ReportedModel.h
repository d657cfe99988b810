// The table of a result form (XEP-0004 §3.4): columns from <reported/>, one row per <item/>.
#pragma once

#include "adhoc/DataForm.h"

#include <QAbstractTableModel>
#include <QtQml/qqmlregistration.h>

class ReportedModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CommandRunner::table")
    // Column headers: the reported fields' labels, else their vars.
    Q_PROPERTY(QStringList columnNames READ columnNames NOTIFY columnNamesChanged)
    Q_PROPERTY(int rows READ rows NOTIFY rowsChanged)

public:
    explicit ReportedModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;  // display: the cell text
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;  // display

    // The form's <reported/> and <item/>s (empty when it has none).
    void setTable(const AdHoc::DataForm &form);
    void clear();
    QStringList columnNames() const;
    int rows() const { return int(m_rows.size()); }
    // Text of a cell ("" for a cell the item did not give).
    Q_INVOKABLE QString cell(int row, int column) const;

Q_SIGNALS:
    void columnNamesChanged();
    void rowsChanged();

private:
    QList<AdHoc::FormField> m_columns;
    QList<QStringList> m_rows;  // cell texts in column order
};
