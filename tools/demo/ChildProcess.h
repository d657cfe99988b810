// A program the demo starts (the app or a bot): its output goes to a log file, stdout lines are
// handed out one by one (for "READY"), and the last stderr lines are kept for error messages.
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

class QFile;

class ChildProcess : public QObject
{
    Q_OBJECT
public:
    ChildProcess(QString name, const QString &logFile, QObject *parent = nullptr);
    ~ChildProcess() override;  // stops the process if it still runs

    // stdinText is written and stdin closed right after the start (e.g. "password\n").
    void start(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               const QByteArray &stdinText = {});
    void stop(int graceMs = 5000);  // SIGTERM, wait; SIGKILL after graceMs. Blocking.
    bool isRunning() const;
    QString name() const { return m_name; }
    QString errorTail(int lines = 15) const;  // last stderr lines (or the start error)

signals:
    void lineReceived(const QString &line);  // one stdout line, without the newline
    void finished(int exitCode, QProcess::ExitStatus status);

private:
    void readStdout();
    void readStderr();
    void log(const QByteArray &data);

    QString m_name;
    QProcess m_process;
    QFile *m_log;
    QByteArray m_stdoutBuffer;
    QStringList m_stderrTail;
};
