import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// Availability choices, the status message and "Log out".
Menu {
    id: root

    required property PresenceController presence

    function choose(availability: int) {
        presence.setPresence(availability, statusField.text.trim());
    }

    onAboutToShow: statusField.text = presence.statusText

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
        objectName: "logoutItem"
        text: qsTr("Log out")
        Accessible.name: text
        onTriggered: AccountManager.logout()
    }
}
