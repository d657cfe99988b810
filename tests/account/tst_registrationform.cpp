// How Registration reads a server's registration form (XEP-0077) and its refusals, on forms as
// servers send them: Prosody's (legacy fields and a data form), a form-only one, forms asking for
// more (a required e-mail, a CAPTCHA as in XEP-0158, only a web page), and the sentences a user
// gets for each refusal. The flow against a real server is tst_registration.
#include "account/Registration.h"

#include <QDomDocument>
#include <QTest>
#include <QXmppDataForm.h>

namespace {
const QString User = QStringLiteral("dave");
const QString Secret = QStringLiteral("new secret");

QXmppRegisterIq parse(const QString &query)
{
    QDomDocument doc;
    const QString xml = QStringLiteral("<iq xmlns='jabber:client' type='result' id='r1'>%1</iq>").arg(query);
    if (!doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing))
        qWarning("unparsable test stanza");
    QXmppRegisterIq iq;
    iq.parse(doc.documentElement());
    return iq;
}

QString formField(const QXmppDataForm &form, const QString &key)
{
    for (const auto &field : form.fields()) {
        if (field.key() == key)
            return field.value().toString();
    }
    return QStringLiteral("<absent>");
}

// Prosody 13's form (mod_register_ibr), with additional_registration_fields appended.
QString prosodyForm(const QString &extraLegacy = {}, const QString &extraFields = {})
{
    return QStringLiteral(
               "<query xmlns='jabber:iq:register'><instructions>Choose a username and password.</instructions>"
               "<username/><password/>%1"
               "<x xmlns='jabber:x:data' type='form'><title>Creating a new account</title>"
               "<field var='FORM_TYPE' type='hidden'><value>jabber:iq:register</value></field>"
               "<field var='username' type='text-single' label='Username'><required/></field>"
               "<field var='password' type='text-private' label='Password'><required/></field>%2"
               "</x></query>")
        .arg(extraLegacy, extraFields);
}
}  // namespace

class TestRegistrationForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prosodysFormIsAnsweredWithLegacyFields()
    {
        QString error;
        const auto answer = Registration::answerForm(parse(prosodyForm()), User, Secret, &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->username(), User);
        QCOMPARE(answer->password(), Secret);
        QVERIFY(answer->form().isNull());
    }

    void optionalFieldsAreLeftOut()
    {
        QString error;
        const auto answer = Registration::answerForm(
            parse(prosodyForm(QStringLiteral("<nick/>"),
                              QStringLiteral("<field var='nick' type='text-single' label='Nickname'/>"))),
            User, Secret, &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->username(), User);
    }

    void aFormOnlyServerGetsTheFormBack()
    {
        QString error;
        const auto answer = Registration::answerForm(
            parse(QStringLiteral("<query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='form'>"
                                 "<field var='FORM_TYPE' type='hidden'><value>jabber:iq:register</value></field>"
                                 "<field type='fixed'><value>Welcome!</value></field>"
                                 "<field var='token' type='hidden'><value>abc123</value></field>"
                                 "<field var='username' type='text-single'><required/></field>"
                                 "<field var='password' type='text-private'><required/></field>"
                                 "<field var='nick' type='text-single'/>"
                                 "</x></query>")),
            User, Secret, &error);
        QVERIFY2(answer, qPrintable(error));
        const auto form = answer->form();
        QVERIFY(!form.isNull());
        QCOMPARE(form.type(), QXmppDataForm::Submit);
        QCOMPARE(formField(form, QStringLiteral("username")), User);
        QCOMPARE(formField(form, QStringLiteral("password")), Secret);
        QCOMPARE(formField(form, QStringLiteral("FORM_TYPE")), QStringLiteral("jabber:iq:register"));
        QCOMPARE(formField(form, QStringLiteral("token")), QStringLiteral("abc123"));
        QCOMPARE(formField(form, QStringLiteral("nick")), QStringLiteral("<absent>"));
        QCOMPARE(form.fields().size(), 4);
    }

    void formsAskingForMoreAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("website");
        QTest::newRow("required e-mail") << prosodyForm(
            QStringLiteral("<email/>"),
            QStringLiteral("<field var='email' type='text-single' label='Email'><required/></field>")) << QString();
        QTest::newRow("legacy e-mail, no form")
            << QStringLiteral("<query xmlns='jabber:iq:register'><username/><password/><email/></query>") << QString();
        QTest::newRow("CAPTCHA field") << prosodyForm(
            {}, QStringLiteral("<field var='ocr' type='text-single' label='Enter the text you see'>"
                               "<media xmlns='urn:xmpp:media-element'><uri type='image/png'>cid:sha1+x@bob.xmpp.org</uri>"
                               "</media></field>")) << QString();
        QTest::newRow("CAPTCHA form type")
            << QStringLiteral("<query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='form'>"
                              "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:captcha</value></field>"
                              "<field var='username'><required/></field><field var='password'><required/></field>"
                              "</x></query>") << QString();
        QTest::newRow("CAPTCHA image (XEP-0231)")
            << prosodyForm(QStringLiteral("<data xmlns='urn:xmpp:bob' cid='sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org' "
                                          "type='image/png'>iVBORw0KGgo=</data>")) << QString();
        QTest::newRow("only a web page")
            << QStringLiteral("<query xmlns='jabber:iq:register'><instructions>Use the website.</instructions>"
                              "<x xmlns='jabber:x:oob'><url>https://example.org/register</url></x></query>")
            << QStringLiteral("https://example.org/register");
    }

    void formsAskingForMoreAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, website);
        QString error;
        QVERIFY(!Registration::answerForm(parse(query), User, Secret, &error));
        QVERIFY2(error.startsWith(QStringLiteral("This server needs more than a user name and password to register; "
                                                 "register on its website")),
                 qPrintable(error));
        if (!website.isEmpty())
            QVERIFY2(error.contains(website), qPrintable(error));
        QVERIFY(!error.contains(Secret));
    }

    void refusalsReadAsSentences_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("condition");
        QTest::addColumn<QString>("says");
        QTest::newRow("conflict") << int(QXmppStanza::Error::Cancel) << int(QXmppStanza::Error::Conflict)
                                  << QStringLiteral("The name “dave” is already taken on example.org");
        QTest::newRow("not-allowed") << int(QXmppStanza::Error::Cancel) << int(QXmppStanza::Error::NotAllowed)
                                     << QStringLiteral("example.org does not let apps create accounts");
        QTest::newRow("no register feature") << int(QXmppStanza::Error::Cancel)
                                             << int(QXmppStanza::Error::FeatureNotImplemented)
                                             << QStringLiteral("in-band registration is closed");
        QTest::newRow("not-acceptable") << int(QXmppStanza::Error::Modify) << int(QXmppStanza::Error::NotAcceptable)
                                        << QStringLiteral("did not accept this user name or password: server says");
        QTest::newRow("throttled") << int(QXmppStanza::Error::Wait) << int(QXmppStanza::Error::PolicyViolation)
                                   << QStringLiteral("Try again later");
    }

    void refusalsReadAsSentences()
    {
        QFETCH(int, type);
        QFETCH(int, condition);
        QFETCH(QString, says);
        const QXmppStanza::Error error(QXmppStanza::Error::Type(type), QXmppStanza::Error::Condition(condition),
                                       QStringLiteral("server says"));
        const QString text = Registration::describeError(error, User, QStringLiteral("example.org"));
        QVERIFY2(text.contains(says), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRegistrationForm)
#include "tst_registrationform.moc"
