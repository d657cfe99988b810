#include "FederatedServers.h"

#include "TestCertificates.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace linnet::test;

namespace {

XmppServerOptions withDomain(XmppServerOptions options, const QString &fallback)
{
    // XmppServerOptions' own default (linnet.test) is the single-server domain.
    if (options.domain.isEmpty() || options.domain == XmppServerOptions().domain)
        options.domain = fallback;
    return options;
}

// Two distinct free loopback ports below the ephemeral range, as ProsodyServer draws its own.
bool pickS2sPorts(quint16 *a, quint16 *b)
{
    QTcpServer first, second;
    for (QTcpServer *server : {&first, &second}) {
        bool bound = false;
        for (int attempt = 0; attempt < 50 && !bound; ++attempt)
            bound = server->listen(QHostAddress::LocalHost, quint16(QRandomGenerator::global()->bounded(20000, 32768)));
        if (!bound)
            return false;
    }
    *a = first.serverPort();
    *b = second.serverPort();
    return true;
}

QString domainOf(const QString &jid)
{
    const QString bare = jid.section(QLatin1Char('/'), 0, 0);
    return bare.contains(QLatin1Char('@')) ? bare.section(QLatin1Char('@'), 1) : bare;
}

bool belongsTo(const QString &domain, const QString &serverDomain)
{
    return domain == serverDomain || domain.endsWith(QLatin1Char('.') + serverDomain);
}

}  // namespace

FederatedServers::FederatedServers(Options options)
    : m_one(std::make_unique<ProsodyServer>(withDomain(std::move(options.one), QStringLiteral("one.linnet.test"))))
    , m_two(std::make_unique<ProsodyServer>(withDomain(std::move(options.two), QStringLiteral("two.linnet.test"))))
    , m_sharedCa(options.sharedCa)
{
}

FederatedServers::~FederatedServers()
{
    // Two first: its s2s link to one closes while one still listens.
    m_two.reset();
    m_one.reset();
}

void FederatedServers::befriend(const QString &jidA, const QString &nameA, const QString &jidB, const QString &nameB,
                                const QString &groupOfB)
{
    addContact(jidA, jidB, nameB, groupOfB);
    addContact(jidB, jidA, nameA, {});
}

void FederatedServers::addContact(const QString &owner, const QString &contact, const QString &name, const QString &group)
{
    const QString domain = domainOf(owner);
    const ProsodyServer::RemoteContact entry{owner.section(QLatin1Char('@'), 0, 0), contact, name, group};
    if (domain == m_one->domain())
        m_contactsOne << entry;
    else if (domain == m_two->domain())
        m_contactsTwo << entry;
    else
        qWarning("FederatedServers::befriend: %s is on neither server", qPrintable(owner));
}

ProsodyServer *FederatedServers::serverOf(const QString &jid) const
{
    const QString domain = domainOf(jid);
    if (belongsTo(domain, m_one->domain()))
        return m_one.get();
    if (belongsTo(domain, m_two->domain()))
        return m_two.get();
    return nullptr;
}

bool FederatedServers::start(QString *error)
{
    if (!m_caDir) {
        m_caDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/linnet-federation-XXXXXX"));
        if (!m_caDir->isValid()) {
            if (error)
                *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_caDir->errorString());
            return false;
        }
        // A CA for each server; with sharedCa both use the first. (makeCertificates also signs
        // a server certificate there, unused: each server signs its own in its directory.)
        const QDir dir(m_caDir->path());
        CertificateFiles caOne, caTwo;
        dir.mkpath(QStringLiteral("one"));
        dir.mkpath(QStringLiteral("two"));
        if (!makeCertificates(dir.filePath(QStringLiteral("one")), {QStringLiteral("linnet-federation-ca")}, {}, &caOne, error))
            return false;
        if (m_sharedCa)
            caTwo = caOne;
        else if (!makeCertificates(dir.filePath(QStringLiteral("two")), {QStringLiteral("linnet-other-ca")}, {}, &caTwo, error))
            return false;

        quint16 portOne = 0, portTwo = 0;
        if (!pickS2sPorts(&portOne, &portTwo)) {
            if (error)
                *error = QStringLiteral("no free loopback port for s2s");
            return false;
        }
        const auto keyOf = [](const CertificateFiles &ca) {
            return QFileInfo(ca.caCertificate).dir().filePath(QStringLiteral("ca.key"));
        };
        m_one->setFederation({caOne.caCertificate, keyOf(caOne), portOne, {{m_two->domain(), portTwo}}, m_contactsOne});
        m_two->setFederation({caTwo.caCertificate, keyOf(caTwo), portTwo, {{m_one->domain(), portOne}}, m_contactsTwo});
    }
    QString why;
    if (!m_one->start(&why)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_one->domain(), why);
        return false;
    }
    if (!m_two->start(&why)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_two->domain(), why);
        return false;
    }
    return true;
}
