// What the inspector's list shows of an InspectorModel: rows matching a text (in the summary,
// kind, connection or detail, case-insensitive), a protocol, a connection and a kind. Empty
// or -1 means "any". Also exports what passes the filter.
#pragma once

#include "InspectorModel.h"

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class InspectorFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(InspectorModel *inspector READ inspector WRITE setInspector NOTIFY inspectorChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(int protocol READ protocol WRITE setProtocol NOTIFY filterChanged)  // -1: any
    Q_PROPERTY(QString connection READ connection WRITE setConnection NOTIFY filterChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool exporting READ isExporting NOTIFY exportingChanged)

public:
    enum class ExportFormat { Text, JsonLines };
    Q_ENUM(ExportFormat)

    explicit InspectorFilterModel(QObject *parent = nullptr);

    InspectorModel *inspector() const { return m_inspector; }
    void setInspector(InspectorModel *model);
    QString text() const { return m_text; }
    void setText(const QString &text);
    int protocol() const { return m_protocol; }
    void setProtocol(int protocol);
    QString connection() const { return m_connection; }
    void setConnection(const QString &connection);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    int count() const { return rowCount(); }
    bool isExporting() const { return m_exporting; }

    // The event of a row of this model (for the detail pane): a map of the model's role names.
    Q_INVOKABLE QVariantMap get(int row) const;
    // Writes the rows passing the filter to `file` (a path or a file: URL) off the GUI thread;
    // exportFinished() tells the result in words for the page.
    Q_INVOKABLE void exportTo(const QUrl &file, ExportFormat format);

Q_SIGNALS:
    void inspectorChanged();
    void filterChanged();
    void countChanged();
    void exportingChanged();
    void exportFinished(bool ok, const QString &message);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    InspectorModel *m_inspector = nullptr;
    QString m_text;
    int m_protocol = -1;
    QString m_connection;
    QString m_kind;
    bool m_exporting = false;
};
