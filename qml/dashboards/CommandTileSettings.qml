pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The tile editor's part for a command tile: which command it runs where (fixed: pin another
// one for another command), the control it shows, the field a switch or slider sets, the
// slider's range, and the values it sends. An AMQP quick action keeps its action (its field):
// a relay is a switch or a button, an interval a slider or a button.
ColumnLayout {
    id: root

    property string control: "button"
    property string commandName
    property string jid
    // An AMQP quick action: its broker ("" for an ad-hoc command), device and action.
    property string broker
    property string device
    property string action
    readonly property bool amqp: root.broker.length > 0
    property var storedValues: ({})
    readonly property alias fieldText: fieldField.text
    readonly property alias minField: minField

    // Reads the tile's settings (TilesModel.CommandRole) into the fields.
    function load(command: var) {
        root.control = command.control;
        root.commandName = command.name.length > 0 ? command.name : command.node;
        root.jid = command.jid;
        root.broker = command.broker ?? "";
        root.device = command.node;
        root.action = command.field;
        root.storedValues = command.values;
        fieldField.text = command.field;
        minField.text = String(command.min);
        maxField.text = String(command.max);
        stepField.text = String(command.step);
    }

    // Writes them to the tile; "" when done, else what is wrong.
    function apply(tiles: TilesModel, row: int): string {
        const number = text => Number(text.trim().replace(",", "."));
        const min = number(minField.text), max = number(maxField.text), step = number(stepField.text);
        if (!root.amqp && root.control !== "button" && fieldField.text.trim().length === 0)
            return qsTr("Name the field the control sets (its var, e.g. “on”).");
        if (root.control === "slider" && (isNaN(min) || isNaN(max) || isNaN(step) || min >= max || step <= 0))
            return qsTr("The slider needs a minimum below its maximum and a step above 0.");
        return tiles.setCommandControl(row, root.control, fieldField.text, isNaN(min) ? 0 : min,
                                       isNaN(max) ? 100 : max, isNaN(step) || step <= 0 ? 1 : step)
            ? "" : qsTr("These settings do not work for this tile.");
    }

    spacing: Theme.spacingS

    Text {
        objectName: "commandTileTarget"
        Layout.fillWidth: true
        text: root.amqp ? qsTr("Sends “%1” to %2 via %3").arg(root.action).arg(root.device).arg(root.broker)
                        : qsTr("Runs “%1” on %2").arg(root.commandName).arg(root.jid)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Repeater {
            model: [{ control: "button", label: qsTr("Button") }, { control: "toggle", label: qsTr("Switch") },
                    { control: "slider", label: qsTr("Slider") }]
            delegate: RadioButton {
                required property var modelData
                // An AMQP action's value is on/off (relay) or seconds (interval): one control fits.
                readonly property bool usable: !root.amqp || modelData.control === "button"
                                               || (modelData.control === "toggle" && root.action === "relay")
                                               || (modelData.control === "slider" && root.action === "interval")
                objectName: "commandControl_" + modelData.control
                Layout.fillWidth: true
                text: modelData.label
                enabled: usable
                checked: root.control === modelData.control
                Accessible.name: usable ? qsTr("Show it as a %1").arg(modelData.label.toLowerCase())
                                        : qsTr("%1: not for the action “%2”").arg(modelData.label).arg(root.action)
                onClicked: root.control = modelData.control
            }
        }
    }

    TextField {
        id: fieldField
        objectName: "commandFieldField"
        Layout.fillWidth: true
        visible: !root.amqp && root.control !== "button"
        placeholderText: qsTr("Field it sets (var), e.g. on")
        Accessible.name: root.control === "toggle" ? qsTr("Field the switch sets") : qsTr("Field the slider sets")
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.control === "slider"
        spacing: Theme.spacingS
        TextField {
            id: minField
            objectName: "commandMinField"
            Layout.fillWidth: true
            placeholderText: qsTr("Minimum")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Slider minimum")
        }
        TextField {
            id: maxField
            objectName: "commandMaxField"
            Layout.fillWidth: true
            placeholderText: qsTr("Maximum")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Slider maximum")
        }
        TextField {
            id: stepField
            objectName: "commandStepField"
            Layout.fillWidth: true
            placeholderText: qsTr("Step")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Slider step")
        }
    }

    Text {
        objectName: "commandStoredValues"
        Layout.fillWidth: true
        readonly property var entries: Object.keys(root.storedValues).map(key => key + " = " + root.storedValues[key])
        text: entries.length === 0 ? qsTr("Sends no stored values: the device's current ones stay.")
                                   : qsTr("Sends: %1").arg(entries.join(", "))
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textTertiary
        font.pixelSize: Theme.fontSmall
    }
}
