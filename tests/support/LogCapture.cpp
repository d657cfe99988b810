#include "LogCapture.h"

#include <QMutexLocker>

namespace {
// Guards s_current against a thread that logs while the capture goes away.
QMutex s_currentMutex;
LogCapture *s_current = nullptr;

bool isWarningOrWorse(QtMsgType type)
{
    return type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
}
}  // namespace

LogCapture::LogCapture(Filter keep, Filter pass)
    : m_keep(std::move(keep))
    , m_pass(std::move(pass))
{
    QMutexLocker locker(&s_currentMutex);
    Q_ASSERT(!s_current);
    s_current = this;
    m_previous = qInstallMessageHandler(handle);
}

LogCapture::~LogCapture()
{
    QMutexLocker locker(&s_currentMutex);
    qInstallMessageHandler(m_previous);
    s_current = nullptr;
}

void LogCapture::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&s_currentMutex);
    LogCapture *self = s_current;
    if (!self)
        return;
    const Entry entry{type, QByteArray(context.category ? context.category : ""), message};
    if (!self->m_keep || self->m_keep(entry)) {
        QMutexLocker entries(&self->m_mutex);
        self->m_entries.append(entry);
    }
    if (self->m_previous && (!self->m_pass || self->m_pass(entry)))
        self->m_previous(type, context, message);
}

QList<LogCapture::Entry> LogCapture::entries() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries;
}

QStringList LogCapture::messages() const
{
    QStringList out;
    QMutexLocker locker(&m_mutex);
    out.reserve(m_entries.size());
    for (const auto &entry : m_entries)
        out.append(entry.message);
    return out;
}

qsizetype LogCapture::size() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries.size();
}

void LogCapture::clear()
{
    QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

LogCapture::Filter LogCapture::category(const char *name)
{
    return [name = QByteArray(name)](const Entry &entry) { return entry.category == name; };
}

LogCapture::Filter LogCapture::notCategory(const char *name)
{
    return [name = QByteArray(name)](const Entry &entry) { return entry.category != name; };
}

LogCapture::Filter LogCapture::warningsOf(const char *name)
{
    return [name = QByteArray(name)](const Entry &entry) { return isWarningOrWorse(entry.type) && entry.category == name; };
}

LogCapture::Filter LogCapture::qmlWarnings()
{
    return [](const Entry &entry) {
        return isWarningOrWorse(entry.type)
            && (entry.category == "qml" || entry.message.contains(QLatin1String(".qml")));
    };
}
