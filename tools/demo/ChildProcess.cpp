#include "ChildProcess.h"

#include <QFile>

#include <csignal>
#include <sys/prctl.h>

ChildProcess::ChildProcess(QString name, const QString &logFile, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_log(new QFile(logFile, this))
{
    m_log->open(QIODevice::WriteOnly | QIODevice::Truncate);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ChildProcess::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &ChildProcess::readStderr);
    connect(&m_process, &QProcess::finished, this, &ChildProcess::finished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_stderrTail << QStringLiteral("cannot start: %1").arg(m_process.errorString());
            emit finished(-1, QProcess::CrashExit);
        }
    });
    // Whatever happens to the demo (even SIGKILL), nothing it started outlives it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

ChildProcess::~ChildProcess()
{
    // Nobody listens any more: an exit now must not call back into a half-destroyed owner.
    disconnect(&m_process, nullptr, this, nullptr);
    stop(2000);
}

void ChildProcess::start(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                         const QByteArray &stdinText)
{
    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_process.setProcessEnvironment(env);
    log("$ " + program.toUtf8() + ' ' + args.join(QLatin1Char(' ')).toUtf8() + '\n');
    m_process.start(program, args);
    if (!stdinText.isEmpty())
        m_process.write(stdinText);  // buffered until the process runs
    m_process.closeWriteChannel();  // so a reader of stdin sees EOF after the text
}

void ChildProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool ChildProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QString ChildProcess::errorTail(int lines) const
{
    return m_stderrTail.mid(qMax(0, m_stderrTail.size() - lines)).join(QLatin1Char('\n'));
}

void ChildProcess::readStdout()
{
    const QByteArray data = m_process.readAllStandardOutput();
    log(data);
    m_stdoutBuffer += data;
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdoutBuffer.left(newline)).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        emit lineReceived(line);
    }
}

void ChildProcess::readStderr()
{
    const QByteArray data = m_process.readAllStandardError();
    log(data);
    for (const QString &line : QString::fromUtf8(data).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        m_stderrTail << line;
    if (m_stderrTail.size() > 200)
        m_stderrTail = m_stderrTail.mid(m_stderrTail.size() - 100);
}

void ChildProcess::log(const QByteArray &data)
{
    m_log->write(data);
    m_log->flush();
}
