#include "Epmd.h"

#include "EjabberdFiles.h"
#include "TestLogging.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <sys/prctl.h>

namespace linnet::test {

QList<quint16> pickFreeLoopbackPorts(int count)
{
    // The listeners stay open until all are drawn, so the ports differ.
    std::vector<std::unique_ptr<QTcpServer>> held;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        bool bound = false;
        for (int attempt = 0; attempt < 50 && !bound; ++attempt)
            bound = server->listen(QHostAddress::LocalHost, quint16(QRandomGenerator::global()->bounded(20000, 32768)));
        if (!bound)
            return {};
        ports << server->serverPort();
        held.push_back(std::move(server));
    }
    return ports;
}

Epmd::Epmd() = default;

Epmd::~Epmd()
{
    stop();
}

bool Epmd::start(const QString &outputFile, QString *error)
{
    if (isRunning())
        return true;
    if (epmdProgram().isEmpty()) {
        if (error)
            *error = QStringLiteral("epmd not found (erlang-base; run the tests with ./dev)");
        return false;
    }
    // Another fixture may take the port between the pick and epmd's bind: then epmd exits.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QList<quint16> ports = pickFreeLoopbackPorts(1);
        if (ports.isEmpty())
            break;
        if (launch(ports.first(), outputFile, error))
            return true;
    }
    if (error && error->isEmpty())
        *error = QStringLiteral("epmd could not bind a free loopback port");
    return false;
}

bool Epmd::launch(quint16 port, const QString &outputFile, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(outputFile, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // No -daemon: it stays our child. Loopback only.
    m_process->start(epmdProgram(), {QStringLiteral("-port"), QString::number(port), QStringLiteral("-address"),
                                     QStringLiteral("127.0.0.1")});
    if (!m_process->waitForStarted(30000)) {
        if (error)
            *error = QStringLiteral("cannot start epmd: %1").arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(1000) && m_process->state() == QProcess::Running) {
            probe.abort();
            m_port = port;
            qCDebug(lcLinnetTest) << "epmd" << m_process->processId() << "on port" << port;
            return true;
        }
        // Doubles as the pause between probes; an exit means the port was taken.
        if (m_process->waitForFinished(100) || m_process->state() == QProcess::NotRunning)
            break;
    }
    stop();
    return false;
}

void Epmd::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();  // it keeps nothing worth a polite stop
        m_process->waitForFinished(10000);
    }
    m_process.reset();
}

bool Epmd::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

}  // namespace linnet::test
