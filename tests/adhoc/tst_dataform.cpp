// XEP-0004 forms and XEP-0122 validation: the specs' examples read and written back, every
// datatype and method checked against good and bad values.
#include "DataForm.h"
#include "XmlTestUtil.h"

#include <QTest>

using namespace AdHoc;
using namespace XmlTestUtil;
using namespace Qt::StringLiterals;

namespace {

// XEP-0004 example 2.
const QString BotForm = QStringLiteral(R"(
<x xmlns='jabber:x:data' type='form'>
  <title>Bot Configuration</title>
  <instructions>Fill out this form to configure your new bot!</instructions>
  <field type='hidden' var='FORM_TYPE'><value>jabber:bot</value></field>
  <field type='fixed'><value>Section 1: Bot Info</value></field>
  <field type='text-single' label='The name of your bot' var='botname'/>
  <field type='text-multi' label='Helpful description of your bot' var='description'/>
  <field type='boolean' label='Public bot?' var='public'><required/></field>
  <field type='text-private' label='Password for special access' var='password'/>
  <field type='fixed'><value>Section 2: Features</value></field>
  <field type='list-multi' label='What features will the bot support?' var='features'>
    <value>news</value>
    <value>search</value>
    <option label='Contests'><value>contests</value></option>
    <option label='News'><value>news</value></option>
    <option label='Polls'><value>polls</value></option>
    <option label='Reminders'><value>reminders</value></option>
    <option label='Search'><value>search</value></option>
  </field>
  <field type='fixed'><value>Section 3: Subscriber List</value></field>
  <field type='list-single' label='Maximum number of subscribers' var='maxsubs'>
    <value>20</value>
    <option label='10'><value>10</value></option>
    <option label='20'><value>20</value></option>
    <option label='30'><value>30</value></option>
    <option label='50'><value>50</value></option>
    <option label='100'><value>100</value></option>
    <option label='None'><value>none</value></option>
  </field>
  <field type='fixed'><value>Section 4: Invitations</value></field>
  <field type='jid-multi' label='People to invite' var='invitelist'>
    <desc>Tell all your friends about your new bot!</desc>
  </field>
</x>)");

// XEP-0004 example 3 (without the types a submission need not repeat).
const QString BotSubmit = QStringLiteral(R"(
<x xmlns='jabber:x:data' type='submit'>
  <field type='hidden' var='FORM_TYPE'><value>jabber:bot</value></field>
  <field var='botname'><value>The Jabber Google Bot</value></field>
  <field type='text-multi' var='description'>
    <value>This bot enables you to perform searches using Google.</value>
    <value>Just send it a message, e.g., "search: xmpp".</value>
  </field>
  <field type='boolean' var='public'><value>0</value></field>
  <field type='text-private' var='password'><value>v3r0na</value></field>
  <field type='list-multi' var='features'><value>news</value><value>search</value></field>
  <field type='list-single' var='maxsubs'><value>50</value></field>
  <field type='jid-multi' var='invitelist'>
    <value>juliet@capulet.com</value>
    <value>benvolio@montague.net</value>
  </field>
</x>)");

// XEP-0122 examples 1-5 in one form.
const QString Validated = QStringLiteral(R"(
<x xmlns='jabber:x:data' type='form'>
  <field var='evt.date' type='text-single' label='Event Date/Time'>
    <validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:dateTime'/>
    <value>2003-10-06T11:22:00-07:00</value>
  </field>
  <field var='evt.category' type='list-single' label='Event Category'>
    <validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:string'><open/></validate>
    <option><value>holiday</value></option>
    <option><value>reminder</value></option>
    <option><value>appointment</value></option>
  </field>
  <field var='evt.time' type='text-single' label='Event Time'>
    <validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:dateTime'>
      <range min='2003-10-05T00:00:00-07:00' max='2003-10-24T23:59:59-07:00'/>
    </validate>
    <value>2003-10-06T11:22:00-07:00</value>
  </field>
  <field var='ssn' type='text-single' label='Social Security Number'>
    <desc>This field should be your SSN, including '-' (e.g. 123-12-1234)</desc>
    <validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:string'>
      <regex>([0-9]{3})-([0-9]{2})-([0-9]{4})</regex>
    </validate>
  </field>
  <field var='colors' type='list-multi' label='Favorite Colors'>
    <validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:string'>
      <list-range min='1' max='3'/>
    </validate>
    <option label='Red'><value>red</value></option>
    <option label='Orange'><value>orange</value></option>
    <option label='Yellow'><value>yellow</value></option>
    <option label='Green'><value>green</value></option>
    <option label='Blue'><value>blue</value></option>
  </field>
</x>)");

QString writtenForm(const DataForm &form)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    form.write(&writer);
    return xml;
}

