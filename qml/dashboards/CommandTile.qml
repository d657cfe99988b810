pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The inside of a command tile (a pinned ad-hoc command): a button, a switch or a slider that
// runs the command with the tile's stored values, a busy indicator while it runs, then the
// outcome (the device's note or the error) and its time. An AMQP quick action (relay, interval)
// is the same with the device's reply (or the timeout) as its outcome, and says where it goes
// ("DEVICE via BROKER"): the title alone does not tell brokers apart. Space or Enter presses
// the button and the switch; arrows move the slider, which sends its value once it rests (or on Enter).
Item {
    id: root

    required property TilesModel tiles
    required property int index
    // The tile's row of the TilesModel (a delegate's `model`): its command roles.
    required property var roles

    readonly property string control: roles.commandControl  // "button" | "toggle" | "slider"
    readonly property string commandName: roles.commandName
    // Who it goes to, for people: the JID, or "DEVICE via BROKER" for an AMQP action.
    readonly property string target: roles.commandTarget
    readonly property bool amqp: roles.commandBroker.length > 0
    readonly property bool busy: roles.commandBusy
    readonly property string outcome: roles.commandOutcome
    readonly property string outcomeKind: roles.commandOutcomeKind  // "info" | "warn" | "error" | "input" | ""
    readonly property var time: roles.commandTime  // Date, or undefined before the first run
    readonly property bool checked: roles.commandChecked
    readonly property real value: roles.commandValue
    readonly property real minimum: roles.commandMin
    readonly property real maximum: roles.commandMax
    readonly property real stepSize: roles.commandStep

    readonly property string timeText: root.time ? root.time.toLocaleTimeString(Qt.locale(), Locale.ShortFormat) : ""
    readonly property color outcomeColour: root.outcomeKind === "error" ? Theme.danger
                                         : root.outcomeKind === "warn" || root.outcomeKind === "input" ? Theme.warning
                                         : Theme.textSecondary
    readonly property string outcomeLine: root.busy ? qsTr("Running…")
                                        : root.outcome.length === 0 ? qsTr("Not run yet")
                                        : root.timeText.length > 0 ? qsTr("%1 · %2").arg(root.outcome).arg(root.timeText)
                                        : root.outcome

    // "Needs input": the user fills the form in the command view.
    signal openRequested()

    objectName: "commandTile"
    implicitHeight: layout.implicitHeight

    // The slider sends what it rests on: not every step an arrow key or a drag passes.
    function applySlider() {
        applyTimer.stop();
        if (slider.value !== root.value)
            root.tiles.setCommandValue(root.index, slider.value);
    }

    Timer {
        id: applyTimer
        interval: 700
        onTriggered: root.applySlider()
    }

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingXs

        Text {
            objectName: "commandTarget"
            visible: root.amqp
            Layout.fillWidth: true
            text: root.target
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            Accessible.ignored: true  // the controls' names say it
        }

        PrimaryButton {
            id: runButton
            objectName: "commandButton"
            visible: root.control === "button"
            Layout.fillWidth: true
            implicitHeight: 40
            enabled: !root.busy
            busy: root.busy
            text: root.commandName
            Accessible.name: qsTr("Run %1 on %2").arg(root.commandName).arg(root.target)
            Accessible.description: root.outcomeLine
            Keys.onReturnPressed: runButton.clicked()
            Keys.onEnterPressed: runButton.clicked()
            onClicked: root.tiles.runCommand(root.index)
        }

        Switch {
            id: toggle
            objectName: "commandSwitch"
            visible: root.control === "toggle"
            Layout.fillWidth: true
            enabled: !root.busy
            // The model says what the device took; a click asks for the other state.
            checkable: false
            checked: root.checked
            text: root.checked ? qsTr("On") : qsTr("Off")
            Accessible.role: Accessible.CheckBox
            Accessible.checkable: true
            Accessible.checked: root.checked
            Accessible.name: qsTr("%1 on %2").arg(root.commandName).arg(root.target)
            Accessible.description: root.outcomeLine
            Keys.onReturnPressed: toggle.clicked()
            Keys.onEnterPressed: toggle.clicked()
            onClicked: root.tiles.setCommandChecked(root.index, !root.checked)
        }

        RowLayout {
            visible: root.control === "slider"
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Slider {
                id: slider
                objectName: "commandSlider"
                Layout.fillWidth: true
                enabled: !root.busy
                from: root.minimum
                to: root.maximum
                stepSize: root.stepSize
                snapMode: Slider.SnapAlways
                Accessible.name: qsTr("%1 on %2").arg(root.commandName).arg(root.target)
                Accessible.description: root.outcomeLine
                // An arrow key presses the slider too: it sends once the keys rest, a mouse at once.
                property bool keyed: false
                Keys.onPressed: event => {
                    slider.keyed = event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter;
                    event.accepted = false;
                }
                Keys.onReturnPressed: root.applySlider()
                Keys.onEnterPressed: root.applySlider()
                onPressedChanged: {
                    if (slider.pressed)
                        return;
                    if (slider.keyed)
                        applyTimer.restart();
                    else
                        root.applySlider();
                    slider.keyed = false;
                }
            }
            // Follows the model unless the user is moving it.
            Binding {
                target: slider
                property: "value"
                value: root.value
                when: !slider.pressed && !slider.keyed && !applyTimer.running
                restoreMode: Binding.RestoreNone  // keeps what the user moved it to
            }
            Text {
                objectName: "commandSliderValue"
                Layout.minimumWidth: 36
                horizontalAlignment: Text.AlignRight
                text: Number(slider.value).toLocaleString(Qt.locale(), "f", root.stepSize < 1 ? 1 : 0)
                textFormat: Text.PlainText
                color: Theme.textPrimary
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                Accessible.ignored: true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            BusyIndicator {
                objectName: "commandBusy"
                visible: root.busy
                running: root.busy
                Layout.preferredWidth: 18
                Layout.preferredHeight: 18
                padding: 0
                Accessible.name: qsTr("Running %1").arg(root.commandName)
            }
            Text {
                objectName: "commandOutcome"
                Layout.fillWidth: true
                text: root.outcomeLine
                textFormat: Text.PlainText
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
                color: root.busy ? Theme.textSecondary : root.outcomeColour
                font.pixelSize: Theme.fontSmall
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                ToolTip.visible: outcomeHover.hovered && truncated
                ToolTip.text: text
                HoverHandler {
                    id: outcomeHover
                }
            }
            Button {
                objectName: "commandOpenButton"
                visible: root.outcomeKind === "input" && !root.busy
                flat: true
                implicitHeight: 28
                topInset: 0
                bottomInset: 0
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                text: qsTr("Open")
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Open %1 to fill in its form").arg(root.commandName)
                onClicked: root.openRequested()
            }
        }
    }
}
