#include "EjabberdCluster.h"

#include "Epmd.h"
#include "TestLogging.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>

using namespace linnet::test;

EjabberdCluster::EjabberdCluster(XmppServerOptions options)
    : m_options(std::move(options))
{
}

EjabberdCluster::~EjabberdCluster()
{
    m_b.reset();
    m_a.reset();
    m_epmd.reset();
}

QString EjabberdCluster::caCertificateFile() const
{
    return m_a ? m_a->caCertificateFile() : QString();
}

bool EjabberdCluster::start(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/linnet-ejabberd-cluster-XXXXXX"));
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_dir->setAutoRemove(!qEnvironmentVariableIsSet("LINNET_KEEP_EJABBERD"));
    const QString d = m_options.domain;
    CertificateFiles certificates;
    if (!makeCertificates(m_dir->path(), {d, QStringLiteral("pubsub.") + d, QStringLiteral("conference.") + d,
                                          QStringLiteral("upload.") + d},
                          {QStringLiteral("127.0.0.1")}, &certificates, error))
        return false;
    m_epmd = std::make_unique<Epmd>();
    if (!m_epmd->start(QDir(m_dir->path()).filePath(QStringLiteral("epmd.out")), error))
        return false;

    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString cookie = QUuid::createUuid().toString(QUuid::Id128);
    EjabberdServer::Node a{QStringLiteral("linnet-a-%1@127.0.0.1").arg(tag), cookie, m_epmd->port(), certificates, true};
    EjabberdServer::Node b{QStringLiteral("linnet-b-%1@127.0.0.1").arg(tag), cookie, m_epmd->port(), certificates, false};
    m_a = std::make_unique<EjabberdServer>(m_options, a);
    m_b = std::make_unique<EjabberdServer>(m_options, b);
    QString why;
    if (!m_a->start(&why) || !m_b->start(&why)) {
        if (error)
            *error = why;
        return false;
    }
    // join_cluster answers at once and joins a second later: B stops ejabberd, drops its own
    // Mnesia schema, copies A's tables and starts ejabberd again.
    QString output;
    if (!m_b->ejabberdctl({QStringLiteral("join_cluster"), m_a->nodeName()}, &output)) {
        if (error)
            *error = QStringLiteral("ejabberdctl join_cluster %1 failed: %2").arg(m_a->nodeName(), output);
        return false;
    }
    if (!m_b->waitForRestartInVm(error))
        return false;
    const QStringList nodes = runningNodes(*m_b, &why);
    if (!nodes.contains(m_a->nodeName()) || !nodes.contains(m_b->nodeName())) {
        if (error)
            *error = QStringLiteral("after join_cluster, node B sees %1 (%2)").arg(nodes.join(u", "), why);
        return false;
    }
    qCDebug(lcLinnetTest) << "ejabberd cluster of" << nodes;
    return true;
}

QStringList EjabberdCluster::runningNodes(const EjabberdServer &through, QString *error) const
{
    QString output;
    // Bounded: tests poll this, and a node that is down must not hold a poll for minutes.
    if (!through.ejabberdctl({QStringLiteral("list_cluster")}, &output, 30000)) {
        if (error)
            *error = output;
        return {};
    }
    // One node per line (ejabberdctl prints atoms bare or quoted, by version).
    QStringList nodes;
    for (QString line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed().remove(QLatin1Char('\''));
        if (line.contains(QLatin1Char('@')))
            nodes << line;
    }
    return nodes;
}
