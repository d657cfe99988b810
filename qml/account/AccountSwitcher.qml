pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The account the window acts for, as a button at the top of the sidebar; its menu lists every
// account of the profile (pick one to switch) and leads to the accounts page.
AbstractButton {
    id: root

    required property Account account
    required property AccountsModel accounts

    signal switchRequested(Account account)
    signal accountsPageRequested()
    signal addAccountRequested()

    function openMenu() {
        menu.open();
        menu.currentIndex = 0;
    }

    implicitHeight: 56
    leftPadding: Theme.spacingXs
    rightPadding: Theme.spacingXs
    Accessible.role: Accessible.ButtonMenu
    Accessible.name: qsTr("Account: %1, %2. Switch account (Ctrl+Shift+S)").arg(root.account.displayName).arg(root.account.jid)
                     + (otherUnread.total > 0 ? " " + qsTr("%n unread message(s) in other accounts", "", otherUnread.total) : "")
    onClicked: openMenu()

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Avatar {
            size: 42
            source: root.account.roster.ownAvatarUrl
            initials: ContactLook.initials(root.account.displayName)
            color: ContactLook.color(root.account.jid)
            showPresence: true
            availability: root.account.onlineSessions > 0 ? root.account.mainSession.presence.availability : Presence.Offline
            ringColor: Theme.sidebar
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1

            Text {
                objectName: "accountName"
                Layout.fillWidth: true
                text: root.account.displayName
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontTitle + 1
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: root.account.jid
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }

        // Unread (C): what waits in the other accounts.
        Badge {
            objectName: "otherAccountsUnread"
            count: otherUnread.total
        }

        Icon {
            path: AccountIcons.unfold
            size: 18
            color: Theme.textSecondary
        }
    }

    UnreadSummary {  // unread (C)
        id: otherUnread
        accounts: root.accounts
        except: root.account
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: root.down || menu.visible ? Theme.selected : root.hovered ? Theme.hover : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    Menu {
        id: menu
        objectName: "accountMenu"
        y: root.height + 4
        width: Math.max(root.width, 280)
        topPadding: Theme.spacingXs + 2
        bottomPadding: Theme.spacingXs + 2
        background: PopupBackground {}

        Repeater {
            model: root.accounts
            delegate: MenuItem {
                id: accountItem
                required property Account account
                required property string jid
                required property string displayName
                required property int onlineSessions
                required property int sessionCount
                readonly property bool current: account === root.account

                implicitHeight: 52
                text: displayName
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: current
                Accessible.name: qsTr("%1, %2, %3 of %4 sessions online").arg(displayName).arg(jid).arg(onlineSessions).arg(sessionCount)
                                 + (unreadCount > 0 ? ", " + qsTr("%n unread message(s)", "", unreadCount) : "")
                readonly property int unreadCount: account ? account.unread.total : 0  // unread (C)
                onTriggered: root.switchRequested(account)

                contentItem: RowLayout {
                    spacing: Theme.spacingM
                    Avatar {
                        size: 30
                        initials: ContactLook.initials(accountItem.displayName)
                        color: ContactLook.color(accountItem.jid)
                        opacity: accountItem.onlineSessions > 0 ? 1 : 0.5
                        showPresence: accountItem.onlineSessions > 0
                        availability: Presence.Online
                        ringColor: Theme.surfaceRaised
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: accountItem.displayName
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            color: Theme.textPrimary
                            font.pixelSize: Theme.fontBody
                            font.weight: accountItem.current ? Font.DemiBold : Font.Normal
                        }
                        Text {
                            Layout.fillWidth: true
                            text: accountItem.account && !accountItem.account.enabled ? qsTr("%1 · turned off").arg(accountItem.jid)
                                : qsTr("%1 · %2/%3 online").arg(accountItem.jid).arg(accountItem.onlineSessions).arg(accountItem.sessionCount)
                            textFormat: Text.PlainText
                            elide: Text.ElideMiddle
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Badge {  // unread (C)
                        count: accountItem.unreadCount
                    }
                    Icon {
                        visible: accountItem.current
                        path: Icons.check
                        size: 18
                        color: Theme.accent
                    }
                }
            }
        }

        MenuSeparator {}

        MenuItem {
            id: addItem
            objectName: "addAccountItem"
            text: qsTr("Add account…")
            Accessible.name: text
            onTriggered: root.addAccountRequested()

            contentItem: Text {
                text: addItem.text
                textFormat: Text.PlainText
                color: Theme.textPrimary
                font.pixelSize: Theme.fontBody
                verticalAlignment: Text.AlignVCenter
            }
        }
        MenuItem {
            objectName: "manageAccountsItem"
            text: qsTr("Manage accounts…")
            Accessible.name: qsTr("Manage accounts (Ctrl+Shift+A)")
            onTriggered: root.accountsPageRequested()

            contentItem: RowLayout {
                spacing: Theme.spacingM
                Text {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    text: qsTr("Manage accounts…")
                    textFormat: Text.PlainText
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                }
                Text {
                    text: qsTr("Ctrl+Shift+A")
                    textFormat: Text.PlainText
                    color: Theme.textTertiary
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
    }
}
