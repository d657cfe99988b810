// The devices' commands one by one: what each form asks, how the device
// checks the answer, and what the command changes where it shows (items, presence, status).
#include "DeviceCommandsTest.h"

void TestDeviceCommands::setIntervalChangesThePublishingRate()
{
    auto session = run(*m_watcher, QStringLiteral("set-interval"));
    QCOMPARE(session->state(), CommandSession::State::Executing);
    QCOMPARE(session->allowedActions(), (QList<Action>{Action::Complete, Action::Cancel}));
    FormField interval = fieldOf(session->form(), QStringLiteral("interval"));
    QCOMPARE(interval.type, FormField::Type::ListSingle);
    QCOMPARE(interval.value(), QStringLiteral("0.5"));  // --rate 2, offered as the current choice
    QStringList labels, values;
    for (const FieldOption &o : interval.options) {
        labels << o.label;
        values << o.value;
    }
    QCOMPARE(values, (QStringList{u"1"_s, u"5"_s, u"10"_s, u"30"_s, u"60"_s, u"0.5"_s}));
    QCOMPARE(labels.mid(0, 5), (QStringList{u"1 s"_s, u"5 s"_s, u"10 s"_s, u"30 s"_s, u"60 s"_s}));
    const FormField custom = fieldOf(session->form(), QStringLiteral("custom"));
    QCOMPARE(custom.type, FormField::Type::TextSingle);
    QVERIFY(!custom.required);
    QVERIFY(custom.validation);
    QCOMPARE(custom.validation->datatype, QStringLiteral("xs:integer"));
    QCOMPARE(custom.validation->method, FieldValidation::Method::Range);
    QCOMPARE(custom.validation->min, QStringLiteral("1"));
    QCOMPARE(custom.validation->max, QStringLiteral("3600"));

    // Out of range: the device checks it too, and asks again.
    DataForm form = *session->form();
    form.field(u"custom")->setValue(QStringLiteral("7200"));
    QVERIFY(step(*session, Action::Complete, form));
    QCOMPARE(session->state(), CommandSession::State::Executing);
    QCOMPARE(session->notes().size(), 1);
    QCOMPARE(session->notes().first().type, Note::Type::Error);
    QCOMPARE(fieldOf(session->form(), QStringLiteral("custom")).value(), QStringLiteral("7200"));

    // The custom value wins over the list.
    form = *session->form();
    form.field(u"interval")->setValue(QStringLiteral("60"));
    form.field(u"custom")->setValue(QStringLiteral("2"));
    QVERIFY(step(*session, Action::Complete, form));
    const qint64 changedAt = QDateTime::currentMSecsSinceEpoch();  // items from now on follow the new interval
    QCOMPARE(session->state(), CommandSession::State::Completed);
    QCOMPARE(noteTexts(*session), QStringList{QStringLiteral("Reporting every 2 s")});
    QList<ReadingItem> published = itemsSince(QStringLiteral("greenhouse-1"), changedAt, 4);
    QCOMPARE(published.size(), 4);
    // The items' own times, not the test's clock; a late tick shortens the next gap (the
    // schedule does not drift), so the mean gap is what the interval says.
    double meanGap = double(published.last().timeMs() - published.first().timeMs()) / 3;
    QVERIFY2(meanGap > 1700 && meanGap < 2600, qPrintable(QString::number(meanGap)));
    // Watchers read the rate in the presence status.
    const QString bare = QStringLiteral("greenhouse-1@") + m_server->domain();
    QTRY_COMPARE_WITH_TIMEOUT(m_watcher->roster()->getAllPresencesForBareJid(bare).value(QStringLiteral("sensor")).statusText(),
                              QStringLiteral("Publishing every 2 s"), WaitMs);

    // A choice from the list, which now shows the current one.
    session = run(*m_watcher, QStringLiteral("set-interval"));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("interval")).value(), QStringLiteral("2"));
    form = *session->form();
    form.field(u"interval")->setValue(QStringLiteral("1"));
    QVERIFY(step(*session, Action::Complete, form));
    const qint64 changedAgainAt = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(noteTexts(*session), QStringList{QStringLiteral("Reporting every 1 s")});
    published = itemsSince(QStringLiteral("greenhouse-1"), changedAgainAt, 4);
    QCOMPARE(published.size(), 4);
    meanGap = double(published.last().timeMs() - published.first().timeMs()) / 3;
    QVERIFY2(meanGap > 800 && meanGap < 1400, qPrintable(QString::number(meanGap)));
}

