pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Linnet
import Linnet.Core

ApplicationWindow {
    id: window

    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: window.account ? qsTr("Linnet — %1").arg(window.account.jid) : qsTr("Linnet")

    // Given by the application (main.cpp): every account of the profile.
    required property AccountsModel accounts
    // The account the main page acts for; null shows the sign-in page.
    property Account account: null
    // The accounts page, over whatever the window shows (Ctrl+Shift+A; --show accounts).
    property bool accountsPageOpen: false
    // What the main page shows first: "dashboard" or "devices" (--show), applied once a main
    // page is there; "" once done.
    property string startView: ""
    // --command JID NODE [--command-values "var=value;..."]: that command opened and run once
    // the first account is online; startCommandDone once it has answered (screenshots wait).
    property string startCommandJid: ""
    property string startCommandNode: ""
    property string startCommandValues: ""
    readonly property bool startCommandDone: window.startCommandJid.length === 0
                                             || (commandsDialog.view !== null && commandsDialog.view.startDone)

    // xmpp:JID?roster (UriHandler): "jid\nname\ngroup" of an address to offer as a contact,
    // filled in for the user to confirm; "" once offered.
    property string offerContact: ""
    onOfferContactChanged: {
        if (window.offerContact.length === 0 || !window.mainPage)
            return;
        const fields = window.offerContact.split("\n");
        window.mainPage.offerContact(fields[0], fields[1] ?? "", fields[2] ?? "");
        window.offerContact = "";
    }

    // Follows the system scheme like Material.System, and also honours --theme (see Theme).
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.textPrimary
    color: Theme.background

    readonly property MainPage mainPage: stack.currentItem as MainPage
    readonly property AccountsPage accountsPage: accountsLoader.item as AccountsPage
    readonly property bool promptOpen: prompts.open
    // The chat shortcuts work while the main page is what the user sees.
    readonly property bool mainPageActive: mainPage !== null && !accountsPageOpen && !promptOpen && !commandsDialog.visible

    StackView {
        id: stack
        anchors.fill: parent
        Component.onCompleted: {
            window.account = window.accounts.firstActive();
            window.showCurrentPage(StackView.Immediate);
        }

        replaceEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 180; easing.type: Easing.OutCubic }
            NumberAnimation { property: "scale"; from: 0.985; to: 1; duration: 180; easing.type: Easing.OutCubic }
        }
        replaceExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 120 }
        }
    }

    Loader {
        id: accountsLoader
        anchors.fill: parent
        z: 1
        active: window.accountsPageOpen
        sourceComponent: accountsComponent
    }

    // The main page gets the account once, not as a binding: on sign-out the account may go
    // away while the page is still on its way out.
    function showCurrentPage(operation: int) {
        if (window.account)
            stack.replace(null, mainComponent, { account: window.account, accounts: window.accounts }, operation);
        else
            stack.replace(null, loginComponent, { accounts: window.accounts }, operation);
    }

    function switchAccount(target: Account) {
        if (target === window.account && window.mainPage !== null)
            return;
        window.account = target;
        window.showCurrentPage(StackView.ReplaceTransition);
    }

    // Another account that is meant to be online, else null.
    function otherActiveAccount(except: Account): Account {
        for (let row = 0; row < window.accounts.count; ++row) {
            const candidate = window.accounts.at(row);
            if (candidate !== except && candidate.enabled && candidate.active)
                return candidate;
        }
        return null;
    }

    function applyStartView() {
        if (!window.mainPage || window.startView.length === 0)
            return;
        if (window.startView === "dashboard")
            window.mainPage.showDashboard(0);
        else if (window.startView === "devices")
            window.mainPage.showDevices();
        else if (window.startView === "inspector")
            window.mainPage.showInspector();
        else if (window.startView.startsWith("room:"))
            window.mainPage.showRoom(window.startView.slice(5));
        else if (window.startView.startsWith("search:"))
            window.mainPage.searchMessages(window.startView.slice(7));
        window.startView = "";
    }
    onStartViewChanged: window.applyStartView()
    onMainPageChanged: {
        window.applyStartView();
        window.applyStartCommand();
    }

    // The ad-hoc commands of jid (a device, contact, server or service) as owner's account;
    // name: how the user knows it; node: a command to start at once ("" for the list).
    function openCommands(owner: Account, jid: string, name: string, node: string) {
        if (owner && jid.length > 0)
            commandsDialog.openFor(owner, jid, name, node, "");
    }

    function applyStartCommand() {
        if (window.startCommandJid.length === 0 || !window.account || commandsDialog.visible)
            return;
        commandsDialog.openFor(window.account, window.startCommandJid, "", window.startCommandNode,
                               window.startCommandValues);
    }
    onStartCommandJidChanged: window.applyStartCommand()

    function openAccountsPage() {
        window.accountsPageOpen = true;
    }

    function closeAccountsPage() {
        window.accountsPageOpen = false;
    }

    function toggleAccountsPage() {
        window.accountsPageOpen = !window.accountsPageOpen;
    }

    function addAccount(create: bool) {
        window.openAccountsPage();
        window.accountsPage?.openAddDialog(create);
    }

    // The page showing the account lets go of it first (the StackView destroys a replaced page
    // only once its exit has finished); the model deletes the account after that.
    function removeAccount(removed: Account, removeLocalData: bool) {
        if (!removed)
            return;
        const remove = () => window.accounts.removeAccount(removed, removeLocalData);
        const leaving = removed === window.account ? window.mainPage : null;
        if (removed === window.account) {
            window.account = window.otherActiveAccount(removed);
            window.showCurrentPage(StackView.Immediate);
        }
        if (leaving)
            leaving.destroying.connect(() => Qt.callLater(remove));
        else
            remove();
    }

    Connections {
        target: window.account
        function onActiveChanged() {
            if (window.account.active)
                return;
            // Signed out: another active account, else the sign-in page.
            window.account = window.otherActiveAccount(window.account);
            window.showCurrentPage(StackView.Immediate);
        }
    }
    // While the sign-in page shows, the first account that comes online (from the accounts
    // page, or started from the command line) becomes the window's.
    Instantiator {
        model: window.accounts
        delegate: Connections {
            id: onlineWatch
            required property Account account
            target: account
            function onOnlineSessionsChanged() {
                if (window.account === null && onlineWatch.account.onlineSessions > 0)
                    window.switchAccount(onlineWatch.account);
            }
        }
    }

    CommandsDialog {
        id: commandsDialog
    }

    // Certificates refused and passwords needed, asked about one at a time.
    AccountPrompts {
        id: prompts
        anchors.fill: parent
        accounts: window.accounts
    }

    Component {
        id: loginComponent
        LoginPage {
            onSignedIn: signedIn => window.switchAccount(signedIn)
            onAccountsRequested: window.openAccountsPage()
            onCreateRequested: window.addAccount(true)
        }
    }

    Component {
        id: mainComponent
        MainPage {
            onSwitchRequested: target => window.switchAccount(target)
            onAccountsPageRequested: window.openAccountsPage()
            onAddAccountRequested: window.addAccount(false)
            onTrustRequested: (owner, session) => prompts.askTrust(owner, session, true)
            onPasswordRequested: needing => prompts.askPassword(needing)
            onCommandsRequested: (owner, jid, name, node) => window.openCommands(owner, jid, name, node)
        }
    }

    Component {
        id: accountsComponent
        AccountsPage {
            accounts: window.accounts
            currentAccount: window.account
            shortcutsEnabled: !window.promptOpen
            onCloseRequested: window.closeAccountsPage()
            onOpenRequested: target => {
                window.switchAccount(target);
                window.closeAccountsPage();
            }
            onRemoveRequested: (removed, removeLocalData) => window.removeAccount(removed, removeLocalData)
            onTrustRequested: (owner, session) => prompts.askTrust(owner, session, true)
            onBrokerTrustRequested: (owner, broker) => prompts.askBrokerTrust(owner, broker, true)
            onPasswordRequested: needing => prompts.askPassword(needing)
            onServerCommandsRequested: owner => window.openCommands(owner, owner.jid.split("@").pop(), qsTr("%1's server").arg(owner.jid), "")
        }
    }

    Shortcut {
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: Qt.quit()
    }
    Shortcut {
        sequence: "Ctrl+Shift+A"
        enabled: !window.promptOpen
        onActivated: window.toggleAccountsPage()
    }
    // The main page's keys (account and presence menus, the three areas, search, moving
    // through the chats), while nothing covers it.
    MainPageShortcuts {
        page: window.mainPage
        active: window.mainPageActive
    }
}
