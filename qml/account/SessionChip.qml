import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One session (resource) of the account in the sidebar: its state as a dot (presence colour
// when online) and its name. Checked: the session the presence selector below acts for.
AbstractButton {
    id: root

    required property Session session
    property bool accountEnabled: true
    // The account deletes a removed session before the chip goes: read it through these.
    readonly property string resource: session ? session.resource : ""
    readonly property string fullJid: session ? session.jid : ""

    implicitHeight: 28
    implicitWidth: row.implicitWidth + leftPadding + rightPadding
    leftPadding: Theme.spacingS + 2
    rightPadding: Theme.spacingS + 4
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.name: qsTr("Session %1: %2, %3").arg(root.resource).arg(status.label).arg(status.detail)
    Accessible.description: qsTr("Choose which session the presence selector sets")

    ToolTip.visible: hovered
    ToolTip.delay: 500
    ToolTip.text: qsTr("%1 — %2: %3").arg(root.fullJid).arg(status.label).arg(status.detail)

    SessionState {
        id: status
        session: root.session
        accountEnabled: root.accountEnabled
    }

    contentItem: RowLayout {
        id: row
        spacing: 6

        Rectangle {
            Layout.preferredWidth: 8
            Layout.preferredHeight: 8
            radius: 4
            color: status.kind === SessionState.Online || status.kind === SessionState.Failed ? status.color : "transparent"
            border.width: status.kind === SessionState.Online || status.kind === SessionState.Failed ? 0 : 1.5
            border.color: status.color
        }
        Text {
            text: root.resource
            textFormat: Text.PlainText
            color: root.checked ? Theme.textPrimary : Theme.textSecondary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: root.checked ? Font.DemiBold : Font.Medium
        }
    }

    background: Rectangle {
        radius: height / 2
        color: root.checked ? Theme.selected : root.hovered ? Theme.hover : "transparent"
        border.width: root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? Theme.focusRing : root.checked ? "transparent" : Theme.divider
    }
}
