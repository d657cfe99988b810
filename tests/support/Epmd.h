// An Erlang port mapper (epmd) of the fixture's own, on a free loopback port: the ejabberd
// nodes it serves find each other through it (ERL_EPMD_PORT), and nodes of parallel tests,
// each with their own epmd, never meet. It runs in the foreground as a child of the test, so
// it ends with the test; the system-wide epmd on 4369 is never started or touched.
#pragma once

#include <QList>
#include <QString>

#include <memory>

class QProcess;

namespace linnet::test {

class Epmd
{
public:
    Epmd();
    ~Epmd();  // stops it
    Epmd(const Epmd &) = delete;
    Epmd &operator=(const Epmd &) = delete;

    // Starts epmd on a free port below the ephemeral range and waits until it accepts.
    // outputFile receives its messages.
    bool start(const QString &outputFile, QString *error);
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }

private:
    bool launch(quint16 port, const QString &outputFile, QString *error);

    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// count distinct loopback ports, free right now, in [20000, 32768): below Linux's ephemeral
// range, so no outgoing connection of a parallel test takes one between a stop and a restart.
// Empty if none could be found.
QList<quint16> pickFreeLoopbackPorts(int count);

}  // namespace linnet::test
