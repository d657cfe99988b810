pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Every account of the profile with its sessions: state, connect and disconnect, resources,
// on/off, editing, removal, and adding (or creating) accounts. Escape (or the back button)
// returns to the window.
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
    signal brokerTrustRequested(Account account, string broker)
    signal passwordRequested(Account account)
    signal serverCommandsRequested(Account account)

    readonly property alias addDialog: addDialog
    readonly property alias removeDialog: removeDialog
    readonly property alias editDialog: editDialog
    readonly property bool dialogOpen: addDialog.visible || removeDialog.visible || editDialog.visible

    function openAddDialog(create: bool) {
        addDialog.openFor(create);
    }

    function openEditDialog(account: Account) {
        editDialog.account = account;
        editDialog.open();
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
                onClicked: root.openAddDialog(false)
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
                onEditRequested: account => root.openEditDialog(account)
                onRemoveRequested: account => root.confirmRemove(account)
                onTrustRequested: (account, session) => root.trustRequested(account, session)
                onBrokerTrustRequested: (account, broker) => root.brokerTrustRequested(account, broker)
                onPasswordRequested: account => root.passwordRequested(account)
                onServerCommandsRequested: account => root.serverCommandsRequested(account)
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

    EditAccountDialog {
        id: editDialog
        accounts: root.accounts
        onClosed: editDialog.account = null
    }

    RemoveAccountDialog {
        id: removeDialog
        onRemoveConfirmed: (account, removeLocalData) => root.removeRequested(account, removeLocalData)
        onClosed: removeDialog.account = null
    }

    Shortcut {
        sequences: ["Ctrl+N"]
        enabled: root.visible && root.shortcutsEnabled && !root.dialogOpen
        onActivated: root.openAddDialog(false)
    }
    Shortcut {
        sequences: ["Escape", "Alt+Left"]
        enabled: root.visible && root.shortcutsEnabled && !root.dialogOpen
        onActivated: root.closeRequested()
    }

    // What can change of an account: display name, where it connects, an extra CA, and whether
    // the keychain keeps its password. Not the address: that would be another account. Enter
    // saves, Escape cancels. (Inline here: the page is its only user.)
    component EditAccountDialog: AccountDialog {
        id: editRoot

        required property AccountsModel accounts
        property Account account: null
        property string errorText

        readonly property alias nameField: nameField
        readonly property alias connection: connection
        readonly property TextField hostField: connection.hostField
        readonly property TextField portField: connection.portField
        readonly property alias caField: caField
        readonly property alias rememberBox: rememberBox
        readonly property alias saveButton: saveButton

        function submit() {
            if (!editRoot.account)
                return;
            // The address's problem shows under its field already.
            if (connection.endpointProblem.length > 0) {
                connection.endpointField.forceActiveFocus();
                return;
            }
            const port = editRoot.portField.text.length > 0 ? parseInt(editRoot.portField.text, 10) : 0;
            if (!editRoot.accounts.updateAccount(editRoot.account, nameField.text, editRoot.hostField.text, port,
                                                 rememberBox.checked, caField.text)
                || !AccountTransport.apply(editRoot.account, connection.transport, connection.endpointField.text)) {
                editRoot.errorText = editRoot.accounts.editError;
                return;
            }
            editRoot.errorText = "";
            editRoot.accept();
        }

        objectName: "editAccountDialog"
        heading: editRoot.account ? qsTr("Edit %1").arg(editRoot.account.jid) : ""
        message: qsTr("Sessions online now stay connected: a new server, port or transport is used from their next connect.")

        onAboutToShow: {
            const account = editRoot.account;
            nameField.text = account ? account.displayName : "";
            editRoot.hostField.text = account ? account.host : "";
            editRoot.portField.text = account && account.port > 0 ? String(account.port) : "";
            connection.showTransport(AccountTransport.kindOf(account), AccountTransport.endpointOf(account));
            caField.text = account ? account.caCertificatesFile : "";
            rememberBox.checked = account ? account.rememberPassword : true;
            editRoot.errorText = "";
        }
        onOpened: {
            nameField.forceActiveFocus();
            nameField.selectAll();
        }

        // Enter anywhere in the form saves (text fields pass Return on after their own use of it).
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Keys.onReturnPressed: editRoot.submit()
            Keys.onEnterPressed: editRoot.submit()

            TextField {
                id: nameField
                objectName: "editNameField"
                Layout.fillWidth: true
                placeholderText: qsTr("Display name")
                maximumLength: 200
                Accessible.name: qsTr("Display name; empty shows the user part of the address")
                onTextChanged: editRoot.errorText = ""
            }
            AdvancedSettings {
                id: connection
                objectName: "editConnection"
                Layout.fillWidth: true
                collapsible: false
                transportShown: true
                onEdited: editRoot.errorText = ""
            }
            TextField {
                id: caField
                objectName: "editCaField"
                Layout.fillWidth: true
                placeholderText: qsTr("Extra CA certificate file, PEM (optional)")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Path of an extra CA certificate file to trust for this account, optional")
                onTextChanged: editRoot.errorText = ""
            }
            CheckBox {
                id: rememberBox
                objectName: "editRememberBox"
                Layout.leftMargin: -Theme.spacingS
                text: qsTr("Remember the password (in the system keychain)")
                Accessible.name: text
            }
            Text {
                objectName: "editRememberHint"
                Layout.fillWidth: true
                Layout.topMargin: -Theme.spacingM
                Layout.leftMargin: rememberBox.indicator.width + Theme.spacingXs
                visible: editRoot.account !== null && editRoot.account.rememberPassword !== rememberBox.checked
                text: rememberBox.checked
                      ? qsTr("The password goes to the keychain now if Linnet knows it, else at the next sign-in.")
                      : qsTr("The saved password is deleted from the keychain; Linnet asks for it at the next start.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textTertiary
                font.pixelSize: Theme.fontSmall + 1
            }
            Banner {
                objectName: "editAccountError"
                Layout.fillWidth: true
                visible: editRoot.errorText.length > 0
                tone: Banner.Error
                text: editRoot.errorText
            }
            Banner {
                Layout.fillWidth: true
                visible: editRoot.accounts.keychainProblem.length > 0 && rememberBox.checked
                tone: Banner.Warning
                iconPath: AccountIcons.warning
                text: editRoot.accounts.keychainProblem
            }
        }

        buttons: [
            Button {
                objectName: "editAccountCancel"
                flat: true
                implicitHeight: 40
                topInset: 0
                bottomInset: 0
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel editing (Esc)")
                onClicked: editRoot.reject()
            },
            PrimaryButton {
                id: saveButton
                objectName: "editAccountSave"
                implicitHeight: 40
                text: qsTr("Save")
                Accessible.name: editRoot.account ? qsTr("Save the changes to %1 (Enter)").arg(editRoot.account.jid) : text
                onClicked: editRoot.submit()
            }
        ]
    }
}
