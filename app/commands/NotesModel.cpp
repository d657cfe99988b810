#include "NotesModel.h"

#include <algorithm>

NotesModel::NotesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &note = m_notes.at(index.row());
    switch (role) {
    case TypeRole:
        return typeName(note.type);
    case Qt::DisplayRole:
    case TextRole:
        return note.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return {{TypeRole, "type"}, {TextRole, "text"}};
}

void NotesModel::setNotes(const QList<AdHoc::Note> &notes)
{
    if (notes == m_notes)
        return;
    const bool countChanges = notes.size() != m_notes.size();
    beginResetModel();
    m_notes = notes;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QString NotesModel::text() const
{
    QStringList texts;
    for (const auto &note : m_notes) {
        if (!note.text.trimmed().isEmpty())
            texts << note.text.trimmed();
    }
    return texts.join(QLatin1Char(' '));
}

bool NotesModel::hasError() const
{
    return std::any_of(m_notes.cbegin(), m_notes.cend(), [](const AdHoc::Note &n) { return n.type == AdHoc::Note::Type::Error; });
}

QString NotesModel::typeName(AdHoc::Note::Type type)
{
    switch (type) {
    case AdHoc::Note::Type::Warn:
        return QStringLiteral("warn");
    case AdHoc::Note::Type::Error:
        return QStringLiteral("error");
    case AdHoc::Note::Type::Info:
        break;
    }
    return QStringLiteral("info");
}
