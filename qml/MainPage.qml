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

    title: qsTr("Chats")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ConnectionBanner {
            Layout.fillWidth: true
            connection: root.account.mainSession.connection
            onSignOutRequested: root.account.disconnectAll()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Sidebar {
                id: sidebar
                Layout.preferredWidth: Theme.sidebarWidth
                Layout.fillHeight: true
                account: root.account
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
        }
    }

    Component {
        id: noChatComponent
        Rectangle {
            color: Theme.chatBackground
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXxl, 420)
                iconPath: Icons.chat
                title: qsTr("No conversation selected")
                hint: qsTr("Pick a buddy on the left to start chatting. Press Ctrl+K to search.")
            }
        }
    }
}
