import QtQuick
import QtQuick.Controls
import QtTest
import Linnet
import Linnet.Core
import LinnetTest
import "Checks.js" as Checks

// The command form renderer (FormView) on a form with every XEP-0004 field type, as a device's
// answer fills a DataFormModel: what each type shows, values typed going into the form, XEP-0122
// errors next to the field, accessible names, and the keys (Tab and Shift+Tab through every
// control in order, Enter submits except in a text area where Ctrl+Enter does, Escape reaches
// the view). Then the
// command view itself while the account is offline: it says why, and Escape closes it.
TestCase {
    id: testCase
    name: "CommandForm"
    when: windowShown
    width: 1100
    height: 900
    visible: true

    readonly property string everyField: "<x xmlns='jabber:x:data' type='form'>"
        + "<title>Device settings</title><instructions>Change what you need.</instructions>"
        + "<field type='fixed'><value>General</value></field>"
        + "<field type='hidden' var='FORM_TYPE'><value>urn:linnet:device:settings</value></field>"
        + "<field type='text-single' var='name' label='Name'><required/><value>Greenhouse 1</value></field>"
        + "<field type='boolean' var='led' label='Status LED'><value>1</value></field>"
        + "<field type='jid-single' var='owner' label='Owner'/>"
        + "<field type='jid-multi' var='notify' label='Alert recipients'><desc>Who gets the alarms</desc>"
        + "<value>alice@example.org</value><value>bob@example.org</value></field>"
        + "<field type='list-single' var='interval' label='Interval'>"
        + "<option label='1 s'><value>1</value></option><option label='5 s'><value>5</value></option>"
        + "<option label='10 s'><value>10</value></option><value>5</value></field>"
        + "<field type='list-multi' var='sensors' label='Enabled sensors'>"
        + "<option label='Temperature'><value>temperature</value></option>"
        + "<option label='Humidity'><value>humidity</value></option><value>humidity</value></field>"
        + "<field type='text-multi' var='notes' label='Notes'><value>first</value><value>second</value></field>"
        + "<field type='text-private' var='pin' label='PIN'>"
        + "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:string'><regex>[0-9]{4,8}</regex></validate></field>"
        + "<field type='text-single' var='custom' label='Custom interval'>"
        + "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:integer'><range min='1' max='3600'/></validate></field>"
        + "</x>"

    Component {
        id: formComponent
        // The view in a key sink standing in for the command panel.
        FocusScope {
            id: sink
            property int submits: 0
            property int escapes: 0
            readonly property FormView view: view
            width: 640
            height: 860
            focus: true
            Keys.onReturnPressed: ++sink.submits
            Keys.onEnterPressed: ++sink.submits
            Keys.onEscapePressed: ++sink.escapes
            FormView {
                id: view
                width: parent.width
                form: TestForms.fromXml(testCase.everyField)
                onSubmitRequested: ++sink.submits
            }
        }
    }

    Component {
        id: dialogComponent
        CommandsDialog {}
    }

    function type(text: string) {
        for (const c of text)
            keyClick(c);
    }

    function makeForm(): Item {
        const sink = createTemporaryObject(formComponent, testCase);
        verify(sink.view.form !== null, "the raw form parses");
        tryVerify(() => sink.view.field("custom") !== null, 2000);
        return sink;
    }

    function control(sink: Item, name: string): Item {
        const field = sink.view.field(name);
        verify(field !== null, "field " + name);
        return field.control;
    }

    function test_everyTypeHasItsControl() {
        const sink = makeForm();
        verify(!sink.view.field("FORM_TYPE").visible, "hidden: not shown");
        compare(control(sink, "led").checked, true, "boolean: a switch, on");
        compare(control(sink, "interval").currentText, "5 s", "list-single: a combo box showing the label");
        compare(control(sink, "interval").count, 3);
        compare(control(sink, "notify").text, "alice@example.org\nbob@example.org", "jid-multi: one per line");
        compare(control(sink, "notes").text, "first\nsecond", "text-multi: a text area");
        compare(control(sink, "pin").echoMode, TextInput.Password, "text-private: hidden as typed");
        compare(control(sink, "name").text, "Greenhouse 1");
        verify(findChild(sink.view.field("custom"), "fieldMessage").text.indexOf("3600") >= 0, "the XEP-0122 range as a hint");
        // list-multi: one check box per option, the chosen one checked.
        const sensors = control(sink, "sensors");
        compare(sensors.children.length >= 2, true);
        // A password field's name is hidden from tools by Qt Quick: the description repeats it.
        compare(Checks.controlsWithoutName(sink, item => item.Accessible.name || item.Accessible.description), [],
                "every control has an accessible name");
        verify(control(sink, "name").Accessible.name.indexOf("Name") === 0);
    }

    function test_typedValuesReachTheForm() {
        const sink = makeForm();
        const custom = control(sink, "custom");
        custom.forceActiveFocus();
        type("42");
        compare(TestForms.submitted(sink.view.form, "custom"), ["42"]);
        const led = control(sink, "led");
        mouseClick(led);
        compare(TestForms.submitted(sink.view.form, "led")[0] === "0" || TestForms.submitted(sink.view.form, "led")[0] === "false", true);
        const notify = control(sink, "notify");
        notify.forceActiveFocus();
        notify.cursorPosition = notify.length;
        keyClick(Qt.Key_Return);
        type("carol@example.org");
        compare(TestForms.submitted(sink.view.form, "notify"), ["alice@example.org", "bob@example.org", "carol@example.org"]);
        compare(sink.submits, 0, "Enter in a text area is a new line");
    }

    function test_validationErrorsShowNextToTheField() {
        const sink = makeForm();
        const custom = control(sink, "custom");
        custom.forceActiveFocus();
        type("5000");
        const pin = control(sink, "pin");
        pin.forceActiveFocus();
        type("12");
        verify(!sink.view.form.validate(), "5000 and a two-digit PIN do not validate");
        const message = findChild(sink.view.field("custom"), "fieldMessage");
        tryVerify(() => message.text.indexOf("⚠") === 0, 1000, "the error replaces the hint");
        verify(findChild(sink.view.field("pin"), "fieldMessage").visible);
        verify(sink.view.focusFirst());
        verify(custom.activeFocus || pin.activeFocus, "focus goes to a field with an error");
    }

    function test_keys() {
        const sink = makeForm();
        const name = control(sink, "name");
        name.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(sink.submits, 1, "Enter in a text field submits");
        keyClick(Qt.Key_Tab);
        verify(control(sink, "led").activeFocus, "Tab goes to the next field");
        keyClick(Qt.Key_Return);
        compare(sink.submits, 2, "Enter on a switch submits");
        control(sink, "interval").forceActiveFocus();
        keyClick(Qt.Key_Enter);
        compare(sink.submits, 3, "Enter on a closed combo box submits");
        const notes = control(sink, "notes");
        notes.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(sink.submits, 3, "not Enter in a text area");
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        compare(sink.submits, 4, "Ctrl+Enter there");
        keyClick(Qt.Key_Tab);
        verify(!notes.activeFocus, "Tab leaves the text area");
        name.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        compare(sink.escapes, 1, "Escape reaches the view");
    }

    // Tab from the first field reaches every control that takes input in the form's order
    // (each check box of a list-multi, a password field's show toggle), Shift+Tab goes back;
    // also where the platform tabs between text fields only (macOS by default).
    function test_tabVisitsEveryControlInOrder_data() {
        return [{ tag: "all controls", behavior: Qt.TabFocusAllControls },
                { tag: "text controls", behavior: Qt.TabFocusTextControls }];
    }

    function test_tabVisitsEveryControlInOrder(data) {
        const was = TestForms.setTabFocusBehavior(data.behavior);
        try {
            walkTheForm();
        } finally {
            TestForms.setTabFocusBehavior(was);
        }
    }

    function walkTheForm() {
        const sink = makeForm();
        const sensors = control(sink, "sensors");
        const pin = control(sink, "pin");
        const order = [["name", control(sink, "name")], ["led", control(sink, "led")], ["owner", control(sink, "owner")],
                       ["notify", control(sink, "notify")], ["interval", control(sink, "interval")],
                       ["sensors: Temperature", findChild(sensors, "option_temperature")],
                       ["sensors: Humidity", findChild(sensors, "option_humidity")], ["notes", control(sink, "notes")],
                       ["pin", pin], ["pin: show", findChild(pin, "revealToggle")], ["custom", control(sink, "custom")]];
        for (const [what, item] of order)
            verify(item !== null, what);
        order[0][1].forceActiveFocus(Qt.TabFocusReason);
        for (let i = 1; i < order.length; ++i) {
            keyClick(Qt.Key_Tab);
            verify(order[i][1].activeFocus, "Tab from " + order[i - 1][0] + " reaches " + order[i][0]);
        }
        for (let i = order.length - 2; i >= 0; --i) {
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            verify(order[i][1].activeFocus, "Shift+Tab from " + order[i + 1][0] + " reaches " + order[i][0]);
        }
        compare(sink.submits, 0);
        findChild(sensors, "option_humidity").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Return);
        compare(sink.submits, 1, "Enter on a check box submits");
        compare(TestForms.submitted(sink.view.form, "sensors"), ["humidity"], "and does not toggle it");
    }

    function test_offlineViewSaysWhyAndEscapeCloses() {
        const dialog = createTemporaryObject(dialogComponent, testCase);
        dialog.openFor(SampleAccounts.at(0), "greenhouse-1@example.org", "Greenhouse 1", "", "");
        tryCompare(dialog, "opened", true, 2000);
        tryVerify(() => dialog.view !== null, 2000);
        const state = findChild(dialog.view, "commandListState");
        verify(state.visible);
        compare(state.title, "Not connected");
        verify(findChild(dialog.view, "noCommandChosen").visible, "nothing runs yet: it says what to do");
        compare(Checks.controlsWithoutName(dialog.view, item => item.Accessible.name), []);
        dialog.view.commandList.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        tryCompare(dialog, "visible", false, 2000);
    }

    Component {
        id: panelComponent
        CommandPanel {
            width: 900
            height: 600
            account: SampleAccounts.at(0)
            runner: CommandRunner {
                account: SampleAccounts.at(0)
                jid: "greenhouse-1@example.org"
                node: "relay"
                name: "Switch relay"
            }
        }
    }

    // Offline: starting fails with a message that keeps the view open; Escape asks to close,
    // and "Pin to dashboard…" opens the pin dialog.
    function test_panelOfflineAndPin() {
        const panel = createTemporaryObject(panelComponent, testCase);
        const closed = signalSpy.createObject(panel, { target: panel, signalName: "closeRequested" });
        panel.perform("start");
        compare(panel.runner.busy, false);
        verify(panel.runner.errorText.length > 0, "not sent: it says why");
        tryVerify(() => findChild(panel, "commandError").visible, 1000);
        panel.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        compare(closed.count, 1);
        panel.pin();
        tryCompare(panel.pinDialog, "opened", true, 2000);
        compare(panel.pinDialog.commandName, "Switch relay");
        panel.pinDialog.close();
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
