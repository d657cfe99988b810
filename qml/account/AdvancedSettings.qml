import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The "Advanced" disclosure of the sign-in form: server host and port overrides.
ColumnLayout {
    id: root

    property bool expanded: false
    property string savedHost
    property int savedPort
    property alias hostField: hostField
    property alias portField: portField

    signal accepted()

    spacing: Theme.spacingS

    AbstractButton {
        id: toggle
        Layout.alignment: Qt.AlignLeft
        implicitHeight: 30
        implicitWidth: toggleRow.implicitWidth + 8
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Advanced settings")
        Accessible.checkable: true
        Accessible.checked: root.expanded
        onClicked: root.expanded = !root.expanded

        contentItem: RowLayout {
            id: toggleRow
            spacing: 2
            Text {
                text: qsTr("Advanced")
                textFormat: Text.PlainText
                color: toggle.enabled ? Theme.accent : Theme.textTertiary
                font.pixelSize: Theme.fontSmall + 1
                font.weight: Font.DemiBold
            }
            Icon {
                path: root.expanded ? Icons.expandLess : Icons.expandMore
                size: 18
                color: toggle.enabled ? Theme.accent : Theme.textTertiary
            }
        }
        background: Rectangle {
            radius: Theme.radiusS
            color: toggle.hovered ? Theme.hover : "transparent"
            border.width: toggle.visualFocus ? 2 : 0
            border.color: Theme.focusRing
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.expanded
        spacing: Theme.spacingS

        TextField {
            id: hostField
            objectName: "hostField"
            Layout.fillWidth: true
            text: root.savedHost
            placeholderText: qsTr("Server host (optional)")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Server host, optional; found from the address when empty")
            onAccepted: root.accepted()
        }

        TextField {
            id: portField
            objectName: "portField"
            Layout.preferredWidth: 96
            text: root.savedPort > 0 ? root.savedPort : ""
            placeholderText: qsTr("Port")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 1; top: 65535 }
            Accessible.name: qsTr("Port, optional")
            onAccepted: root.accepted()
        }
    }

    Text {
        Layout.fillWidth: true
        visible: root.expanded
        text: qsTr("Leave empty to find the server from your address.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textTertiary
        font.pixelSize: Theme.fontSmall
    }
}
