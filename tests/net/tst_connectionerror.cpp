// How connection failures are classified and worded, and what Linnet retries.
#include "net/ConnectionError.h"
#include "net/ConnectionSettings.h"

#include <QAbstractSocket>
#include <QTest>
#include <QXmppAuthenticationError.h>
#include <QXmppConfiguration.h>
#include <QXmppError.h>
#include <QXmppGlobal.h>
#include <QXmppStreamError.h>

using ConnectionError::Kind;

class TestConnectionError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void socketErrors_data()
    {
        QTest::addColumn<int>("socketError");
        QTest::addColumn<bool>("wasConnected");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("dns") << int(QAbstractSocket::HostNotFoundError) << false << Kind::HostNotFound;
        QTest::newRow("refused") << int(QAbstractSocket::ConnectionRefusedError) << false << Kind::HostUnreachable;
        QTest::newRow("timeout") << int(QAbstractSocket::SocketTimeoutError) << false << Kind::HostUnreachable;
        QTest::newRow("tls handshake") << int(QAbstractSocket::SslHandshakeFailedError) << false << Kind::CertificateRejected;
        QTest::newRow("closed while connected") << int(QAbstractSocket::RemoteHostClosedError) << true << Kind::ConnectionLost;
        QTest::newRow("refused on reconnect") << int(QAbstractSocket::ConnectionRefusedError) << true << Kind::ConnectionLost;
    }
    void socketErrors()
    {
        QFETCH(int, socketError);
        QFETCH(bool, wasConnected);
        QFETCH(Kind, expected);
        const QXmppError error{QStringLiteral("socket says no"), QAbstractSocket::SocketError(socketError)};
        const auto details = ConnectionError::classify(error, {}, wasConnected);
        QCOMPARE(details.kind, expected);
        QVERIFY(!details.message.isEmpty());
    }

    void sslErrorsWinOverTheSocketError()
    {
        const QXmppError error{QStringLiteral("handshake"), QAbstractSocket::RemoteHostClosedError};
        const auto details = ConnectionError::classify(error, {QSslError(QSslError::SelfSignedCertificate)}, false);
        QCOMPARE(details.kind, Kind::CertificateRejected);
        QVERIFY2(details.message.contains(QSslError(QSslError::SelfSignedCertificate).errorString()), qPrintable(details.message));
    }

    void wrongPassword()
    {
        const QXmppError error{QStringLiteral("not-authorized"),
                               QXmpp::AuthenticationError{QXmpp::AuthenticationError::NotAuthorized, {}, {}}};
        const auto details = ConnectionError::classify(error, {}, false);
        QCOMPARE(details.kind, Kind::AuthenticationFailed);
        QCOMPARE(details.message, QStringLiteral("Wrong password or unknown account."));
        QVERIFY(!ConnectionError::isTransient(details.kind));
    }

    void keepAliveTimeout()
    {
        const QXmppError error{QStringLiteral("ping timeout"), QXmpp::TimeoutError{}};
        QCOMPARE(ConnectionError::classify(error, {}, true).kind, Kind::ConnectionLost);
        QCOMPARE(ConnectionError::classify(error, {}, false).kind, Kind::HostUnreachable);
    }

    // Who ended the stream: the server with a <stream:error>, or QXmpp over an element it did
    // not expect. Only the first may say the server closed it. Both are retried.
    void streamErrorsSayWhoEndedTheStream_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("byServer");
        QTest::newRow("server") << QStringLiteral("Received stream error (system-shutdown): bye") << true;
        QTest::newRow("qxmpp") << QStringLiteral("Unexpected element received.") << false;
        QTest::newRow("qxmpp bind") << QStringLiteral("Resource binding failed: no jid") << false;
    }
    void streamErrorsSayWhoEndedTheStream()
    {
        QFETCH(QString, description);
        QFETCH(bool, byServer);
        const QXmppError error{description, QXmpp::StreamError::UndefinedCondition};
        const auto details = ConnectionError::classify(error, {}, false);
        QCOMPARE(details.kind, Kind::ServerError);
        QVERIFY(ConnectionError::isTransient(details.kind));
        QVERIFY2(details.message.contains(description), qPrintable(details.message));
        QCOMPARE(details.message.contains(QLatin1String("server closed")), byServer);
    }

    void onlyPasswordsAndCertificatesEndRetries()
    {
        QVERIFY(ConnectionError::isTransient(Kind::ConnectionLost));
        QVERIFY(ConnectionError::isTransient(Kind::HostUnreachable));
        QVERIFY(ConnectionError::isTransient(Kind::HostNotFound));
        QVERIFY(ConnectionError::isTransient(Kind::ServerError));
        QVERIFY(!ConnectionError::isTransient(Kind::CertificateRejected));
        QVERIFY(!ConnectionError::isTransient(Kind::AuthenticationFailed));
        QVERIFY(!ConnectionError::isTransient(Kind::InvalidAddress));
    }

    void invalidAddresses_data()
    {
        QTest::addColumn<QString>("jid");
        QTest::newRow("empty") << QString();
        QTest::newRow("no domain") << QStringLiteral("alice");
        QTest::newRow("no user") << QStringLiteral("@example.org");
        QTest::newRow("with resource") << QStringLiteral("alice@example.org/desk");
        QTest::newRow("spaces") << QStringLiteral("alice smith@example.org");
    }
    void invalidAddresses()
    {
        QFETCH(QString, jid);
        ConnectionSettings settings;
        settings.jid = jid;
        QVERIFY(!settings.isValid());
    }
};

QTEST_GUILESS_MAIN(TestConnectionError)
#include "tst_connectionerror.moc"
