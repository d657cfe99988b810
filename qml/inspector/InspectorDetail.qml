pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The selected event in full: its fields, then the frame or stanza text (selectable, so it can
// be copied).
Rectangle {
    id: root

    // A row of InspectorFilterModel.get(): role name -> value; empty when nothing is selected.
    property var event: ({})
    readonly property bool hasEvent: event.summary !== undefined

    function field(name: string): string {
        const value = root.event[name];
        return value === undefined || value === -1 ? "" : String(value);
    }

    color: Theme.chatBackground
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Event details")

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: !root.hasEvent
        title: qsTr("No event selected")
        hint: qsTr("Select an event in the list (arrow keys or a click) to see it in full.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        visible: root.hasEvent
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            text: root.field("summary")
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.textPrimary
            font.family: "monospace"
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingM
            rowSpacing: 2

            Repeater {
                model: [
                    {label: qsTr("Time"), name: "timeText"},
                    {label: qsTr("Connection"), name: "connection"},
                    {label: qsTr("Kind"), name: "kind"},
                    {label: qsTr("Channel"), name: "channel"},
                    {label: qsTr("Handle"), name: "handle"},
                    {label: qsTr("Delivery"), name: "deliveryId"},
                    {label: qsTr("Credit"), name: "credit"}
                ]
                delegate: RowLayout {
                    id: fieldRow
                    required property var modelData
                    readonly property string value: root.field(modelData.name)
                    Layout.columnSpan: 2
                    visible: value.length > 0
                    spacing: Theme.spacingM
                    Text {
                        Layout.preferredWidth: 84
                        text: fieldRow.modelData.label
                        textFormat: Text.PlainText
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        Layout.fillWidth: true
                        text: fieldRow.value
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            TextArea {
                objectName: "detailText"
                readOnly: true
                selectByMouse: true
                text: root.field("detail")
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.WrapAnywhere
                color: Theme.textPrimary
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.family: "monospace"
                font.pixelSize: Theme.fontSmall
                background: null
                Accessible.name: qsTr("Frame or stanza text")
            }
        }
    }
}
