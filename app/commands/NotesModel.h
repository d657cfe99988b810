// The notes of a command's last answer (XEP-0050 <note type='info|warn|error'/>), one per row.
#pragma once

#include "adhoc/CommandIq.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class NotesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CommandRunner::notes")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { TypeRole = Qt::UserRole + 1 /* "info" | "warn" | "error" */, TextRole };
    Q_ENUM(Role)

    explicit NotesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setNotes(const QList<AdHoc::Note> &notes);
    QList<AdHoc::Note> notes() const { return m_notes; }
    // Every note's text, joined with " " (what the history keeps as the result).
    QString text() const;
    bool hasError() const;  // a note of type error
    static QString typeName(AdHoc::Note::Type type);

Q_SIGNALS:
    void countChanged();

private:
    QList<AdHoc::Note> m_notes;
};
