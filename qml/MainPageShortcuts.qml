import QtQuick

// The keyboard shortcuts of the main page (Main.qml turns them off while a prompt, a dialog or
// the accounts page covers it).
Item {
    id: root

    required property MainPage page
    required property bool active

    Shortcut {
        sequence: "Ctrl+Shift+S"
        enabled: root.active
        onActivated: root.page?.openAccountMenu()
    }
    Shortcut {
        sequence: "Ctrl+Shift+P"
        enabled: root.active
        onActivated: root.page?.openPresenceMenu()
    }
    // The main area: chats, the dashboards, the device browser.
    Shortcut {
        sequence: "Ctrl+1"
        enabled: root.active
        onActivated: root.page?.showChats()
    }
    Shortcut {
        sequence: "Ctrl+2"
        enabled: root.active
        onActivated: root.page?.showDashboard(-1)
    }
    Shortcut {
        sequence: "Ctrl+3"
        enabled: root.active
        onActivated: root.page?.showDevices()
    }
    Shortcut {
        sequence: "Ctrl+Shift+I"
        enabled: root.active
        onActivated: root.page?.showInspector()
    }
    Shortcut {
        sequences: ["Ctrl+K", "Ctrl+F"]
        enabled: root.active
        onActivated: root.page?.focusSearch()
    }
    // Settings and About (qml/settings).
    Shortcut {
        sequence: "Ctrl+,"
        enabled: root.active
        onActivated: root.page?.openSettings()
    }
    Shortcut {
        sequence: "F1"
        enabled: root.active
        onActivated: root.page?.openAbout()
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.active
        onActivated: root.page?.handleEscape()
    }
    Shortcut {
        sequences: ["Ctrl+Tab", "Alt+Down"]
        enabled: root.active
        onActivated: root.page?.openRelative(1)
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Tab", "Ctrl+Backtab", "Alt+Up"]
        enabled: root.active
        onActivated: root.page?.openRelative(-1)
    }
}
