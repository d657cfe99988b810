import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The left column: the account (switchable) with its sessions and presence, the search field,
// the buddy list and the Devices section (dashboards, browse devices).
Rectangle {
    id: root

    required property Account account
    required property AccountsModel accounts
    readonly property string searchText: search.text
    // What the main area shows ("chats", "dashboard", "devices") and which dashboard.
    property string view: "chats"
    property int dashboardIndex: -1

    signal switchRequested(Account account)
    signal accountsPageRequested()
    signal addAccountRequested()
    signal dashboardRequested(int index)
    signal newDashboardRequested()
    signal browseDevicesRequested()
    signal messageSearchRequested()  // search (C)
    // Group chat (qml/muc): the room shown ("" for none), open one, join or create one.
    property string roomJid
    signal roomRequested(string jid)
    signal joinRoomRequested()
    signal inspectorRequested()

    function focusSearch() {
        search.focusAndSelect();
    }

    function clearSearch() {
        search.clear();
    }

    function openRelative(delta: int) {
        roster.openRelative(delta);
    }

    function openAccountMenu() {
        header.openAccountMenu();
    }

    function openPresenceMenu() {
        header.openPresenceMenu();
    }

    function openSettings() {
        settingsBar.openSettings();
    }

    function openAbout() {
        settingsBar.openAbout();
    }

    function offerContact(jid: string, name: string, group: string) {
        roster.offerContact(jid, name, group);
    }

    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AccountHeader {
            id: header
            Layout.fillWidth: true
            account: root.account
            accounts: root.accounts
            onSwitchRequested: account => root.switchRequested(account)
            onAccountsPageRequested: root.accountsPageRequested()
            onAddAccountRequested: root.addAccountRequested()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingS
            Layout.topMargin: Theme.spacingXs
            Layout.bottomMargin: Theme.spacingS
            spacing: Theme.spacingXs

            SearchField {
                id: search
                objectName: "searchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search buddies")
                shortcutHint: qsTr("Ctrl+K")
                onMoveDown: roster.focusList()
                onAccepted: roster.openFirst()
            }
            IconButton {  // search (C)
                objectName: "messageSearchButton"
                iconPath: Icons.search
                toolTipText: qsTr("Search messages (Ctrl+Shift+F)")
                onClicked: root.messageSearchRequested()
            }
            IconButton {
                objectName: "addContactButton"
                iconPath: Icons.personAdd
                toolTipText: qsTr("Add a contact")
                enabled: root.account.roster.loaded
                onClicked: roster.addContact()
            }
        }

        RosterList {
            id: roster
            Layout.fillWidth: true
            Layout.fillHeight: true
            account: root.account
            filterText: search.text
        }

        RoomsSection {
            objectName: "roomsSection"
            Layout.fillWidth: true
            rooms: root.account.rooms
            currentJid: root.view === "room" ? root.roomJid : ""
            onRoomRequested: jid => root.roomRequested(jid)
            onJoinRequested: root.joinRoomRequested()
        }

        DevicesSection {
            objectName: "devicesSection"
            Layout.fillWidth: true
            dashboards: root.account.dashboards
            view: root.view
            currentIndex: root.dashboardIndex
            onDashboardRequested: index => root.dashboardRequested(index)
            onNewDashboardRequested: root.newDashboardRequested()
            onBrowseRequested: root.browseDevicesRequested()
        }

        SettingsBar {  // Settings and About (qml/settings)
            id: settingsBar
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingXs
            onInspectorRequested: root.inspectorRequested()
        }
    }
}
