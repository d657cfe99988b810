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
    title: AccountManager.loggedIn && AccountManager.current
           ? qsTr("Linnet — %1").arg(AccountManager.current.jid) : qsTr("Linnet")

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
        Component.onCompleted: window.showCurrentPage(StackView.Immediate)

        replaceEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 180; easing.type: Easing.OutCubic }
            NumberAnimation { property: "scale"; from: 0.985; to: 1; duration: 180; easing.type: Easing.OutCubic }
        }
        replaceExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 120 }
        }
    }

    // The main page gets the account once, not as a binding: on logout the account goes away
    // while the page is still on its way out.
    function showCurrentPage(operation: int) {
        if (AccountManager.loggedIn && AccountManager.current)
            stack.replace(null, mainComponent, { account: AccountManager.current }, operation);
        else
            stack.replace(null, loginComponent, {}, operation);
    }

    Connections {
        target: AccountManager
        function onLoggedInChanged() {
            window.showCurrentPage(AccountManager.loggedIn ? StackView.ReplaceTransition : StackView.Immediate);
        }
    }

    Component {
        id: loginComponent
        LoginPage {}
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
