import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The own presence as a button; its menu sets availability and status message, or logs out.
AbstractButton {
    id: root

    required property PresenceController presence

    signal signOutRequested()

    readonly property string summary: presence.statusText.length > 0
                                      ? qsTr("%1 · %2").arg(presence.label).arg(presence.statusText)
                                      : presence.label

    implicitHeight: 36
    leftPadding: Theme.spacingS + 2
    rightPadding: Theme.spacingXs
    Accessible.role: Accessible.ButtonMenu
    Accessible.name: qsTr("Your presence: %1").arg(summary)
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
