// BoshTransport's tests, one class over two files: against the fixture's Prosody
// (tst_boshtransport.cpp) and against a connection manager scripted by the test
// (tst_boshtransport_scripted.cpp) for what Prosody does not do.
#pragma once

#include "TestCertificates.h"
#include "XmppTestServer.h"
#include "net/TlsPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <memory>

class BoshScriptedServer;
class BoshTransport;

namespace BoshTest {
constexpr int Timeout = 20000;
inline const QByteArray ClientHeader = "<?xml version='1.0'?><stream:stream to='linnet.test' xmlns='jabber:client' "
                                       "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";
}  // namespace BoshTest

class tst_BoshTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bodyParsing();
    void sessionAndStreamTranslation();
    void loginAndChatWithLostReplies();
    void backlogWhileStopped_data();
    void backlogWhileStopped();
    void refusedCertificate();
    void pinnedCertificate();
    void plainHttpRefused();

    // tst_boshtransport_scripted.cpp
    void scriptedOrderAcksAndReports();
    void scriptedLostReplyAndHttpError();
    void scriptedPollingAndPause();
    void scriptedRemoteStreamError();
    void scriptedBacklogInOneResponse();

    void serverGoneFailsTransport();  // last: stops the server

private:
    TlsPolicy trustingFixture() const;
    TlsPolicy trustingOwnCa() const;
    // Opens `transport` on `server` and answers the session creation with these attributes
    // (sid and the rest); returns the creation rid, 0 on failure.
    quint64 openScripted(BoshTransport &transport, BoshScriptedServer &server, const QByteArray &attributes);

    std::unique_ptr<XmppTestServer> m_server;
    QTemporaryDir m_certificateDir;
    linnet::test::CertificateFiles m_ownCertificates;  // for linnet.test, from a CA only tests trust
    QSslCertificate m_refusedCertificate;
};