void TestDeviceCommands::relayShowsInTheNextItem()
{
    // Nothing has switched the relay yet: the items do not report one.
    const QList<ReadingItem> before = items(QStringLiteral("greenhouse-1"));
    QVERIFY(!before.isEmpty());
    QVERIFY(!before.last().records.contains(QStringLiteral("relay")));
    QCOMPARE(before.last().records.value(QStringLiteral("temperature")).isEmpty(), false);

    for (const bool on : {true, false}) {
        auto session = run(*m_watcher, QStringLiteral("relay"));
        QCOMPARE(session->state(), CommandSession::State::Executing);
        const FormField field = fieldOf(session->form(), QStringLiteral("on"));
        QCOMPARE(field.type, FormField::Type::Boolean);
        QCOMPARE(field.isTrue(), !on);  // the current state
        DataForm form = *session->form();
        form.field(u"on")->setValue(on ? QStringLiteral("1") : QStringLiteral("0"));
        QVERIFY(step(*session, Action::Complete, form));
        const qint64 answeredAt = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(session->state(), CommandSession::State::Completed);
        QCOMPARE(noteTexts(*session), QStringList{on ? QStringLiteral("Relay is on") : QStringLiteral("Relay is off")});
        const QList<ReadingItem> next = itemsSince(QStringLiteral("greenhouse-1"), answeredAt, 1);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().records.value(QStringLiteral("relay")), on ? QStringLiteral("1") : QStringLiteral("0"));
    }
}

void TestDeviceCommands::thresholdsTakeTwoStepsAndCheckLowBelowHigh()
{
    auto session = run(*m_watcher, QStringLiteral("thresholds"));
    QCOMPARE(session->state(), CommandSession::State::Executing);
    QCOMPARE(session->allowedActions(), (QList<Action>{Action::Next, Action::Cancel}));
    QCOMPARE(session->defaultAction(), Action::Next);
    FormField sensor = fieldOf(session->form(), QStringLiteral("sensor"));
    QCOMPARE(sensor.type, FormField::Type::ListSingle);
    QVERIFY(sensor.required);
    QStringList offered;
    for (const FieldOption &o : sensor.options)
        offered << o.value;
    QCOMPARE(offered, (QStringList{u"temperature"_s, u"humidity"_s, u"co2"_s, u"power"_s, u"battery"_s}));

    // Step 1 without a sensor: asked again.
    DataForm form = *session->form();
    QVERIFY(step(*session, Action::Next, form));
    QCOMPARE(session->state(), CommandSession::State::Executing);
    QCOMPARE(session->notes().value(0).type, Note::Type::Error);
    QVERIFY(session->form()->field(u"sensor"));

    form.field(u"sensor")->setValue(QStringLiteral("temperature"));
    QVERIFY(step(*session, Action::Next, form));
    QCOMPARE(session->form()->title(), QStringLiteral("Thresholds for temperature"));
    QCOMPARE(session->allowedActions(), (QList<Action>{Action::Prev, Action::Complete, Action::Cancel}));
    QCOMPARE(session->defaultAction(), Action::Complete);
    const auto fields = session->form()->fields();
    const auto fixed = std::find_if(fields.cbegin(), fields.cend(), [](const FormField &f) { return f.type == FormField::Type::Fixed; });
    QVERIFY(fixed != fields.cend());
    QVERIFY2(fixed->value().contains(QStringLiteral("Cel")), qPrintable(fixed->value()));
    for (const QString &var : {QStringLiteral("low"), QStringLiteral("high")}) {
        const FormField f = fieldOf(session->form(), var);
        QCOMPARE(f.type, FormField::Type::TextSingle);
        QVERIFY(f.required);
        QCOMPARE(f.validation.value_or(FieldValidation{}).datatype, QStringLiteral("xs:decimal"));
    }

    // prev goes back to step 1, the sensor still chosen; next again.
    QVERIFY(step(*session, Action::Prev, *session->form()));
    QCOMPARE(session->allowedActions(), (QList<Action>{Action::Next, Action::Cancel}));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("sensor")).value(), QStringLiteral("temperature"));
    QVERIFY(step(*session, Action::Next, *session->form()));
    QCOMPARE(session->form()->title(), QStringLiteral("Thresholds for temperature"));

    // low >= high: step 2 again with the error and the values kept.
    form = *session->form();
    form.field(u"low")->setValue(QStringLiteral("26"));
    form.field(u"high")->setValue(QStringLiteral("18"));
    QVERIFY(step(*session, Action::Complete, form));
    QCOMPARE(session->state(), CommandSession::State::Executing);
    QCOMPARE(session->notes(), (QList<Note>{{Note::Type::Error, QStringLiteral("Low must be below high")}}));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("low")).value(), QStringLiteral("26"));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("high")).value(), QStringLiteral("18"));
    QCOMPARE(session->allowedActions(), (QList<Action>{Action::Prev, Action::Complete, Action::Cancel}));

    // Not a decimal: asked again as well.
    form = *session->form();
    form.field(u"low")->setValue(QStringLiteral("cold"));
    QVERIFY(step(*session, Action::Complete, form));
    QCOMPARE(session->state(), CommandSession::State::Executing);
    QCOMPARE(session->notes().value(0).type, Note::Type::Error);

    form = *session->form();
    form.field(u"low")->setValue(QStringLiteral("18"));
    form.field(u"high")->setValue(QStringLiteral("26"));
    QVERIFY(step(*session, Action::Complete, form));
    QCOMPARE(session->state(), CommandSession::State::Completed);
    QCOMPARE(noteTexts(*session), QStringList{QStringLiteral("Thresholds for temperature: 18\u201326 Cel")});

    // Set ones are offered the next time.
    session = run(*m_watcher, QStringLiteral("thresholds"));
    form = *session->form();
    form.field(u"sensor")->setValue(QStringLiteral("temperature"));
    QVERIFY(step(*session, Action::Next, form));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("low")).value(), QStringLiteral("18"));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("high")).value(), QStringLiteral("26"));
    QVERIFY(step(*session, Action::Cancel));
    QCOMPARE(session->state(), CommandSession::State::Canceled);
}

