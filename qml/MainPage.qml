pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The signed-in window: sidebar with the account, roster and devices; on the right the open
// chat, a dashboard, or the device browser (view: "chats", "dashboard", "devices").
Page {
    id: root

    required property Account account
    required property AccountsModel accounts

    signal switchRequested(Account account)
    signal accountsPageRequested()
    signal addAccountRequested()
    signal trustRequested(Account account, Session session)
    signal passwordRequested(Account account)
    // The ad-hoc commands of jid (a device, contact or service), known to the user as name;
    // node: the one command to start at once ("" for the list).
    signal commandsRequested(Account account, string jid, string name, string node)
    // The page is being destroyed: from now on nothing of it reads the account.
    signal destroying()

    function focusSearch() {
        sidebar.focusSearch();
    }

    // Escape: clears the search first, then closes the open chat.
    function handleEscape() {
        if (sidebar.searchText.length > 0)
            sidebar.clearSearch();
        else if (account.chats.currentChat)
            account.chats.closeChat();
    }

    function openRelative(delta: int) {
        sidebar.openRelative(delta);
    }

    function openAccountMenu() {
        sidebar.openAccountMenu();
    }

    function openPresenceMenu() {
        sidebar.openPresenceMenu();
    }

    function openSettings() {
        sidebar.openSettings();
    }

    function openAbout() {
        sidebar.openAbout();
    }

    function offerContact(jid: string, name: string, group: string) {
        sidebar.offerContact(jid, name, group);
    }

    // What the main area shows; dashboardIndex: the dashboard shown in the "dashboard" view.
    property string view: "chats"
    property int dashboardIndex: 0

    function showChats() {
        root.view = "chats";
    }

    // index < 0: the one shown last (the first if that is gone).
    function showDashboard(index: int) {
        const count = root.account.dashboards.count;
        if (index >= 0)
            root.dashboardIndex = index;
        if (root.dashboardIndex >= count)
            root.dashboardIndex = Math.max(0, count - 1);
        root.view = "dashboard";
    }

    function showDevices() {
        root.view = "devices";
    }

    // The protocol inspector (qml/inspector): every account's stanzas and AMQP frames.
    function showInspector() {
        root.view = "inspector";
    }

    // Group chat (qml/muc): the room shown in the "room" view.
    property string roomJid

    function searchMessages(text: string) {
        messageSearch.searchFor(text);
    }

    function showRoom(jid: string) {
        root.roomJid = jid;
        root.view = "room";
    }

    function newDashboard() {
        nameDialog.openFor(-1);
    }

    // Keeps the shown dashboard when rows come and go before it.
    Connections {
        target: root.account.dashboards
        function onRowsRemoved(parent: var, first: int, last: int) {
            if (root.dashboardIndex > last)
                root.dashboardIndex -= last - first + 1;
            else if (root.dashboardIndex >= first)
                root.dashboardIndex = Math.max(0, Math.min(first, root.account.dashboards.count - 1));
        }
    }

    // Opening a chat (from the roster, or a shortcut) shows it.
    Connections {
        target: root.account.chats
        function onCurrentChatChanged() {
            if (root.account.chats.currentChat)
                root.view = "chats";
        }
    }

    // The keychain warning was read and put away (until the next start).
    property bool keychainDismissed: false
    // What was typed for each buddy and not sent, kept while the chat is closed.
    property var drafts: ({})

    Component.onDestruction: root.destroying()

    title: qsTr("Chats")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ConnectionBanner {
            Layout.fillWidth: true
            account: root.account
            onTrustRequested: session => root.trustRequested(root.account, session)
            onPasswordRequested: root.passwordRequested(root.account)
            onAccountsPageRequested: root.accountsPageRequested()
        }

        Banner {
            objectName: "mainKeychainBanner"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            visible: root.accounts.keychainProblem.length > 0 && !root.keychainDismissed
            tone: Banner.Warning
            text: root.accounts.keychainProblem
            actionText: qsTr("Dismiss")
            onActionTriggered: root.keychainDismissed = true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Sidebar {
                id: sidebar
                objectName: "sidebar"
                Layout.preferredWidth: Theme.sidebarWidth
                Layout.fillHeight: true
                account: root.account
                accounts: root.accounts
                onSwitchRequested: account => root.switchRequested(account)
                onAccountsPageRequested: root.accountsPageRequested()
                onAddAccountRequested: root.addAccountRequested()
                view: root.view
                dashboardIndex: root.dashboardIndex
                onDashboardRequested: index => root.showDashboard(index)
                onNewDashboardRequested: root.newDashboard()
                onBrowseDevicesRequested: root.showDevices()
                onMessageSearchRequested: messageSearch.open()  // search (C)
                roomJid: root.roomJid
                onRoomRequested: jid => root.showRoom(jid)
                onJoinRoomRequested: joinRoomDialog.open()
                onInspectorRequested: root.showInspector()
            }

            Rectangle {
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                color: Theme.divider
            }

            Loader {
                id: mainArea
                objectName: "mainArea"
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: root.view === "dashboard" ? dashboardComponent
                               : root.view === "devices" ? devicesComponent
                               : root.view === "inspector" ? inspectorComponent
                               : root.view === "room" ? roomComponent
                               : root.account.chats.currentChat ? chatComponent : noChatComponent
            }
        }
    }

    // Message search (qml/search, C): Ctrl+Shift+F or the sidebar's button; a result of another
    // account switches to it (its chats already show the result).
    SearchPopup {
        id: messageSearch
        accounts: root.accounts
        onAccountRequested: account => {
            root.showChats();
            if (account !== root.account)
                root.switchRequested(account);
        }
    }
    Shortcut {
        sequence: "Ctrl+Shift+F"
        onActivated: messageSearch.open()
    }
    // Unread (C): the open chat counts as read while this page shows chats in the active window.
    Binding {
        target: root.account.unread
        property: "viewActive"
        value: root.Window.active && root.view === "chats"
    }

    NameDialog {
        id: nameDialog
        dashboards: root.account.dashboards
        onCreated: index => root.showDashboard(index)
    }

    Component {
        id: dashboardComponent
        DashboardPage {
            account: root.account
            dashboard: root.account.dashboards.count > 0 ? root.account.dashboards.at(root.dashboardIndex) : null
            onBrowseRequested: root.showDevices()
            onNewDashboardRequested: root.newDashboard()
            onRenameRequested: nameDialog.openFor(root.dashboardIndex)
            onDashboardRequested: index => root.showDashboard(index)
            onCommandRequested: (jid, node) => root.commandsRequested(root.account, jid, "", node)
        }
    }

    // The device browser (qml/devices), loaded by URL.
    Component {
        id: devicesComponent
        Rectangle {
            color: Theme.chatBackground
            Loader {
                id: devicesLoader
                objectName: "devicesLoader"
                anchors.fill: parent
                Component.onCompleted: devicesLoader.setSource(Qt.resolvedUrl("devices/DiscoveryPage.qml"), { account: root.account })
            }
            Connections {
                target: devicesLoader.item
                ignoreUnknownSignals: true
                function onCommandsRequested(jid: string, name: string) {
                    root.commandsRequested(root.account, jid, name, "");
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXxl, 420)
                visible: devicesLoader.status === Loader.Error
                iconPath: DashboardIcons.sensors
                title: qsTr("The device browser is not part of this build")
                hint: qsTr("Import a dashboard file to watch devices meanwhile.")
            }
        }
    }

    Component {
        id: inspectorComponent
        InspectorPage {
            trace: root.accounts.trace
        }
    }

    JoinRoomDialog {
        id: joinRoomDialog
        rooms: root.account.rooms
        onJoined: jid => root.showRoom(jid)
    }

    Component {
        id: roomComponent
        RoomPage {
            account: root.account
            roomJid: root.roomJid
            drafts: root.drafts
        }
    }

    Component {
        id: chatComponent
        ChatPage {
            account: root.account
            drafts: root.drafts
            onCommandsRequested: (jid, name) => root.commandsRequested(root.account, jid, name, "")
        }
    }

    Component {
        id: noChatComponent
        Rectangle {
            color: Theme.chatBackground
            EmptyState {
                objectName: "noChatSelected"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXxl, 420)
                iconPath: Icons.chat
                title: qsTr("No conversation selected")
                hint: qsTr("Pick a buddy on the left to start chatting. Press Ctrl+K to search.")
            }
        }
    }
}
