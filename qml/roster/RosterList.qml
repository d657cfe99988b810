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

    function rowOf(jid: string): int {
        for (let row = 0; row < contacts.rowCount(); ++row) {
            if (contacts.data(contacts.index(row, 0), RosterModel.JidRole) === jid)
                return row;
        }
        return -1;
    }

    function openRow(row: int) {
        if (row < 0 || row >= contacts.rowCount())
            return;
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Contain);
        account.chats.openChat(contacts.data(contacts.index(row, 0), RosterModel.JidRole));
    }

    // Opens the buddy delta rows below (or above) the open conversation, wrapping around.
    function openRelative(delta: int) {
        const count = contacts.rowCount();
        if (count === 0)
            return;
        const current = rowOf(account.chats.currentJid);
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
            presenceLabels: root.account.presence
            selected: jid === root.account.chats.currentJid
            onClicked: root.openRow(index)
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: !root.account.roster.loaded
        visible: running
        Accessible.name: qsTr("Loading buddies")
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
