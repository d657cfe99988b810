import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// Availability choices, the status message and "Log out".
Menu {
    id: root

    required property PresenceController presence

    signal signOutRequested()

    function choose(availability: int) {
        presence.setPresence(availability, statusField.text.trim());
    }

    onAboutToShow: statusField.text = presence.statusText

    topPadding: Theme.spacingXs + 2
    bottomPadding: Theme.spacingXs + 2
    background: PopupBackground {}

    PresenceMenuItem { availability: Presence.Online; presence: root.presence; onTriggered: root.choose(availability) }
    PresenceMenuItem { availability: Presence.Away; presence: root.presence; onTriggered: root.choose(availability) }
    PresenceMenuItem { availability: Presence.DoNotDisturb; presence: root.presence; onTriggered: root.choose(availability) }
    PresenceMenuItem { availability: Presence.ExtendedAway; presence: root.presence; onTriggered: root.choose(availability) }

    MenuSeparator {}

    Control {
        width: root.availableWidth
        padding: Theme.spacingS
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM

        contentItem: TextField {
            id: statusField
            objectName: "statusField"
            placeholderText: qsTr("Status message")
            maximumLength: 200
            Accessible.name: qsTr("Status message; press Enter to set it")
            onAccepted: {
                root.presence.setPresence(root.presence.availability, text.trim());
                root.close();
            }
        }
    }

    MenuSeparator {}

    MenuItem {
        id: logoutItem
        objectName: "logoutItem"
        text: qsTr("Log out")
        Accessible.name: text
        onTriggered: root.signOutRequested()

        contentItem: Row {
            spacing: Theme.spacingM
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                path: Icons.logout
                size: 16
                color: Theme.danger
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: logoutItem.text
                textFormat: Text.PlainText
                color: Theme.danger
                font.pixelSize: Theme.fontBody
            }
        }
    }
}