void TestDeviceCommands::statusIsATable()
{
    auto session = run(*m_watcher, QStringLiteral("status"));
    QCOMPARE(session->state(), CommandSession::State::Completed);
    const std::optional<DataForm> result = session->form();
    QVERIFY(result);
    QCOMPARE(result->type(), DataForm::Type::Result);
    QCOMPARE(result->title(), QStringLiteral("Status of Greenhouse 1"));
    QVERIFY(!fieldOf(result, QStringLiteral("uptime")).value().isEmpty());
    QCOMPARE(fieldOf(result, QStringLiteral("interval")).value(), QStringLiteral("1 s"));  // set-interval ran before
    QCOMPARE(fieldOf(result, QStringLiteral("relay")).type, FormField::Type::Boolean);
    QCOMPARE(fieldOf(result, QStringLiteral("relay")).isTrue(), false);  // switched on, then off again

    QStringList columns, headers;
    for (const FormField &c : result->reported()) {
        columns << c.var;
        headers << c.label;
    }
    QCOMPARE(columns, (QStringList{u"sensor"_s, u"value"_s, u"unit"_s, u"low"_s, u"high"_s}));
    QCOMPARE(headers, (QStringList{u"Sensor"_s, u"Value"_s, u"Unit"_s, u"Low"_s, u"High"_s}));
    QCOMPARE(result->items().size(), 6);
    QHash<QString, QHash<QString, QString>> rows;  // sensor -> column -> text
    for (const QList<FormField> &item : result->items()) {
        QHash<QString, QString> cells;
        for (const FormField &cell : item)
            cells.insert(cell.var, cell.value());
        rows.insert(cells.value(QStringLiteral("sensor")), cells);
    }
    QCOMPARE(rows.keys().size(), 6);
    const QHash<QString, QString> temperature = rows.value(QStringLiteral("Temperature"));
    QCOMPARE(temperature.value(QStringLiteral("unit")), QStringLiteral("Cel"));
    QCOMPARE(temperature.value(QStringLiteral("low")), QStringLiteral("18"));
    QCOMPARE(temperature.value(QStringLiteral("high")), QStringLiteral("26"));
    bool numeric = false;
    const double value = temperature.value(QStringLiteral("value")).toDouble(&numeric);
    QVERIFY(numeric && value > 0 && value < 40);
    QCOMPARE(rows.value(QStringLiteral("Humidity")).value(QStringLiteral("low")), QString());  // none set
    QCOMPARE(rows.value(QStringLiteral("CO2")).value(QStringLiteral("unit")), QStringLiteral("ppm"));
    const QString door = rows.value(QStringLiteral("Door")).value(QStringLiteral("value"));
    QVERIFY2(door == u"open" || door == u"closed", qPrintable(door));
}

