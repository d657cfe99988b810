// Line-based I/O for the device simulator and the benchmark programs: a driver process talks
// to them over stdin (one command per line) and reads one JSON object per stdout line, so any
// language (bash + jq, C++, Python) can drive them without parsing free text.
#pragma once

#include <QCommandLineParser>

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class QSocketNotifier;

// Wall-clock time in microseconds since the epoch. Publisher and subscribers run on the same
// host and compare these, so the latency they report is exact up to clock reads.
inline qint64 wallClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// Writes obj as one compact JSON line on stdout and flushes: a driver reading the pipe sees it
// at once, not when a buffer fills.
void printJsonLine(const QJsonObject &obj);

// Runs the event loop until done() or timeoutMs have passed, checking every pollMs; whether
// done() holds in the end. For the benchmark programs' scripted steps.
bool waitFor(const std::function<bool()> &done, int timeoutMs, int pollMs = 5);

// Prints {"type": "error", "error": error} and ends the process at once with exit code 1 (no
// destructors: a half-built scene or session must not hang on the way out).
[[noreturn]] void failJson(const QString &error);

// Adds an option to parser and returns it; value names its value (none: a flag).
QCommandLineOption addOption(QCommandLineParser &parser, const char *name, const char *help, const char *value = nullptr);

// Reads stdin line by line in the event loop (a QSocketNotifier on fd 0, never blocking).
class StdinLines : public QObject
{
    Q_OBJECT
public:
    explicit StdinLines(QObject *parent = nullptr);

Q_SIGNALS:
    void line(const QString &text);  // without the newline, trimmed
    void closed();                   // EOF or a read error

private:
    void readAvailable();

    QSocketNotifier *m_notifier;
    QByteArray m_buffer;
};
