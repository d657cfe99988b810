#include "ToolIo.h"
#include <cstdlib>
#include <QTimer>
#include <QEventLoop>

#include <QJsonDocument>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

void printJsonLine(const QJsonObject &obj)
{
    const QByteArray json = QJsonDocument(obj).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs, int pollMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(pollMs);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void failJson(const QString &error)
{
    printJsonLine({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), error}});
    std::fflush(stdout);
    std::_Exit(1);
}

StdinLines::StdinLines(QObject *parent)
    : QObject(parent)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinLines::readAvailable);
}

void StdinLines::readAvailable()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        // Without this the notifier would fire forever on a closed pipe.
        m_notifier->setEnabled(false);
        if (!m_buffer.trimmed().isEmpty())
            Q_EMIT line(QString::fromUtf8(m_buffer).trimmed());
        m_buffer.clear();
        Q_EMIT closed();
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QString text = QString::fromUtf8(m_buffer.left(newline)).trimmed();
        m_buffer.remove(0, newline + 1);
        Q_EMIT line(text);
    }
}

QCommandLineOption addOption(QCommandLineParser &parser, const char *name, const char *help, const char *value)
{
    QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(help));
    if (value)
        option.setValueName(QString::fromLatin1(value));
    parser.addOption(option);
    return option;
}
