import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The own presence as a button; its menu sets availability and status message, or logs out.
AbstractButton {
    id: root

    required property PresenceController presence
    // The session (resource) whose presence this sets, when the account has several.
    property string sessionName

    signal signOutRequested()

    function openMenu() {
        menu.open();
    }

    readonly property string summary: presence.statusText.length > 0
                                      ? qsTr("%1 · %2").arg(presence.label).arg(presence.statusText)
                                      : presence.label

    implicitHeight: 36
    leftPadding: Theme.spacingS + 2
    rightPadding: Theme.spacingXs
    Accessible.role: Accessible.ButtonMenu
    Accessible.name: sessionName.length > 0 ? qsTr("Your presence on %1: %2 (Ctrl+Shift+P)").arg(sessionName).arg(summary)
                                            : qsTr("Your presence: %1 (Ctrl+Shift+P)").arg(summary)
    Accessible.description: qsTr("Change availability, status message or log out")
    onClicked: menu.open()

    contentItem: RowLayout {
        spacing: Theme.spacingS

        PresenceDot {
            size: 10
            border.width: 0
            availability: root.presence.availability
        }
        Text {
            visible: root.sessionName.length > 0
            Layout.maximumWidth: 90
            text: root.sessionName
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.DemiBold
        }
        Text {
            Layout.fillWidth: true
            text: root.summary
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.Medium
        }
        Icon {
            path: Icons.expandMore
            size: 18
            color: Theme.textSecondary
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: root.down || menu.visible ? Theme.selected : root.hovered ? Theme.hover : Theme.surface
        border.width: root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? Theme.focusRing : Theme.divider
    }

    PresenceMenu {
        id: menu
        y: root.height + 4
        width: root.width
        presence: root.presence
        onSignOutRequested: root.signOutRequested()
    }
}
