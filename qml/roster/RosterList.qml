pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// The buddy list with its loading, empty and no-match states.
Item {
    id: root

    required property Account account
    property string filterText

    readonly property RosterFilterModel contacts: account.contacts

    function openRow(row: int) {
        if (row < 0 || row >= contacts.rowCount())
            return;
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Contain);
        account.chats.openChat(contacts.jidAt(row));
    }

    // Opens the buddy delta rows below (or above) the open conversation, wrapping around.
    function openRelative(delta: int) {
        const count = contacts.rowCount();
        if (count === 0)
            return;
        const current = contacts.rowOf(account.chats.currentJid);
        const next = current < 0 ? (delta > 0 ? 0 : count - 1) : (current + delta + count) % count;
        openRow(next);
    }

    function openFirst() {
        openRow(0);
    }

    function focusList() {
        if (list.count === 0)
            return;
        if (list.currentIndex < 0)
            list.currentIndex = 0;
        list.forceActiveFocus(Qt.TabFocusReason);
    }

    onFilterTextChanged: contacts.filterText = filterText.trim()
    Component.onCompleted: contacts.filterText = filterText.trim()

    ListView {
        id: list
        objectName: "rosterList"
        anchors.fill: parent
        model: root.contacts
        clip: true
        keyNavigationEnabled: true
        currentIndex: -1
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Buddies")

        ScrollBar.vertical: ScrollBar {}

        Keys.onReturnPressed: root.openRow(currentIndex)
        Keys.onEnterPressed: root.openRow(currentIndex)
        Keys.onSpacePressed: root.openRow(currentIndex)

        delegate: RosterDelegate {
            width: list.width
            selected: jid === root.account.chats.currentJid
            onClicked: root.openRow(index)
        }
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
        hint: qsTr("Buddies you add from any XMPP app show up here. Ask a friend for their address, like bob@example.org.")
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
