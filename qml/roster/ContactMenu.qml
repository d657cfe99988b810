pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// What can be done to one roster row: edit name and groups, move it to another group, block or
// unblock, remove. openFor() fills it from the row's roles; the roster does the work.
Menu {
    id: root

    required property RosterModel roster
    // Unread counts and mute of the account (null: no mute item).
    property UnreadTracker unread
    property string jid
    property string name
    property string group       // the section the row is listed under ("" for none)
    property bool blocked
    property bool inRoster: true  // false for a block-list entry that is not a contact

    signal editRequested(string jid, string name)
    signal removeRequested(string jid, string name)

    function openFor(contactJid: string, contactName: string, contactGroup: string, isBlocked: bool,
                     isContact: bool, parentItem: Item, x: real, y: real) {
        jid = contactJid;
        name = contactName;
        group = contactGroup;
        blocked = isBlocked;
        inRoster = isContact;
        popup(parentItem, x, y);
    }

    objectName: "contactMenu"
    topPadding: Theme.spacingXs + 2
    bottomPadding: Theme.spacingXs + 2
    background: PopupBackground {}

    MenuItem {
        objectName: "contactMenuEdit"
        enabled: root.inRoster
        text: qsTr("Edit name and groups…")
        Accessible.name: qsTr("Edit the name and groups of %1").arg(root.name)
        onTriggered: root.editRequested(root.jid, root.name)
    }
    Menu {
        id: moveMenu
        objectName: "contactMenuMove"
        enabled: root.inRoster
        title: qsTr("Move to group")
        background: PopupBackground {}

        Instantiator {
            model: root.roster.groups
            delegate: MenuItem {
                required property string modelData
                enabled: modelData !== root.group
                text: modelData
                Accessible.name: qsTr("Move to the group %1").arg(modelData)
                onTriggered: root.roster.moveContact(root.jid, root.group, modelData)
            }
            onObjectAdded: (index, object) => moveMenu.insertItem(index, object as MenuItem)
            onObjectRemoved: (index, object) => moveMenu.removeItem(object as MenuItem)
        }
        MenuItem {
            objectName: "contactMenuNoGroup"
            enabled: root.group.length > 0
            text: qsTr("No group")
            Accessible.name: qsTr("Take out of the group %1").arg(root.group)
            onTriggered: root.roster.moveContact(root.jid, root.group, "")
        }
        MenuItem {
            text: qsTr("New group…")
            Accessible.name: qsTr("Put in a new group")
            onTriggered: root.editRequested(root.jid, root.name)
        }
    }
    MenuItem {
        readonly property bool muted: root.unread !== null && root.unread.muted.indexOf(root.jid.toLowerCase()) >= 0
        objectName: "contactMenuMute"
        visible: root.unread !== null
        height: visible ? implicitHeight : 0
        text: muted ? qsTr("Unmute notifications") : qsTr("Mute notifications")
        Accessible.name: muted ? qsTr("Notify again about messages from %1").arg(root.name)
                               : qsTr("No notifications for messages from %1 (they still count as unread)").arg(root.name)
        onTriggered: root.unread.setMuted(root.jid, !muted)
    }
    MenuSeparator {}
    MenuItem {
        objectName: "contactMenuBlock"
        text: root.blocked ? qsTr("Unblock") : qsTr("Block")
        Accessible.name: root.blocked ? qsTr("Unblock %1").arg(root.jid)
                                      : qsTr("Block %1: no messages or presence from them").arg(root.jid)
        onTriggered: root.blocked ? root.roster.unblock(root.jid) : root.roster.block(root.jid)
    }
    MenuItem {
        objectName: "contactMenuRemove"
        enabled: root.inRoster
        text: qsTr("Remove…")
        Accessible.name: qsTr("Remove %1 from the contacts").arg(root.name)
        onTriggered: root.removeRequested(root.jid, root.name)
    }
}
