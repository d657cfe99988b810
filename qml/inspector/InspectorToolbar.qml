pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The inspector's controls: record/pause, clear, filter text, protocol, connection and kind
// choosers, the message-bodies switch and export.
Rectangle {
    id: root

    required property ProtocolTrace trace
    required property InspectorModel inspector
    required property InspectorFilterModel filter

    signal exportRequested()
    signal recordToggled()

    function focusFilter() {
        filterField.focusAndSelect();
    }

    readonly property bool recording: trace !== null && trace.recording

    // Two rows: at 1280 px beside the sidebar one row squeezed the filter and the choosers
    // to a few letters each.
    implicitHeight: Theme.headerHeight + filterRow.implicitHeight + Theme.spacingM
    color: Theme.surface

    RowLayout {
        id: titleRow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        height: Theme.headerHeight
        spacing: Theme.spacingS

        Text {
            text: qsTr("Inspector")
            textFormat: Text.PlainText
            color: Theme.textPrimary
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: qsTr("Protocol inspector")
        }
        Item {
            Layout.fillWidth: true
        }
        Button {
            id: recordButton
            objectName: "recordButton"
            enabled: root.trace !== null
            text: root.recording ? qsTr("Pause") : qsTr("Record")
            icon.source: ""
            Accessible.name: root.recording ? qsTr("Pause recording (Ctrl+R)") : qsTr("Start recording (Ctrl+R)")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: Accessible.name
            onClicked: root.recordToggled()
            contentItem: RowLayout {
                spacing: Theme.spacingS
                Rectangle {
                    // A red dot while recording, a hollow one while paused.
                    implicitWidth: 10
                    implicitHeight: 10
                    radius: 5
                    color: root.recording ? Theme.brandBreast : "transparent"
                    border.width: root.recording ? 0 : 2
                    border.color: Theme.textSecondary
                }
                Text {
                    text: recordButton.text
                    textFormat: Text.PlainText
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                }
            }
        }
        IconButton {
            objectName: "clearButton"
            iconPath: Icons.close
            toolTipText: qsTr("Clear the recorded events")
            enabled: root.inspector.count > 0
            onClicked: root.inspector.clear()
        }
        Switch {
            objectName: "bodiesSwitch"
            enabled: root.trace !== null
            checked: root.trace !== null && root.trace.showsBodies
            text: qsTr("Bodies")
            Accessible.name: qsTr("Show message bodies in events recorded from now on")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: Accessible.name
            onToggled: root.trace.showsBodies = checked
        }
        IconButton {
            objectName: "exportButton"
            enabled: root.filter.count > 0 && !root.filter.exporting
            iconPath: Icons.arrowDown
            toolTipText: qsTr("Export the shown events (Ctrl+E)")
            onClicked: root.exportRequested()
        }
    }

    RowLayout {
        id: filterRow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: titleRow.bottom
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingS

        SearchField {
            id: filterField
            objectName: "filterField"
            Layout.fillWidth: true
            Layout.minimumWidth: 160
            placeholderText: qsTr("Filter events")
            shortcutHint: qsTr("Ctrl+F")
            onTextChanged: root.filter.text = text
        }
        ComboBox {
            objectName: "protocolChooser"
            Layout.preferredWidth: 160
            model: [qsTr("All protocols"), "AMQP", "XMPP"]
            Accessible.name: qsTr("Protocol")
            // Rows: any, then InspectorModel.Protocol's values in order.
            onActivated: index => root.filter.protocol = index - 1
        }
        ComboBox {
            id: connectionChooser
            objectName: "connectionChooser"
            Layout.preferredWidth: 260
            model: [qsTr("All connections")].concat(root.inspector.connections)
            Accessible.name: qsTr("Connection")
            onActivated: index => root.filter.connection = index > 0 ? currentText : ""
        }
        ComboBox {
            objectName: "kindChooser"
            Layout.preferredWidth: 160
            model: [qsTr("All kinds")].concat(root.inspector.kinds)
            Accessible.name: qsTr("Kind of event")
            onActivated: index => root.filter.kind = index > 0 ? currentText : ""
        }
    }
}
