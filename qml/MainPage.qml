pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The signed-in window: sidebar with the account and roster, the open chat on the right.
Page {
    id: root

    required property Account account
    required property AccountsModel accounts

    signal switchRequested(Account account)
    signal accountsPageRequested()
    signal addAccountRequested()
    signal trustRequested(Account account, Session session)
    signal passwordRequested(Account account)
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
            }

            Rectangle {
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                color: Theme.divider
            }

            Loader {
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: root.account.chats.currentChat ? chatComponent : noChatComponent
            }
        }
    }

    Component {
        id: chatComponent
        ChatPage {
            account: root.account
            drafts: root.drafts
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
