pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The top of the sidebar: which account the window acts for (switchable), its sessions with
// their state, the presence of the chosen session, and the account's other online resources.
Item {
    id: root

    required property Account account
    required property AccountsModel accounts

    signal switchRequested(Account account)
    signal accountsPageRequested()
    signal addAccountRequested()

    // Not list<Session>: Qt 6.8 copies a QQmlListProperty into a typed list as empty.
    readonly property var sessions: root.account.sessions

    // The session the presence selector acts for: the one picked, else the main session.
    property Session chosenSession: null
    readonly property Session presenceSession: chosenSession ?? account.mainSession

    function openAccountMenu() {
        switcher.openMenu();
    }

    function openPresenceMenu() {
        presenceSelector.openMenu();
    }

    onAccountChanged: chosenSession = null
    implicitHeight: column.implicitHeight + Theme.spacingS + Theme.spacingS

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.topMargin: Theme.spacingS + 2
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        anchors.bottomMargin: Theme.spacingS
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: 2

            AccountSwitcher {
                id: switcher
                objectName: "accountSwitcher"
                Layout.fillWidth: true
                account: root.account
                accounts: root.accounts
                onSwitchRequested: account => root.switchRequested(account)
                onAccountsPageRequested: root.accountsPageRequested()
                onAddAccountRequested: root.addAccountRequested()
            }

            IconButton {
                objectName: "accountsPageButton"
                iconPath: AccountIcons.accounts
                toolTipText: qsTr("Accounts and sessions (Ctrl+Shift+A)")
                onClicked: root.accountsPageRequested()
            }
        }

        Flow {
            id: sessions
            objectName: "sessionChips"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXs
            Layout.rightMargin: Theme.spacingXs
            spacing: 6
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Sessions of %1").arg(root.account.jid)

            Repeater {
                model: root.sessions
                delegate: SessionChip {
                    required property Session modelData
                    session: modelData
                    accountEnabled: root.account.enabled
                    checked: modelData === root.presenceSession
                    onClicked: root.chosenSession = modelData
                }
            }
        }

        PresenceSelector {
            id: presenceSelector
            objectName: "presenceSelector"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXs
            Layout.rightMargin: Theme.spacingXs
            presence: root.presenceSession.presence
            sessionName: root.sessions.length > 1 ? root.presenceSession.resource : ""
            onSignOutRequested: root.account.disconnectAll()
        }

        // The account's own resources from other clients (this app's sessions are the chips).
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingS
            Layout.rightMargin: Theme.spacingS
            spacing: 0
            visible: others.implicitHeight > 0

            Text {
                Layout.topMargin: 2
                text: qsTr("Also signed in elsewhere")
                textFormat: Text.PlainText
                color: Theme.textTertiary
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 0.4
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Column {
                id: others
                objectName: "ownResources"
                Layout.fillWidth: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Your other devices")

                Repeater {
                    model: root.account.ownResources
                    delegate: OwnResourceRow {
                        width: others.width
                        visible: !thisApp
                    }
                }
            }
        }
    }
}
