// linnet-devicesim --fleet as a child process of a test, with its stdout JSON lines collected
// (tst_devicefleet, tst_devicecommands). Killed when the test lets go of it.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>

struct FleetProcess {
    QProcess process;
    QList<QJsonObject> lines;
    QByteArray buffer;

    FleetProcess()
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, [this] {
            buffer += process.readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                lines << QJsonDocument::fromJson(buffer.left(nl)).object();
                buffer.remove(0, nl + 1);
            }
        });
    }
    ~FleetProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    QJsonObject last(const QString &type) const
    {
        for (auto it = lines.crbegin(); it != lines.crend(); ++it)
            if (it->value(u"type").toString() == type)
                return *it;
        return {};
    }
    QString stderrText() { return QString::fromUtf8(process.readAllStandardError()); }
};
