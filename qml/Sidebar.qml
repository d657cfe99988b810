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

        SearchField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Layout.topMargin: Theme.spacingXs
            Layout.bottomMargin: Theme.spacingS
            placeholderText: qsTr("Search buddies")
            shortcutHint: qsTr("Ctrl+K")
            onMoveDown: roster.focusList()
            onAccepted: roster.openFirst()
        }

        RosterList {
            id: roster
            Layout.fillWidth: true
            Layout.fillHeight: true
            account: root.account
            filterText: search.text
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
    }
}
