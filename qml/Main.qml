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

    // Follows the system scheme like Material.System, and also honours --theme (see Theme).
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.textPrimary
    color: Theme.background

    readonly property MainPage mainPage: stack.currentItem as MainPage

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

    // The main page gets the account once, not as a binding: on sign-out the account may go
    // away while the page is still on its way out.
    function showCurrentPage(operation: int) {
        if (window.account)
            stack.replace(null, mainComponent, { account: window.account }, operation);
        else
            stack.replace(null, loginComponent, { accounts: window.accounts }, operation);
    }

    Connections {
        target: window.account
        function onActiveChanged() {
            if (window.account.active)
                return;
            // Signed out: another active account, else the sign-in page.
            window.account = window.accounts.firstActive();
            window.showCurrentPage(StackView.Immediate);
        }
    }
    Connections {
        target: window.accounts
        // A restored account whose password is not known: sign in again.
        function onPasswordNeeded(needing: Account) {
            if (needing === window.account) {
                window.account = null;
                window.showCurrentPage(StackView.Immediate);
            }
        }
    }

    Component {
        id: loginComponent
        LoginPage {
            onSignedIn: signedIn => {
                window.account = signedIn;
                window.showCurrentPage(StackView.ReplaceTransition);
            }
        }
    }

    Component {
        id: mainComponent
        MainPage {}
    }

    Shortcut {
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: Qt.quit()
    }
    Shortcut {
        sequences: ["Ctrl+K", "Ctrl+F"]
        enabled: window.mainPage !== null
        onActivated: window.mainPage?.focusSearch()
    }
    Shortcut {
        sequence: "Escape"
        enabled: window.mainPage !== null
        onActivated: window.mainPage?.handleEscape()
    }
    Shortcut {
        sequences: ["Ctrl+Tab", "Alt+Down"]
        enabled: window.mainPage !== null
        onActivated: window.mainPage?.openRelative(1)
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Tab", "Ctrl+Backtab", "Alt+Up"]
        enabled: window.mainPage !== null
        onActivated: window.mainPage?.openRelative(-1)
    }
}
