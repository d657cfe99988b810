// linnet.xmpp logs stanzas; what must never appear there: SCRAM messages (enough for an offline
// password guess), the values of private form fields and, unless asked for, message bodies.
#include "core/LogRedaction.h"

#include <QTest>

class TestLogRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scramExchangeIsRedacted()
    {
        const QString log = QStringLiteral(
            "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1'>biwsbj1hbGljZSxyPWFiYw==</auth>"
            "<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>cj1hYmNkZWYscz1zYWx0LGk9NDA5Ng==</challenge>"
            "<response xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>Yz1iaXdzLHI9YWJjZGVmLHA9cHJvb2Y=</response>"
            "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>dj1zaWduYXR1cmU=</success>");
        const QString out = redactXmppLog(log, true);
        QVERIFY2(!out.contains(QStringLiteral("biws")) && !out.contains(QStringLiteral("cj1h"))
                     && !out.contains(QStringLiteral("Yz1i")) && !out.contains(QStringLiteral("dj1z")),
                 qPrintable(out));
        QCOMPARE(out.count(QStringLiteral("[redacted]")), 4);
        QVERIFY(out.contains(QStringLiteral("mechanism='SCRAM-SHA-1'")));  // what was negotiated stays visible
    }

    // Command and registration forms carry passwords and PINs in text-private fields.
    void privateFormFieldsAreRedacted()
    {
        const QString log = QStringLiteral(
            "<x xmlns='jabber:x:data' type='submit'>"
            "<field var='accountjid'><value>dora@example.org</value></field>"
            "<field type=\"text-private\" var=\"password\"><value>Dora's s3cret</value></field>"
            "<field var='pin' type='text-private'/>"
            "<field var='password-verify' type='text-private' label='Again'>\n<value>Dora's s3cret</value></field>"
            "<field var='notes' type='text-multi'><value>plain</value></field></x>");
        const QString out = redactXmppLog(log, true);
        QVERIFY2(!out.contains(QStringLiteral("s3cret")), qPrintable(out));
        QCOMPARE(out.count(QStringLiteral("[redacted]")), 2);
        QVERIFY(out.contains(QStringLiteral("<value>dora@example.org</value>")));
        QVERIFY(out.contains(QStringLiteral("<value>plain</value>")));
    }

    void bodiesOnlyWhenAsked()
    {
        const QString log = QStringLiteral("<message to='bob@example.org'><body>meet me at 6</body></message>"
                                           "<message><body>x &lt; y</body><body xml:lang='de'>hallo</body></message>");
        const QString hidden = redactXmppLog(log, false);
        QVERIFY2(!hidden.contains(QStringLiteral("meet me")) && !hidden.contains(QStringLiteral("hallo")), qPrintable(hidden));
        QVERIFY(hidden.contains(QStringLiteral("<body>[12 characters]</body>")));
        QVERIFY(hidden.contains(QStringLiteral("to='bob@example.org'")));
        QCOMPARE(redactXmppLog(log, true), log);
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
