#include "InspectorFilterModel.h"

#include "TraceExport.h"
#include "core/Logging.h"

#include <QUrl>

InspectorFilterModel::InspectorFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &InspectorFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &InspectorFilterModel::countChanged);
}

void InspectorFilterModel::setInspector(InspectorModel *model)
{
    if (m_inspector == model)
        return;
    m_inspector = model;
    setSourceModel(model);
    Q_EMIT inspectorChanged();
    Q_EMIT countChanged();
}

void InspectorFilterModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    refilter();
}

void InspectorFilterModel::setProtocol(int protocol)
{
    if (m_protocol == protocol)
        return;
    m_protocol = protocol;
    refilter();
}

void InspectorFilterModel::setConnection(const QString &connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    refilter();
}

void InspectorFilterModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    refilter();
}

void InspectorFilterModel::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool InspectorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_inspector)
        return false;
    const TraceEvent &e = m_inspector->event(sourceRow);
    if (m_protocol >= 0 && int(e.protocol) != m_protocol)
        return false;
    if (!m_connection.isEmpty() && e.connection != m_connection)
        return false;
    if (!m_kind.isEmpty() && e.kind != m_kind)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString *field : {&e.summary, &e.kind, &e.connection, &e.detail}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVariantMap InspectorFilterModel::get(int row) const
{
    QVariantMap out;
    const QModelIndex proxy = index(row, 0);
    if (!proxy.isValid())
        return out;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), proxy.data(it.key()));
    return out;
}

void InspectorFilterModel::exportTo(const QUrl &file, ExportFormat format)
{
    if (m_exporting || !m_inspector)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QList<TraceEvent> events;
    events.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        events.append(m_inspector->event(mapToSource(index(row, 0)).row()));
    m_exporting = true;
    Q_EMIT exportingChanged();
    TraceExport::start(std::move(events), path, format == ExportFormat::JsonLines, this,
                       [this, path](bool ok, qsizetype written, const QString &error) {
        m_exporting = false;
        Q_EMIT exportingChanged();
        if (ok) {
            qCInfo(lcInspector) << "exported" << written << "events to" << path;
            Q_EMIT exportFinished(true, tr("Exported %n event(s) to %1", nullptr, int(written)).arg(path));
        } else {
            qCWarning(lcInspector) << "export to" << path << "failed:" << error;
            Q_EMIT exportFinished(false, tr("Could not export to %1: %2").arg(path, error));
        }
    });
}
