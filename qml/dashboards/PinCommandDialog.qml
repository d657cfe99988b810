pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Pins a command to a dashboard as a tile: a button that runs it with the values
// entered now, a switch that sets one of its boolean fields, or a slider for one of its numeric
// fields (range prefilled from the field's XEP-0122 hint or its numeric options). The command
// view opens it with the runner's pinnableValues() and form.
AccountDialog {
    id: root

    required property Account account
    property string jid
    property string node
    property string commandName
    // The values to store, by var (CommandRunner.pinnableValues()).
    property var values: ({})
    // The command's current form, for the switch's and the slider's fields (may be null).
    property DataFormModel form: null

    property string control: "button"
    // [{var, label, min, max, step}] of the form's fields each control can set.
    property var booleanFields: []
    property var numericFields: []
    property string errorText
    readonly property var fieldChoices: root.control === "toggle" ? root.booleanFields
                                      : root.control === "slider" ? root.numericFields : []
    readonly property DashboardsModel dashboards: root.account ? root.account.dashboards : null
    readonly property alias titleField: titleField

    signal pinned(string dashboardName, string tileId)

    function roleValue(row: int, role: int): var {
        return root.form.data(root.form.index(row, 0), role);
    }

    // The form's fields a switch or a slider can drive, with the slider's range where known.
    function readFields() {
        const booleans = [], numbers = [];
        for (let i = 0; root.form && i < root.form.count; ++i) {
            const type = roleValue(i, DataFormModel.FieldTypeRole);
            const entry = { var: roleValue(i, DataFormModel.VarRole), label: roleValue(i, DataFormModel.LabelRole),
                            min: 0, max: 100, step: 1 };
            if (type === "boolean") {
                booleans.push(entry);
            } else if (type === "text-single") {
                const range = /^(-?\d+(?:\.\d+)?)\s*[–-]\s*(-?\d+(?:\.\d+)?)$/.exec(roleValue(i, DataFormModel.HintRole) || "");
                if (range) {
                    entry.min = Number(range[1]);
                    entry.max = Number(range[2]);
                    numbers.push(entry);
                }
            } else if (type === "list-single") {
                const options = (roleValue(i, DataFormModel.OptionsRole) || []).map(o => Number(o.value));
                if (options.length > 1 && options.every(n => !isNaN(n))) {
                    entry.min = Math.min(...options);
                    entry.max = Math.max(...options);
                    numbers.push(entry);
                }
            }
        }
        root.booleanFields = booleans;
        root.numericFields = numbers;
    }

    function chooseField(choice: int) {
        const entry = root.fieldChoices[choice];
        if (entry && root.control === "slider") {
            minField.text = String(entry.min);
            maxField.text = String(entry.max);
            stepField.text = String(entry.step);
        }
    }

    function setControl(control: string) {
        root.control = control;
        fieldBox.currentIndex = root.fieldChoices.length > 0 ? 0 : -1;
        root.chooseField(fieldBox.currentIndex);
        root.errorText = "";
    }

    function submit() {
        const entry = root.fieldChoices[fieldBox.currentIndex];
        if (root.control !== "button" && !entry) {
            root.errorText = qsTr("The command has no field this control can set.");
            return;
        }
        const min = Number(minField.text.replace(",", ".")), max = Number(maxField.text.replace(",", "."));
        const step = Number(stepField.text.replace(",", "."));
        if (root.control === "slider" && (isNaN(min) || isNaN(max) || isNaN(step) || min >= max || step <= 0)) {
            root.errorText = qsTr("The slider needs a minimum below its maximum and a step above 0.");
            return;
        }
        let dashboard = dashboardBox.currentIndex >= 0 ? root.dashboards.at(dashboardBox.currentIndex) : null;
        if (!dashboard)
            dashboard = root.dashboards.dashboard(qsTr("Commands")) ?? root.dashboards.addDashboard(qsTr("Commands"));
        const tileId = dashboard.pinCommand(root.jid, root.node, root.commandName, root.control, entry ? entry.var : "",
                                            root.values, min, max, step);
        if (tileId.length === 0) {
            root.errorText = qsTr("The tile does not fit on the dashboard.");
            return;
        }
        const title = titleField.text.trim();
        if (title.length > 0)
            dashboard.tiles.setTitle(dashboard.tiles.indexOf(tileId), title);
        root.close();
        root.pinned(dashboard.name, tileId);
    }

    objectName: "pinCommandDialog"
    heading: qsTr("Pin “%1” to a dashboard").arg(root.commandName)
    message: qsTr("Pressing the tile runs the command with the values entered now.")
    // open() starts afresh from the properties as they are now.
    onAboutToShow: {
        root.readFields();
        titleField.text = root.commandName;
        dashboardBox.currentIndex = root.dashboards && root.dashboards.count > 0 ? 0 : -1;
        root.setControl(root.booleanFields.length > 0 ? "toggle" : "button");
    }
    onOpened: titleField.forceActiveFocus()

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Repeater {
            model: [{ control: "button", label: qsTr("Button"), usable: true },
                    { control: "toggle", label: qsTr("Switch"), usable: root.booleanFields.length > 0 },
                    { control: "slider", label: qsTr("Slider"), usable: root.numericFields.length > 0 }]
            delegate: RadioButton {
                required property var modelData
                objectName: "pinControl_" + modelData.control
                Layout.fillWidth: true
                text: modelData.label
                enabled: modelData.usable
                checked: root.control === modelData.control
                Accessible.name: modelData.usable ? qsTr("Show it as a %1").arg(modelData.label.toLowerCase())
                                                  : qsTr("%1: the command has no field for it").arg(modelData.label)
                onClicked: root.setControl(modelData.control)
            }
        }
    }

    TextField {
        id: titleField
        objectName: "pinTitleField"
        Layout.fillWidth: true
        placeholderText: qsTr("Tile title")
        maximumLength: 80
        Accessible.name: qsTr("Tile title")
        onAccepted: root.submit()
    }

    ComboBox {
        id: fieldBox
        objectName: "pinFieldBox"
        Layout.fillWidth: true
        visible: root.control !== "button"
        model: root.fieldChoices
        textRole: "label"
        Accessible.name: root.control === "toggle" ? qsTr("Field the switch sets") : qsTr("Field the slider sets")
        onActivated: index => root.chooseField(index)
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.control === "slider"
        spacing: Theme.spacingS
        TextField {
            id: minField
            objectName: "pinMinField"
            Layout.fillWidth: true
            placeholderText: qsTr("Minimum")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Slider minimum")
        }
        TextField {
            id: maxField
            objectName: "pinMaxField"
            Layout.fillWidth: true
            placeholderText: qsTr("Maximum")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Slider maximum")
        }
        TextField {
            id: stepField
            objectName: "pinStepField"
            Layout.fillWidth: true
            placeholderText: qsTr("Step")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Slider step")
        }
    }

    ComboBox {
        id: dashboardBox
        objectName: "pinDashboardBox"
        Layout.fillWidth: true
        model: root.dashboards
        textRole: "name"
        displayText: dashboardBox.currentIndex < 0 ? qsTr("A new dashboard, “Commands”") : dashboardBox.currentText
        Accessible.name: qsTr("Dashboard to pin it to")
    }

    Text {
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        text: root.errorText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontSmall + 1
    }

    buttons: [
        Button {
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: root.reject()
        },
        PrimaryButton {
            objectName: "pinCommandConfirm"
            implicitHeight: 40
            text: qsTr("Pin tile")
            onClicked: root.submit()
        }
    ]
}
