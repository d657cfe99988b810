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

    // Prompts waiting for the one before them: account JIDs that need a password, and
    // "jid\nresource" of sessions whose certificate was refused. Strings, not objects: an
    // account or session removed meanwhile is simply not found any more.
    property list<string> pendingPasswords
    property list<string> pendingTrust
    // "jid\nresource\nsha256" of refusals the user cancelled: not asked about again by itself.
    property list<string> dismissedTrust
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
    readonly property bool promptOpen: passwordPrompt.visible || trustDialog.visible
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

    // Account.sessions is a QList<Session *>, a type qmllint cannot resolve: read it untyped
    // (and return it untyped: a list<Session> return type converts it to an empty list).
    function sessionsOf(owner: var): var {
        return owner.sessions;
    }

    function findSession(owner: Account, resource: string): Session {
        for (const session of window.sessionsOf(owner)) {
            if (session.resource === resource)
                return session;
        }
        return null;
    }

    function askPassword(needing: Account) {
        if (!needing || (passwordPrompt.visible && passwordPrompt.account === needing))
            return;
        if (window.pendingPasswords.indexOf(needing.jid) < 0)
            window.pendingPasswords = window.pendingPasswords.concat([needing.jid]);
        window.showNextPrompt();
    }

    // explicit: the user asked (Review certificate), so a refusal they cancelled before counts.
    function askTrust(owner: Account, session: Session, explicit: bool) {
        if (!owner || !session || session.connection.refusedCertificate.isNull)
            return;
        const key = owner.jid + "\n" + session.resource;
        if (!explicit && window.dismissedTrust.indexOf(key + "\n" + session.connection.refusedCertificate.sha256) >= 0)
            return;
        if (trustDialog.visible && trustDialog.session === session)
            return;
        if (window.pendingTrust.indexOf(key) < 0)
            window.pendingTrust = window.pendingTrust.concat([key]);
        window.showNextPrompt();
    }

    // One prompt at a time: certificates first (nothing else can help those sessions), then
    // passwords.
    function showNextPrompt() {
        if (window.promptOpen)
            return;
        while (window.pendingTrust.length > 0) {
            const key = window.pendingTrust[0];
            window.pendingTrust = window.pendingTrust.slice(1);
            const parts = key.split("\n");
            const owner = window.accounts.account(parts[0]);
            const session = owner ? window.findSession(owner, parts[1]) : null;
            if (session && session.connection.error === ConnectionError.CertificateRejected
                    && !session.connection.refusedCertificate.isNull) {
                trustDialog.account = owner;
                trustDialog.session = session;
                trustDialog.open();
                return;
            }
        }
        while (window.pendingPasswords.length > 0) {
            const jid = window.pendingPasswords[0];
            window.pendingPasswords = window.pendingPasswords.slice(1);
            const needing = window.accounts.account(jid);
            if (needing) {
                let reason = "";
                for (const session of window.sessionsOf(needing)) {
                    if (session.connection.error === ConnectionError.AuthenticationFailed)
                        reason = qsTr("The server refused the password: %1").arg(session.connection.errorMessage);
                }
                passwordPrompt.account = needing;
                passwordPrompt.reason = reason;
                passwordPrompt.open();
                return;
            }
        }
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
    Connections {
        target: window.accounts
        // An account needs a password (not remembered, or no secret store): ask for it.
        function onPasswordNeeded(needing: Account) {
            window.askPassword(needing);
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

    CertificateWatcher {
        accounts: window.accounts
        onCertificateRefused: (owner, session) => window.askTrust(owner, session, false)
    }

    PasswordPrompt {
        id: passwordPrompt
        accounts: window.accounts
        onClosed: {
            passwordPrompt.account = null;
            Qt.callLater(window.showNextPrompt);
        }
    }

    TrustDialog {
        id: trustDialog
        onRejected: {
            if (trustDialog.account && trustDialog.session) {
                window.dismissedTrust = window.dismissedTrust.concat([trustDialog.account.jid + "\n" + trustDialog.session.resource
                                                                      + "\n" + trustDialog.fingerprint]);
            }
        }
        onClosed: {
            trustDialog.session = null;
            trustDialog.account = null;
            Qt.callLater(window.showNextPrompt);
        }
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
            onTrustRequested: (owner, session) => window.askTrust(owner, session, true)
            onPasswordRequested: needing => window.askPassword(needing)
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
            onTrustRequested: (owner, session) => window.askTrust(owner, session, true)
            onPasswordRequested: needing => window.askPassword(needing)
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