FormField field(FormField::Type type, const QStringList &values, std::optional<FieldValidation> validation = {})
{
    FormField f;
    f.type = type;
    f.var = u"f"_s;
    f.values = values;
    f.validation = validation;
    return f;
}

FieldValidation typed(const QString &datatype, FieldValidation::Method method = FieldValidation::Method::Basic)
{
    FieldValidation v;
    v.datatype = datatype;
    v.method = method;
    return v;
}

FieldValidation range(const QString &datatype, const QString &min, const QString &max)
{
    FieldValidation v;
    v.datatype = datatype;
    v.method = FieldValidation::Method::Range;
    v.min = min;
    v.max = max;
    return v;
}

}  // namespace

class TestDataForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xep0004Form()
    {
        const DataForm form = DataForm::parse(dom(BotForm)).value();
        QCOMPARE(form.type(), DataForm::Type::Form);
        QCOMPARE(form.title(), u"Bot Configuration"_s);
        QCOMPARE(form.instructions(), QStringList {u"Fill out this form to configure your new bot!"_s});
        QCOMPARE(form.formType(), u"jabber:bot"_s);
        QCOMPARE(form.fields().size(), 12);
        QCOMPARE(form.fields().at(1).type, FormField::Type::Fixed);
        QVERIFY(form.fields().at(1).var.isEmpty());
        QCOMPARE(form.fields().at(1).value(), u"Section 1: Bot Info"_s);
        QCOMPARE(form.field(u"botname"_s)->label, u"The name of your bot"_s);
        QVERIFY(form.field(u"botname")->values.isEmpty());
        QCOMPARE(form.field(u"description"_s)->type, FormField::Type::TextMulti);
        QVERIFY(form.field(u"public")->required);
        QVERIFY(!form.field(u"botname")->required);
        QCOMPARE(form.field(u"password"_s)->type, FormField::Type::TextPrivate);
        QCOMPARE(form.field(u"features"_s)->values, (QStringList {u"news"_s, u"search"_s}));
        QCOMPARE(form.field(u"features"_s)->options.size(), 5);
        QCOMPARE(form.field(u"maxsubs"_s)->options.last(), (FieldOption {u"None"_s, u"none"_s}));
        QCOMPARE(form.field(u"invitelist"_s)->type, FormField::Type::JidMulti);
        QCOMPARE(form.field(u"invitelist"_s)->description, u"Tell all your friends about your new bot!"_s);
        QVERIFY(!form.field(u"maxsubs")->validation);
        QCOMPARE(canonical(writtenForm(form)), canonical(BotForm));
        QCOMPARE(DataForm::parse(dom(writtenForm(form))), form);
    }

    void xep0004Submit()
    {
        const DataForm submit = DataForm::parse(dom(BotSubmit)).value();
        QCOMPARE(submit.type(), DataForm::Type::Submit);
        QCOMPARE(submit.field(u"description"_s)->values.size(), 2);
        QVERIFY(!submit.field(u"public")->isTrue());
        QCOMPARE(submit.field(u"invitelist"_s)->values.last(), u"benvolio@montague.net"_s);
        QCOMPARE(canonical(writtenForm(submit)), canonical(BotSubmit));
        QVERIFY(validateForm(submit).isEmpty());

        // toSubmit(): fixed fields out, hidden kept, values as they are, nothing else.
        DataForm form = DataForm::parse(dom(BotForm)).value();
        form.field(u"botname")->setValue(u"The Jabber Google Bot"_s);
        form.field(u"public")->setValue(u"1"_s);
        const DataForm answer = form.toSubmit();
        QCOMPARE(answer.type(), DataForm::Type::Submit);
        QCOMPARE(answer.fields().size(), 8);
        QCOMPARE(answer.formType(), u"jabber:bot"_s);
        QCOMPARE(answer.field(u"botname"_s)->value(), u"The Jabber Google Bot"_s);
        QVERIFY(answer.field(u"public")->isTrue());
        QVERIFY(answer.field(u"public")->label.isEmpty());
        QVERIFY(answer.field(u"features")->options.isEmpty());
        QVERIFY(answer.title().isEmpty());
        const QDomElement x = dom(writtenForm(answer));
        QCOMPARE(x.elementsByTagName(u"option"_s).size(), 0);
        QCOMPARE(x.elementsByTagName(u"field"_s).size(), 8);
    }

    void xep0122()
    {
        const DataForm form = DataForm::parse(dom(Validated)).value();
        const FieldValidation date = form.field(u"evt.date")->validation.value();
        QCOMPARE(date.datatype, u"xs:dateTime"_s);
        QCOMPARE(date.method, FieldValidation::Method::Basic);
        QCOMPARE(form.field(u"evt.category"_s)->validation->method, FieldValidation::Method::Open);
        const FieldValidation time = form.field(u"evt.time")->validation.value();
        QCOMPARE(time.method, FieldValidation::Method::Range);
        QCOMPARE(time.min, u"2003-10-05T00:00:00-07:00"_s);
        QCOMPARE(time.max, u"2003-10-24T23:59:59-07:00"_s);
        QCOMPARE(form.field(u"ssn"_s)->validation->regex, u"([0-9]{3})-([0-9]{2})-([0-9]{4})"_s);
        const FieldValidation colors = form.field(u"colors")->validation.value();
        QCOMPARE(colors.listMin, 1);
        QCOMPARE(colors.listMax, 3);
        QCOMPARE(canonical(writtenForm(form)), canonical(Validated));
        QCOMPARE(DataForm::parse(dom(writtenForm(form))), form);

        // The examples' values as given pass; then break each one.
        DataForm edited = form;
        QCOMPARE(validateForm(edited), (QList<std::pair<QString, QString>> {}));
        edited.field(u"evt.category")->setValue(u"birthday"_s);  // open: not among the options is fine
        edited.field(u"evt.time")->setValue(u"2003-11-01T10:00:00-07:00"_s);
        edited.field(u"ssn")->setValue(u"123121234"_s);
        edited.field(u"colors")->values = {u"red"_s, u"green"_s, u"blue"_s, u"yellow"_s};
        edited.field(u"evt.date")->setValue(u"yesterday"_s);
        const auto errors = validateForm(edited);
        QStringList vars;
        for (const auto &[var, message] : errors) {
            vars.append(var);
            QVERIFY(!message.isEmpty());
        }
        QCOMPARE(vars, (QStringList {u"evt.date"_s, u"evt.time"_s, u"ssn"_s, u"colors"_s}));
    }

    void fieldTypeNames()
    {
        using T = FormField::Type;
        for (auto type : {T::Boolean, T::Fixed, T::Hidden, T::JidMulti, T::JidSingle, T::ListMulti, T::ListSingle,
                          T::TextMulti, T::TextPrivate, T::TextSingle})
            QCOMPARE(typeFromName(typeName(type)), type);
        QCOMPARE(typeName(T::JidMulti), u"jid-multi"_s);
        QVERIFY(!typeFromName(u"slider"));
        // XEP-0004 §3.3: an unknown type is read as text-single; so is a field without one.
        const DataForm form = DataForm::parse(dom(u"<x xmlns='jabber:x:data' type='form'><field var='a' type='slider'><value>7</value></field>"
                                                  "<field var='b'/></x>"_s)).value();
        QCOMPARE(form.field(u"a"_s)->type, T::TextSingle);
        QCOMPARE(form.field(u"a"_s)->value(), u"7"_s);
        QCOMPARE(form.field(u"b"_s)->type, T::TextSingle);
    }

    void notAForm()
    {
        QVERIFY(!DataForm::parse(QDomElement()));
        QVERIFY(!DataForm::parse(dom(u"<x xmlns='jabber:x:oob'/>"_s)));
        QVERIFY(!DataForm::parse(dom(u"<form xmlns='jabber:x:data'/>"_s)));
        // Odd but readable: an unknown form type, options without values, foreign children.
        const auto form = DataForm::parse(dom(u"<x xmlns='jabber:x:data' type='odd'><field var='l' type='list-single'>"
                                              "<option label='Empty'/><value/><other xmlns='urn:x'/></field><item/></x>"_s));
        QVERIFY(form);
        QCOMPARE(form->type(), DataForm::Type::Form);
        QCOMPARE(form->field(u"l"_s)->options, (QList {FieldOption {u"Empty"_s, QString()}}));
        QCOMPARE(form->field(u"l"_s)->values, QStringList {QString()});
        QCOMPARE(form->items().size(), 1);
    }

    void validation_data()
    {
        using T = FormField::Type;
        QTest::addColumn<FormField>("field");
        QTest::addColumn<bool>("valid");
        const auto integer = range(u"xs:integer"_s, u"1"_s, u"3600"_s);
        QTest::newRow("integer in range") << field(T::TextSingle, {u"60"_s}, integer) << true;
        QTest::newRow("integer at min") << field(T::TextSingle, {u"1"_s}, integer) << true;
        QTest::newRow("integer at max") << field(T::TextSingle, {u"3600"_s}, integer) << true;
        QTest::newRow("integer below") << field(T::TextSingle, {u"0"_s}, integer) << false;
        QTest::newRow("integer above") << field(T::TextSingle, {u"3601"_s}, integer) << false;
        QTest::newRow("integer fraction") << field(T::TextSingle, {u"1.5"_s}, integer) << false;
        QTest::newRow("integer words") << field(T::TextSingle, {u"ten"_s}, integer) << false;
        QTest::newRow("integer min only") << field(T::TextSingle, {u"-3"_s}, range(u"xs:int"_s, u"-5"_s, {})) << true;
        QTest::newRow("integer max only") << field(T::TextSingle, {u"+7"_s}, range(u"xs:integer"_s, {}, u"5"_s)) << false;
        QTest::newRow("empty optional") << field(T::TextSingle, {u""_s}, integer) << true;
        const auto decimal = range(u"xs:decimal"_s, u"-10.5"_s, u"99.9"_s);
        QTest::newRow("decimal") << field(T::TextSingle, {u"21.25"_s}, decimal) << true;
        QTest::newRow("decimal low") << field(T::TextSingle, {u"-10.6"_s}, decimal) << false;
        QTest::newRow("decimal exponent") << field(T::TextSingle, {u"1e2"_s}, decimal) << false;
        QTest::newRow("double exponent") << field(T::TextSingle, {u"1e2"_s}, typed(u"xs:double"_s)) << true;
        QTest::newRow("double garbage") << field(T::TextSingle, {u"1e"_s}, typed(u"xs:double"_s)) << false;
        QTest::newRow("xs:boolean") << field(T::TextSingle, {u"true"_s}, typed(u"xs:boolean"_s)) << true;
        QTest::newRow("xs:boolean bad") << field(T::TextSingle, {u"yes"_s}, typed(u"xs:boolean"_s)) << false;
        QTest::newRow("xs:date") << field(T::TextSingle, {u"2024-02-29"_s}, typed(u"xs:date"_s)) << true;
        QTest::newRow("xs:date bad") << field(T::TextSingle, {u"2023-02-29"_s}, typed(u"xs:date"_s)) << false;
        QTest::newRow("xs:time") << field(T::TextSingle, {u"23:59:59"_s}, typed(u"xs:time"_s)) << true;
        QTest::newRow("xs:time bad") << field(T::TextSingle, {u"24:61:00"_s}, typed(u"xs:time"_s)) << false;
        QTest::newRow("xs:dateTime Z") << field(T::TextSingle, {u"2024-01-01T10:00:00Z"_s}, typed(u"xs:dateTime"_s)) << true;
        QTest::newRow("xs:language") << field(T::TextSingle, {u"de-CH"_s}, typed(u"xs:language"_s)) << true;
        QTest::newRow("xs:language bad") << field(T::TextSingle, {u"de_CH"_s}, typed(u"xs:language"_s)) << false;
        QTest::newRow("unknown datatype") << field(T::TextSingle, {u"x"_s}, typed(u"my:thing"_s)) << true;
        FieldValidation pin = typed(u"xs:string"_s, FieldValidation::Method::Regex);
        pin.regex = u"[0-9]{4,8}"_s;
        QTest::newRow("regex") << field(T::TextPrivate, {u"1234"_s}, pin) << true;
        QTest::newRow("regex whole value") << field(T::TextPrivate, {u"12345a"_s}, pin) << false;
        QTest::newRow("regex too short") << field(T::TextPrivate, {u"123"_s}, pin) << false;
        FieldValidation lines = typed(u"xs:integer"_s);
        QTest::newRow("text-multi each line") << field(T::TextMulti, {u"1"_s, u"x"_s}, lines) << false;
        FieldValidation listRange;
        listRange.listMin = 2;
        listRange.listMax = 3;
        FormField colors = field(T::ListMulti, {u"a"_s}, listRange);
        colors.options = {{{}, u"a"_s}, {{}, u"b"_s}, {{}, u"c"_s}, {{}, u"d"_s}};
        QTest::newRow("list-range too few") << colors << false;
        colors.values = {u"a"_s, u"b"_s};
        QTest::newRow("list-range ok") << colors << true;
        colors.values = {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("list-range too many") << colors << false;
        colors.values = {u"a"_s, u"z"_s};
        QTest::newRow("list-multi not offered") << colors << false;
        FormField interval = field(T::ListSingle, {u"5"_s});
        interval.options = {{u"1 s"_s, u"1"_s}, {u"5 s"_s, u"5"_s}};
        QTest::newRow("list-single offered") << interval << true;
        interval.setValue(u"7"_s);
        QTest::newRow("list-single not offered") << interval << false;
        interval.validation = typed(u"xs:string"_s, FieldValidation::Method::Open);
        QTest::newRow("list-single open") << interval << true;
        FormField required = field(T::TextSingle, {});
        required.required = true;
        QTest::newRow("required missing") << required << false;
        required.values = {u""_s};
        QTest::newRow("required empty") << required << false;
        required.setValue(u"x"_s);
        QTest::newRow("required given") << required << true;
        FormField fixed = field(T::Fixed, {});
        fixed.required = true;  // nonsense, and not the user's problem
        QTest::newRow("fixed") << fixed << true;
        QTest::newRow("boolean") << field(T::Boolean, {u"1"_s}) << true;
        QTest::newRow("boolean bad") << field(T::Boolean, {u"maybe"_s}) << false;
        QTest::newRow("two values single") << field(T::TextSingle, {u"a"_s, u"b"_s}) << false;
        QTest::newRow("jid bare") << field(T::JidSingle, {u"juliet@capulet.com"_s}) << true;
        QTest::newRow("jid full") << field(T::JidSingle, {u"juliet@capulet.com/balcony"_s}) << true;
        QTest::newRow("jid domain") << field(T::JidSingle, {u"capulet.com"_s}) << true;
        QTest::newRow("jid space") << field(T::JidSingle, {u"juliet capulet@capulet.com"_s}) << false;
        QTest::newRow("jid two ats") << field(T::JidSingle, {u"a@b@c"_s}) << false;
        QTest::newRow("jid no local") << field(T::JidSingle, {u"@capulet.com"_s}) << false;
        QTest::newRow("jid empty resource") << field(T::JidSingle, {u"juliet@capulet.com/"_s}) << false;
        QTest::newRow("jid-multi one bad") << field(T::JidMulti, {u"a@b.c"_s, u"a@"_s}) << false;
    }

    void validation()
    {
        QFETCH(FormField, field);
        QFETCH(bool, valid);
        const QString message = validateField(field);
        QVERIFY2(message.isEmpty() == valid, qPrintable(message));
    }

    void messages()
    {
        const auto integer = range(u"xs:integer"_s, u"1"_s, u"3600"_s);
        QCOMPARE(validateField(field(FormField::Type::TextSingle, {u"0"_s}, integer)), u"Enter a whole number from 1 to 3600."_s);
        QCOMPARE(validateField(field(FormField::Type::TextSingle, {u"x"_s}, integer)), u"Enter a whole number."_s);
        FormField required = field(FormField::Type::TextSingle, {});
        required.required = true;
        QCOMPARE(validateField(required), u"This field is required."_s);
        QCOMPARE(validateField(field(FormField::Type::JidSingle, {u"a b"_s})), u"Not a valid JID."_s);
    }
};

QTEST_GUILESS_MAIN(TestDataForm)
#include "tst_dataform.moc"
