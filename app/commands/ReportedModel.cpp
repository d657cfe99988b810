#include "ReportedModel.h"

ReportedModel::ReportedModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ReportedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return cell(index.row(), index.column());
    return {};
}

QVariant ReportedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return columnNames().value(section);
    return section + 1;
}

QHash<int, QByteArray> ReportedModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}};
}

QString ReportedModel::cell(int row, int column) const
{
    return m_rows.value(row).value(column);
}

QStringList ReportedModel::columnNames() const
{
    QStringList names;
    for (const auto &column : m_columns)
        names << (column.label.isEmpty() ? column.var : column.label);
    return names;
}

void ReportedModel::setTable(const AdHoc::DataForm &form)
{
    const QStringList oldNames = columnNames();
    const int oldRows = rows();
    beginResetModel();
    m_columns = form.reported();
    m_rows.clear();
    for (const auto &item : form.items()) {
        QStringList cells;
        for (const auto &column : std::as_const(m_columns)) {
            // Cells come in any order: match them by var.
            auto it = std::find_if(item.cbegin(), item.cend(), [&](const AdHoc::FormField &f) { return f.var == column.var; });
            cells << (it == item.cend() ? QString() : it->values.join(QStringLiteral(", ")));
        }
        m_rows << cells;
    }
    endResetModel();
    if (columnNames() != oldNames)
        Q_EMIT columnNamesChanged();
    if (rows() != oldRows)
        Q_EMIT rowsChanged();
}

void ReportedModel::clear()
{
    setTable(AdHoc::DataForm());
}
