// The bridge in front of QXmpp against a scripted server that misbehaves: malformed XML, a
// stream error, no STARTTLS, an endless stanza. Each ends in a clear error and a disconnect,
// never a hang or an unbounded buffer.
#include "TestCertificates.h"
#include "account/Account.h"
#include "account/ConnectionController.h"

#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using ConnectionError::Kind;
using State = ConnectionController::State;

namespace {
const QByteArray Domain = "bridge.test";
const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='bridge.test' id='s1' version='1.0'>";
const QByteArray StartTlsFeatures = "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                                    "<required/></starttls></stream:features>";

// Speaks just enough XMPP to get a client through STARTTLS, then sends `afterTls` in reply to
// the client's encrypted stream header. Records everything the client sent.
class ScriptedServer : public QTcpServer
{
public:
    QByteArray afterTls;
    bool offerTls = true;
    QByteArray received;
    QSslSocket *socket = nullptr;
    QSslCertificate certificate;
    QSslKey key;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        connect(socket, &QSslSocket::readyRead, this, [this] {
            const QByteArray data = socket->readAll();
            received += data;
            if (!socket->isEncrypted()) {
                if (data.contains("<stream:stream"))
                    socket->write(Header + (offerTls ? StartTlsFeatures : QByteArray("<stream:features/>")));
                if (data.contains("<starttls")) {
                    socket->write("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
                    socket->startServerEncryption();
                }
            } else if (data.contains("<stream:stream")) {
                socket->write(Header + afterTls);
            }
        });
    }
};
}  // namespace

class TestStreamBridge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    linnet::test::CertificateFiles m_certs;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<Account> m_account;

    void connectAccount()
    {
        ConnectionSettings settings;
        settings.jid = QStringLiteral("alice@") + QString::fromLatin1(Domain);
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = m_server->serverPort();
        settings.caCertificatesFile = m_certs.caCertificate;
        m_account = std::make_unique<Account>(settings);
        m_account->login(QStringLiteral("secret"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(linnet::test::makeCertificates(m_dir.path(), {QString::fromLatin1(Domain)}, {}, &m_certs, &error),
                 qPrintable(error));
    }

    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        m_server->certificate = QSslCertificate::fromPath(m_certs.serverCertificate).value(0);
        QFile keyFile(m_certs.serverKey);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_server->key = QSslKey(keyFile.readAll(), QSsl::Ec);
        if (m_server->key.isNull()) {
            keyFile.seek(0);
            m_server->key = QSslKey(keyFile.readAll(), QSsl::Rsa);
        }
        QVERIFY(!m_server->key.isNull());
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
    }

    void cleanup()
    {
        m_account.reset();
        m_server.reset();
    }

    void malformedXmlEndsWithAStreamError()
    {
        m_server->afterTls = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                             "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>"
                             "<message><body>broken</bod></message>";
        connectAccount();
        QTRY_COMPARE_WITH_TIMEOUT(m_account->connection()->error(), Kind::ServerError, 10000);
        QVERIFY2(m_account->connection()->errorMessage().contains(QStringLiteral("malformed")),
                 qPrintable(m_account->connection()->errorMessage()));
        QTRY_COMPARE(m_account->connection()->state(), State::Disconnected);
        // The server is told why, as RFC 6120 asks.
        QTRY_VERIFY(m_server->received.contains("<not-well-formed"));
    }

    void streamErrorFromTheServer()
    {
        m_server->afterTls = "<stream:error><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                             "</stream:error></stream:stream>";
        connectAccount();
        QTRY_VERIFY_WITH_TIMEOUT(m_account->connection()->error() != Kind::None, 10000);
        QTRY_COMPARE(m_account->connection()->state(), State::Disconnected);
        QCOMPARE(m_account->connection()->error(), Kind::ServerError);
    }

    void noStartTlsIsRefused()
    {
        m_server->offerTls = false;
        connectAccount();
        QTRY_COMPARE_WITH_TIMEOUT(m_account->connection()->error(), Kind::ServerError, 10000);
        QVERIFY(m_account->connection()->errorMessage().contains(QStringLiteral("STARTTLS")));
        QCOMPARE(m_account->connection()->state(), State::Disconnected);
        QVERIFY(!m_server->received.contains("<auth"));  // no credentials over plaintext
    }

    void endlessStanzaIsCutOff()
    {
        // 17 MB of one unfinished stanza: more than the framer will ever hold.
        m_server->afterTls = "<message><body>" + QByteArray(17 * 1024 * 1024, 'a');
        connectAccount();
        QTRY_COMPARE_WITH_TIMEOUT(m_account->connection()->error(), Kind::ServerError, 20000);
        QTRY_COMPARE(m_account->connection()->state(), State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestStreamBridge)
#include "tst_streambridge.moc"
