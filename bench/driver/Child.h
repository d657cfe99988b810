// A program the bench driver runs (publisher, subscriber, replay): its stdout JSON lines are
// kept with the driver's receive time, stderr goes to a log file, and the driver can pause
// (SIGSTOP) and resume it and read its CPU time from /proc. Nothing it starts outlives it
// (PR_SET_PDEATHSIG), whatever happens to the driver.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>

class QFile;

// user + system CPU seconds of a process (all its threads) from /proc/PID/stat; -1 if unknown.
double processCpuSeconds(qint64 pid);

class Child : public QObject
{
    Q_OBJECT
public:
    struct Line {
        qint64 receivedUs;  // driver's wall clock when the line arrived
        QJsonObject obj;
    };

    Child(QString name, const QString &logFile, QObject *parent = nullptr);
    ~Child() override;  // stops the process if it still runs

    // firstStdinLine (e.g. the password) is written at once; stdin stays open for commands.
    void start(const QString &program, const QStringList &args, const QString &firstStdinLine = {});
    void send(const QString &line);
    void pause();   // SIGSTOP
    void resume();  // SIGCONT
    void stop(int graceMs = 5000);  // SIGCONT, SIGTERM, wait; SIGKILL after graceMs. Blocking.

    QString name() const { return m_name; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool hasExited() const { return m_exited; }
    int exitCode() const { return m_exitCode; }
    // user + system CPU seconds of the whole process (all threads) so far; -1 once gone.
    double cpuSeconds() const;

    const QList<Line> &lines() const { return m_lines; }
    // The last line of this type, or an empty object.
    QJsonObject last(const QString &type) const;
    // Lines of this type from index `from` on.
    QList<QJsonObject> linesOfType(const QString &type, qsizetype from = 0) const;
    QString errorTail(int lines = 8) const;  // the last stderr lines, for messages

private:
    void readStdout();
    void readStderr();

    QString m_name;
    QProcess m_process;
    QFile *m_log;
    QByteArray m_stdoutBuffer;
    QList<Line> m_lines;
    QStringList m_stderrTail;
    bool m_exited = false;
    int m_exitCode = -1;
};
