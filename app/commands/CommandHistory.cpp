#include "CommandHistory.h"

#include "CommandHistoryWriter.h"
#include "adhoc/DataForm.h"
#include "core/Logging.h"

#include <QDateTime>

using AdHoc::FormField;

CommandHistory::CommandHistory(const QString &accountJid, QObject *parent)
    : QObject(parent)
    , m_accountJid(accountJid)
    , m_worker(new CommandHistoryWriter(accountJid), QStringLiteral("linnet-commands"), QThread::LowPriority)
    , m_writer(m_worker.worker())
{
    qRegisterMetaType<CommandHistoryEntry>();
    qRegisterMetaType<QList<CommandHistoryEntry>>();
}

CommandHistory::~CommandHistory() = default;  // the writer finishes what is queued, then closes

void CommandHistory::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcCommands).noquote() << error;
    Q_EMIT errorChanged();
}

void CommandHistory::attach(const QString &databaseFile)
{
    if (!m_file.isEmpty() || databaseFile.isEmpty())
        return;
    m_file = databaseFile;
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, databaseFile] {
        const QString error = writer->open(databaseFile);
        QMetaObject::invokeMethod(this, [this, error] { setError(error); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CommandHistory::record(const CommandHistoryEntry &entry)
{
    if (m_discarded)
        return;
    CommandHistoryEntry e = entry;
    e.device = e.device.toLower();  // JIDs compare without case; the file keys on it
    if (e.timeMs == 0)
        e.timeMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, e] {
        const QString error = writer->insert(e);
        if (!error.isEmpty())
            QMetaObject::invokeMethod(this, [this, error] { setError(error); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    Q_EMIT recorded(e);
}

void CommandHistory::load(const QString &device, int limit)
{
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, device, limit] {
        QString error;
        const auto entries = writer->load(device, limit, &error);
        QMetaObject::invokeMethod(this, [this, device, entries, error] {
            if (!error.isEmpty())
                setError(error);
            Q_EMIT entriesLoaded(device, entries);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CommandHistory::discardAll()
{
    m_discarded = true;
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer] {
        const QString error = writer->discardAll();
        if (!error.isEmpty())
            QMetaObject::invokeMethod(this, [this, error] { setError(error); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    qCInfo(lcCommands) << "Discarded the command history of" << m_accountJid;
}

bool CommandHistory::waitForIdle(int timeoutMs)
{
    return m_worker.waitForIdle(timeoutMs);
}

QString CommandHistory::outcomeName(CommandHistoryEntry::Outcome outcome)
{
    switch (outcome) {
    case CommandHistoryEntry::Outcome::Completed:
        return QStringLiteral("completed");
    case CommandHistoryEntry::Outcome::Executing:
        return QStringLiteral("executing");
    case CommandHistoryEntry::Outcome::Canceled:
        return QStringLiteral("canceled");
    case CommandHistoryEntry::Outcome::Error:
        break;
    }
    return QStringLiteral("error");
}

QString CommandHistory::describeValues(const AdHoc::DataForm &form)
{
    QStringList parts;
    for (const auto &field : form.fields()) {
        if (field.var.isEmpty() || field.type == FormField::Type::Fixed || field.type == FormField::Type::Hidden)
            continue;
        QStringList values = field.values;
        values.removeAll(QString());
        if (values.isEmpty())
            continue;
        QString shown;
        switch (field.type) {
        case FormField::Type::TextPrivate:
            shown = Mask;
            break;
        case FormField::Type::Boolean:
            shown = field.isTrue() ? QStringLiteral("on") : QStringLiteral("off");
            break;
        case FormField::Type::ListSingle:
        case FormField::Type::ListMulti:
            for (auto &value : values) {
                for (const auto &option : field.options) {
                    if (option.value == value && !option.label.isEmpty())
                        value = option.label;
                }
            }
            shown = values.join(QStringLiteral("; "));
            break;
        default:
            shown = values.join(QStringLiteral("; "));
            break;
        }
        parts << QStringLiteral("%1: %2").arg(field.label.isEmpty() ? field.var : field.label, shown);
    }
    return parts.join(QStringLiteral(", "));
}
