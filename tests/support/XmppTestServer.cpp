#include "XmppTestServer.h"

#include "EjabberdServer.h"
#include "ProsodyServer.h"

#include "TestLogging.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTcpSocket>

XmppTestServer::Kind XmppTestServer::requestedKind()
{
    return qEnvironmentVariable("LINNET_TEST_SERVER") == QLatin1String("ejabberd") ? Kind::Ejabberd : Kind::Prosody;
}

QString XmppTestServer::kindName(Kind kind)
{
    return kind == Kind::Ejabberd ? QStringLiteral("ejabberd") : QStringLiteral("prosody");
}

std::unique_ptr<XmppTestServer> XmppTestServer::create(Options options, Kind kind)
{
    switch (kind) {
    case Kind::Ejabberd:
        return std::make_unique<EjabberdServer>(std::move(options));
    case Kind::Prosody:
        return std::make_unique<ProsodyServer>(std::move(options));
    }
    return std::make_unique<ProsodyServer>(std::move(options));
}

QUrl XmppTestServer::websocketUrl() const
{
    return QUrl(QStringLiteral("wss://%1:%2/xmpp-websocket").arg(domain()).arg(httpsPort()));
}

QUrl XmppTestServer::boshUrl() const
{
    return QUrl(QStringLiteral("https://%1:%2/http-bind").arg(domain()).arg(httpsPort()));
}

QXmppConfiguration XmppTestServer::clientConfiguration(const QString &user, const QString &password,
                                                       const QString &resource) const
{
    QXmppConfiguration config;
    config.setHost(host());
    config.setPort(c2sPort());
    config.setDomain(domain());  // the certificate is checked against this name, not the host
    config.setUser(user);
    config.setPassword(password);
    if (!resource.isEmpty())
        config.setResource(resource);
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setCaCertificates(caCertificates());
    config.setIgnoreSslErrors(false);
    // As Linnet itself (ConnectionSettings): with SASL2 and Bind2 (ejabberd 24.12 offers them)
    // QXmpp 1.10 lets the server pick the resource, and a test's "desk" would not be honoured.
    config.setUseSasl2Authentication(false);
    return config;
}

bool XmppTestServer::answersStreamHeader(quint16 port, const QString &domain, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(QByteArray("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                            "xmlns:stream='http://etherx.jabber.org/streams' version='1.0' to='")
                 + domain.toUtf8() + QByteArray("'>"));
    QByteArray reply;
    const QDeadlineTimer deadline(timeoutMs);
    while (!reply.contains("<stream:features") && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            reply += socket.readAll();
        else if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    socket.abort();
    const QByteArray from = domain.toUtf8();
    const QByteArray single = QByteArray("from='") + from + '\'';
    const QByteArray dbl = QByteArray("from=\"") + from + '"';
    return reply.contains("<stream:features") && (reply.contains(single) || reply.contains(dbl));
}

void XmppTestServer::endServerProcess(QProcess *&process, bool hard, int graceMs, const char *name)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        if (hard)
            process->kill();
        else
            process->terminate();
        if (!process->waitForFinished(graceMs)) {
            qCWarning(lcLinnetTest) << name << "ignored SIGTERM for" << graceMs / 1000 << "s; killing it";
            process->kill();
            process->waitForFinished(10000);
        }
    }
    delete process;
    process = nullptr;
}
