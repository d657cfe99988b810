pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Qt.labs.qmlmodels
import Linnet
import Linnet.Core

// The buddy list: subscription requests, collapsible groups, the block list (RosterListModel
// decides the rows; a delegate per kind), with its loading, empty and no-match states, the
// contact menu and the add/edit/remove dialogs. Keys on the list: Up/Down move, Return opens a
// chat or folds a group, Left/Right fold and unfold, Menu or Shift+F10 opens the contact menu,
// A and D accept or deny a request.
Item {
    id: root

    required property Account account
    property string filterText

    readonly property RosterListModel rows: rowModel

    function openRow(row: int) {
        if (rows.kindAt(row) !== RosterListModel.Contact)
            return;
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Contain);
        account.chats.openChat(rows.jidAt(row));
    }

    // Opens the buddy delta contact rows below (or above) the open conversation, wrapping around.
    function openRelative(delta: int) {
        openRow(rows.contactRowFrom(rows.rowOf(account.chats.currentJid), delta));
    }

    function openFirst() {
        openRow(rows.contactRowFrom(-1, 1));
    }

    function focusList() {
        if (list.count === 0)
            return;
        if (list.currentIndex < 0)
            list.currentIndex = 0;
        list.forceActiveFocus(Qt.TabFocusReason);
    }

    function offerContact(jid: string, name: string, group: string) {
        contactDialog.openToOffer(jid, name, group);
    }

    function addContact() {
        contactDialog.openToAdd();
    }

    // The current row's action on Return/Space: a chat, or folding a section.
    function activate(row: int) {
        if (rows.kindAt(row) === RosterListModel.Header)
            rows.toggleSection(rows.sectionAt(row));
        else
            openRow(row);
    }

    function fold(row: int, collapse: bool) {
        const section = rows.sectionAt(row);
        if (rows.kindAt(row) === RosterListModel.Header && rows.isCollapsed(section) !== collapse)
            rows.toggleSection(section);
    }

    function openMenu(row: int, item: Item, x: real, y: real) {
        const kind = rows.kindAt(row);
        if (kind !== RosterListModel.Contact && kind !== RosterListModel.Blocked)
            return;
        const jid = rows.jidAt(row);
        menu.openFor(jid, account.roster.displayName(jid), rows.groupAt(row), account.roster.isBlocked(jid),
                     kind === RosterListModel.Contact, item, x, y);
    }

    function answerRequest(row: int, accept: bool) {
        if (rows.kindAt(row) !== RosterListModel.Request)
            return;
        if (accept)
            account.roster.acceptRequest(rows.jidAt(row));
        else
            account.roster.denyRequest(rows.jidAt(row));
    }

    RosterListModel {
        id: rowModel
        roster: root.account.roster
        filterText: root.filterText.trim()
    }

    ListView {
        id: list
        objectName: "rosterList"
        anchors.fill: parent
        model: rowModel
        clip: true
        keyNavigationEnabled: true
        currentIndex: -1
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Buddies")

        ScrollBar.vertical: ScrollBar { Accessible.name: list.Accessible.name }

        Keys.onReturnPressed: root.activate(currentIndex)
        Keys.onEnterPressed: root.activate(currentIndex)
        Keys.onSpacePressed: root.activate(currentIndex)
        Keys.onLeftPressed: root.fold(currentIndex, true)
        Keys.onRightPressed: root.fold(currentIndex, false)
        Keys.onPressed: event => {
            const menuKey = event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier));
            if (menuKey && currentItem) {
                root.openMenu(currentIndex, currentItem, currentItem.width / 2, currentItem.height / 2);
                event.accepted = true;
            } else if (event.key === Qt.Key_A || event.key === Qt.Key_D) {
                root.answerRequest(currentIndex, event.key === Qt.Key_A);
                event.accepted = root.rows.kindAt(currentIndex) === RosterListModel.Request;
            }
        }

        delegate: DelegateChooser {
            role: "kind"

            DelegateChoice {
                roleValue: RosterListModel.Header
                GroupHeader {
                    required property int index
                    width: list.width
                    onClicked: root.rows.toggleSection(section)
                }
            }
            DelegateChoice {
                roleValue: RosterListModel.Request
                RequestDelegate {
                    required property int index
                    width: list.width
                    onAccepted: root.account.roster.acceptRequest(jid)
                    onDenied: root.account.roster.denyRequest(jid)
                }
            }
            DelegateChoice {
                roleValue: RosterListModel.Blocked
                RosterDelegate {
                    id: blockedRow
                    width: list.width
                    onClicked: root.openMenu(index, blockedRow, width / 2, height / 2)
                    onMenuRequested: (x, y) => root.openMenu(index, blockedRow, x, y)
                }
            }
            DelegateChoice {
                RosterDelegate {
                    id: contactRow
                    required muted
                    width: list.width
                    selected: jid === root.account.chats.currentJid
                    onClicked: root.openRow(index)
                    onMenuRequested: (x, y) => root.openMenu(index, contactRow, x, y)
                }
            }
        }
    }

    ContactMenu {
        id: menu
        roster: root.account.roster
        unread: root.account.unread
        onEditRequested: (jid, name) => contactDialog.openToEdit(jid, name, root.account.roster.groupsOf(jid))
        onRemoveRequested: (jid, name) => removeDialog.openFor(jid, name)
    }

    ContactDialog {
        id: contactDialog
        roster: root.account.roster
    }

    RemoveContactDialog {
        id: removeDialog
        roster: root.account.roster
    }

    // Only while a session is on its way: an account that cannot connect says so elsewhere.
    readonly property bool connecting: root.account.mainSession.connection.state === ConnectionController.Connecting

    BusyIndicator {
        anchors.centerIn: parent
        running: !root.account.roster.loaded && root.connecting
        visible: running
        Accessible.name: qsTr("Loading buddies")
    }

    EmptyState {
        objectName: "rosterOffline"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: !root.account.roster.loaded && !root.connecting
        iconPath: Icons.personAdd
        title: qsTr("Not connected")
        hint: qsTr("Your buddies show up here once a session of this account is online.")
    }

    EmptyState {
        objectName: "rosterEmpty"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: list.count === 0 && root.account.roster.count === 0 && root.account.roster.loaded
        iconPath: Icons.personAdd
        title: qsTr("No buddies yet")
        hint: qsTr("Add one with the button next to the search field: all you need is their address, like bob@example.org.")
    }

    EmptyState {
        objectName: "rosterNoMatch"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: list.count === 0 && root.account.roster.count > 0
        iconPath: Icons.search
        title: qsTr("No match for “%1”").arg(root.filterText.trim())
        hint: qsTr("Try part of a name or an address.")
    }
}
