#include "Child.h"

#include "BenchLogging.h"
#include "ToolIo.h"

#include <QFile>
#include <QJsonDocument>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

Child::Child(QString name, const QString &logFile, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_log(new QFile(logFile, this))
{
    if (!m_log->open(QIODevice::WriteOnly | QIODevice::Truncate))
        qCWarning(lcBench) << "cannot write" << logFile;
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &Child::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &Child::readStderr);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_exited = true;
        m_exitCode = status == QProcess::NormalExit ? code : -1;
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_stderrTail << QStringLiteral("cannot start: %1").arg(m_process.errorString());
            m_exited = true;
        }
    });
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

Child::~Child()
{
    stop(2000);
    // What it printed while stopping (e.g. the publisher's "done" line) still goes to the log.
    readStdout();
    readStderr();
}

void Child::start(const QString &program, const QStringList &args, const QString &firstStdinLine)
{
    m_log->write("$ " + program.toUtf8() + ' ' + args.join(QLatin1Char(' ')).toUtf8() + '\n');
    m_log->flush();
    m_process.start(program, args);
    if (!firstStdinLine.isNull())
        send(firstStdinLine);
}

void Child::send(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
}

void Child::pause()
{
    if (pid() > 0)
        ::kill(pid_t(pid()), SIGSTOP);
}

void Child::resume()
{
    if (pid() > 0)
        ::kill(pid_t(pid()), SIGCONT);
}

void Child::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    resume();  // a stopped process cannot act on SIGTERM
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

double Child::cpuSeconds() const
{
    return processCpuSeconds(pid());
}

double processCpuSeconds(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command (which may contain spaces) start after the last ')':
    // state(3) ... utime(14) stime(15), counted from 1.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

QJsonObject Child::last(const QString &type) const
{
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        if (it->obj.value(u"type").toString() == type)
            return it->obj;
    }
    return {};
}

QList<QJsonObject> Child::linesOfType(const QString &type, qsizetype from) const
{
    QList<QJsonObject> out;
    for (qsizetype i = from; i < m_lines.size(); ++i) {
        if (m_lines.at(i).obj.value(u"type").toString() == type)
            out << m_lines.at(i).obj;
    }
    return out;
}

QString Child::errorTail(int lines) const
{
    return m_stderrTail.mid(qMax(0, m_stderrTail.size() - lines)).join(QLatin1Char('\n'));
}

void Child::readStdout()
{
    const QByteArray data = m_process.readAllStandardOutput();
    m_log->write(data);
    m_log->flush();
    m_stdoutBuffer += data;
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(newline);
        m_stdoutBuffer.remove(0, newline + 1);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            m_lines.append({wallClockUs(), doc.object()});
    }
}

void Child::readStderr()
{
    const QByteArray data = m_process.readAllStandardError();
    m_log->write(data);
    m_log->flush();
    for (const QString &line : QString::fromUtf8(data).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        m_stderrTail << line;
    if (m_stderrTail.size() > 200)
        m_stderrTail = m_stderrTail.mid(m_stderrTail.size() - 100);
}
