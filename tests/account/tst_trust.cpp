// Certificate trust per account against a scripted server: a certificate that does not
// validate is refused and described for the trust dialog; once the user trusts it, exactly
// that certificate is accepted; a different one later is refused again as "changed".
#include "AccountHarness.h"
#include "ScriptedServer.h"
#include "TestCertificates.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using ConnectionError::Kind;
using State = ConnectionController::State;

class TestTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    linnet::test::CertificateFiles m_first;   // a CA nobody trusts, and its server certificate
    linnet::test::CertificateFiles m_second;  // the same CA, a new key: what a replaced certificate looks like

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(linnet::test::makeCertificates(m_dir.path(), {QString::fromLatin1(ScriptedServer::Domain)}, {}, &m_first, &error),
                 qPrintable(error));
        QVERIFY2(linnet::test::signServerCertificate(m_dir.path(), QStringLiteral("second"), {QString::fromLatin1(ScriptedServer::Domain)},
                                                     {}, m_first.caCertificate, m_dir.filePath(QStringLiteral("ca.key")),
                                                     &m_second, &error),
                 qPrintable(error));
    }

    void refusedThenPinnedThenChanged()
    {
        ScriptedServer server;
        QVERIFY(server.setCertificate(m_first.serverCertificate, m_first.serverKey));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ConnectionSettings settings;
        settings.jid = QStringLiteral("alice@") + QString::fromLatin1(ScriptedServer::Domain);
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = server.serverPort();  // no CA file: the certificate does not validate
        AccountHarness alice(settings);
        alice.login(QStringLiteral("secret"));

        // Refused by default, and described for the dialog.
        QTRY_COMPARE_WITH_TIMEOUT(alice.connection()->error(), Kind::CertificateRejected, 10000);
        const auto refused = alice.connection()->refusedCertificate();
        QVERIFY(!refused.isNull());
        const auto expected = QSslCertificate::fromPath(m_first.serverCertificate).value(0);
        QCOMPARE(refused.digest(), expected.digest(QCryptographicHash::Sha256));
        QCOMPARE(refused.sha256().size(), 32 * 3 - 1);  // "AB:CD:..."
        QVERIFY(refused.subject().contains(QString::fromLatin1(ScriptedServer::Domain)));
        QVERIFY(refused.issuer().contains(QStringLiteral("Linnet Test CA")));
        QVERIFY(!refused.errors().isEmpty());
        QVERIFY(!refused.changed());
        QVERIFY(!server.allReceived().contains("<auth"));

        // Trusted for this account: exactly this certificate now passes.
        alice.account()->trustRefusedCertificate(alice.session());
        QTRY_COMPARE_WITH_TIMEOUT(alice.connection()->state(), State::Connected, 10000);
        QCOMPARE(alice.account()->config().pinnedSha256, QList<QByteArray>{refused.digest()});

        // The server's certificate is replaced: refused again, as changed.
        QVERIFY(server.setCertificate(m_second.serverCertificate, m_second.serverKey));
        server.connections().last().socket->abort();
        QTRY_COMPARE_WITH_TIMEOUT(alice.connection()->error(), Kind::CertificateRejected, 15000);
        QVERIFY(alice.connection()->refusedCertificate().changed());
        QVERIFY2(alice.connection()->errorMessage().contains(QStringLiteral("changed")),
                 qPrintable(alice.connection()->errorMessage()));
        QCOMPARE(alice.connection()->state(), State::Disconnected);  // no retry loop
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