void TestDeviceCommands::configureCoversEveryFieldType()
{
    auto session = run(*m_watcher, QStringLiteral("configure"));
    QCOMPARE(session->state(), CommandSession::State::Executing);
    QVERIFY(session->form());
    // With the list-single of set-interval and thresholds: every XEP-0004 type.
    QList<FormField::Type> types;
    for (const FormField &f : session->form()->fields())
        types << f.type;
    for (const auto type : {FormField::Type::Fixed, FormField::Type::Hidden, FormField::Type::TextSingle, FormField::Type::Boolean,
                            FormField::Type::JidSingle, FormField::Type::JidMulti, FormField::Type::ListMulti,
                            FormField::Type::TextMulti, FormField::Type::TextPrivate})
        QVERIFY2(types.contains(type), qPrintable(typeName(type)));
    QCOMPARE(session->form()->formType(), QStringLiteral("urn:linnet:device:settings"));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("name")).value(), QStringLiteral("Greenhouse 1"));
    QVERIFY(fieldOf(session->form(), QStringLiteral("name")).required);
    const FormField pin = fieldOf(session->form(), QStringLiteral("pin"));
    QCOMPARE(pin.type, FormField::Type::TextPrivate);
    QVERIFY(pin.validation && pin.validation->method == FieldValidation::Method::Regex);
    QCOMPARE(pin.validation->regex, QStringLiteral("[0-9]{4,8}"));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("sensors")).values.size(), 6);  // all enabled

    DataForm form = *session->form();
    const QString owner = m_server->jid(QStringLiteral("sensors"));
    form.field(u"name")->setValue(QStringLiteral("North greenhouse"));
    form.field(u"led")->setValue(QStringLiteral("0"));
    form.field(u"owner")->setValue(owner);
    form.field(u"notify")->values = {owner, m_server->jid(QStringLiteral("operator"))};
    form.field(u"sensors")->values = {QStringLiteral("temperature"), QStringLiteral("humidity")};
    form.field(u"notes")->values = {QStringLiteral("Vents on the north side"), QStringLiteral("Checked in May")};
    form.field(u"pin")->setValue(QStringLiteral("12ab"));

    // A PIN that breaks the regex: asked again, the values kept, the PIN not sent back.
    QVERIFY(step(*session, Action::Complete, form));
    QCOMPARE(session->state(), CommandSession::State::Executing);
    QCOMPARE(session->notes().value(0).type, Note::Type::Error);
    QCOMPARE(fieldOf(session->form(), QStringLiteral("name")).value(), QStringLiteral("North greenhouse"));
    QVERIFY(fieldOf(session->form(), QStringLiteral("pin")).value().isEmpty());

    form.field(u"pin")->setValue(QStringLiteral("4321"));
    QVERIFY(step(*session, Action::Complete, form));
    QCOMPARE(session->state(), CommandSession::State::Completed);
    QCOMPARE(noteTexts(*session), QStringList{QStringLiteral("Settings saved")});
    QVERIFY(!session->response().form());

    // Executing again shows what was stored, the PIN empty.
    session = run(*m_watcher, QStringLiteral("configure"));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("name")).value(), QStringLiteral("North greenhouse"));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("led")).isTrue(), false);
    QCOMPARE(fieldOf(session->form(), QStringLiteral("owner")).value(), owner);
    QCOMPARE(fieldOf(session->form(), QStringLiteral("notify")).values, form.field(u"notify")->values);
    QCOMPARE(fieldOf(session->form(), QStringLiteral("sensors")).values, form.field(u"sensors")->values);
    QCOMPARE(fieldOf(session->form(), QStringLiteral("notes")).values, form.field(u"notes")->values);
    QVERIFY(fieldOf(session->form(), QStringLiteral("pin")).values.join(QString()).isEmpty());
    QVERIFY(step(*session, Action::Cancel));

    // Status goes by the new name.
    session = run(*m_watcher, QStringLiteral("status"));
    QCOMPARE(session->form()->title(), QStringLiteral("Status of North greenhouse"));
    QCOMPARE(fieldOf(session->form(), QStringLiteral("name")).value(), QStringLiteral("North greenhouse"));
}

