pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Every account of the profile with its sessions: state, connect and disconnect, resources,
// on/off, removal, and adding accounts. Escape (or the back button) returns to the window.
Page {
    id: root

    required property AccountsModel accounts
    // The account the main window shows (marked; others can be shown instead).
    property Account currentAccount: null
    // Off while the window shows a prompt of its own over the page.
    property bool shortcutsEnabled: true

    signal closeRequested()
    signal openRequested(Account account)
    signal removeRequested(Account account, bool removeLocalData)
    signal trustRequested(Account account, Session session)
    signal passwordRequested(Account account)

    readonly property alias addDialog: addDialog
    readonly property alias removeDialog: removeDialog
    readonly property bool dialogOpen: addDialog.visible || removeDialog.visible

    function openAddDialog() {
        addDialog.open();
    }

    function confirmRemove(account: Account) {
        removeDialog.account = account;
        removeDialog.open();
    }

    objectName: "accountsPage"
    title: qsTr("Accounts")
    background: Rectangle { color: Theme.chatBackground }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Accounts")

    header: Rectangle {
        implicitHeight: Theme.headerHeight
        color: Theme.background

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingXl
            spacing: Theme.spacingM

            IconButton {
                objectName: "accountsBackButton"
                iconPath: AccountIcons.back
                toolTipText: root.currentAccount ? qsTr("Back to chats (Esc)") : qsTr("Back (Esc)")
                onClicked: root.closeRequested()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Text {
                    text: qsTr("Accounts")
                    textFormat: Text.PlainText
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Each account can be online from several resources at once, each with its own presence.")
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall + 1
                }
            }
            PrimaryButton {
                objectName: "addAccountButton"
                implicitHeight: 40
                text: qsTr("Add account")
                Accessible.name: qsTr("Add account (Ctrl+N)")
                onClicked: root.openAddDialog()
            }
        }
    }

    ListView {
        id: list
        objectName: "accountList"
        anchors.fill: parent
        model: root.accounts
        clip: true
        spacing: Theme.spacingL
        topMargin: Theme.spacingXl
        bottomMargin: Theme.spacingXl
        boundsBehavior: Flickable.StopAtBounds
        activeFocusOnTab: false
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Accounts")
        ScrollBar.vertical: ScrollBar {}

        readonly property real cardWidth: Math.min(900, width - 2 * Theme.spacingXl)

        header: Item {
            width: list.width
            height: keychainBanner.visible ? keychainBanner.height + Theme.spacingL : 0
            Banner {
                id: keychainBanner
                objectName: "keychainBanner"
                anchors.horizontalCenter: parent.horizontalCenter
                width: list.cardWidth
                visible: root.accounts.keychainProblem.length > 0
                tone: Banner.Warning
                iconPath: AccountIcons.warning
                text: root.accounts.keychainProblem
            }
        }

        delegate: Item {
            id: cardSlot
            required property Account account
            required property string jid
            required property string displayName
            required property int onlineSessions
            required property int sessionCount

            width: list.width
            height: card.implicitHeight

            AccountCard {
                id: card
                anchors.horizontalCenter: parent.horizontalCenter
                width: list.cardWidth
                account: cardSlot.account
                jid: cardSlot.jid
                displayName: cardSlot.displayName
                onlineSessions: cardSlot.onlineSessions
                sessionCount: cardSlot.sessionCount
                current: cardSlot.account === root.currentAccount
                onOpenRequested: account => root.openRequested(account)
                onRemoveRequested: account => root.confirmRemove(account)
                onTrustRequested: (account, session) => root.trustRequested(account, session)
                onPasswordRequested: account => root.passwordRequested(account)
            }
        }
    }

    EmptyState {
        objectName: "accountsEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
        visible: root.accounts.count === 0
        iconPath: AccountIcons.accounts
        title: qsTr("No accounts yet")
        hint: qsTr("Add an account you already have on any XMPP server: you need its address (like alice@example.org) and its password. Press Ctrl+N or use “Add account” above.")
    }

    AddAccountDialog {
        id: addDialog
        accounts: root.accounts
    }

    RemoveAccountDialog {
        id: removeDialog
        onRemoveConfirmed: (account, removeLocalData) => root.removeRequested(account, removeLocalData)
        onClosed: removeDialog.account = null
    }

    Shortcut {
        sequences: ["Ctrl+N"]
        enabled: root.visible && root.shortcutsEnabled && !root.dialogOpen
        onActivated: root.openAddDialog()
    }
    Shortcut {
        sequences: ["Escape", "Alt+Left"]
        enabled: root.visible && root.shortcutsEnabled && !root.dialogOpen
        onActivated: root.closeRequested()
    }
}
