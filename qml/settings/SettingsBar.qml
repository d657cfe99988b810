import QtQuick
import QtQuick.Layouts
import Linnet

// The foot of the sidebar: Settings (Ctrl+,) and About (F1), and the two dialogs they open;
// the protocol inspector (Ctrl+Shift+I), which the main page shows.
RowLayout {
    id: root

    signal inspectorRequested()

    // Material "settings" and "info" icons (24 px grid).
    readonly property string gearIcon: "M19.14 12.94c.04-.3.06-.61.06-.94 0-.32-.02-.64-.07-.94l2.03-1.58c.18-.14.23-.41.12-.61l-1.92-3.32c-.12-.22-.37-.29-.59-.22l-2.39.96c-.5-.38-1.03-.7-1.62-.94l-.36-2.54c-.04-.24-.24-.41-.48-.41h-3.84c-.24 0-.43.17-.47.41l-.36 2.54c-.59.24-1.13.57-1.62.94l-2.39-.96c-.22-.08-.47 0-.59.22L2.74 8.87c-.12.21-.08.47.12.61l2.03 1.58c-.05.3-.09.63-.09.94s.02.64.07.94l-2.03 1.58c-.18.14-.23.41-.12.61l1.92 3.32c.12.22.37.29.59.22l2.39-.96c.5.38 1.03.7 1.62.94l.36 2.54c.05.24.24.41.48.41h3.84c.24 0 .44-.17.47-.41l.36-2.54c.59-.24 1.13-.56 1.62-.94l2.39.96c.22.08.47 0 .59-.22l1.92-3.32c.12-.22.07-.47-.12-.61l-2.01-1.58zM12 15.6c-1.98 0-3.6-1.62-3.6-3.6s1.62-3.6 3.6-3.6 3.6 1.62 3.6 3.6-1.62 3.6-3.6 3.6z"
 // Material "bug report".
    readonly property string inspectorIcon: "M20 8h-2.81c-.45-.78-1.07-1.45-1.82-1.96L17 4.41 15.59 3l-2.17 2.17C12.96 5.06 12.49 5 12 5s-.96.06-1.41.17L8.41 3 7 4.41l1.62 1.63C7.88 6.55 7.26 7.22 6.81 8H4v2h2.09c-.05.33-.09.66-.09 1v1H4v2h2v1c0 .34.04.67.09 1H4v2h2.81c1.04 1.79 2.97 3 5.19 3s4.15-1.21 5.19-3H20v-2h-2.09c.05-.33.09-.66.09-1v-1h2v-2h-2v-1c0-.34-.04-.67-.09-1H20V8zm-6 8h-4v-2h4v2zm0-4h-4v-2h4v2z"
    readonly property string infoIcon: "M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z"

    function openSettings() {
        settingsDialog.open();
    }

    function openAbout() {
        aboutDialog.open();
    }

    spacing: Theme.spacingXs

    IconButton {
        objectName: "settingsButton"
        Layout.leftMargin: Theme.spacingS
        iconPath: root.gearIcon
        toolTipText: qsTr("Settings (Ctrl+,)")
        onClicked: root.openSettings()
    }
    IconButton {
        objectName: "aboutButton"
        iconPath: root.infoIcon
        toolTipText: qsTr("About Linnet (F1)")
        onClicked: root.openAbout()
    }
    IconButton {
        objectName: "inspectorButton"
        iconPath: root.inspectorIcon
        toolTipText: qsTr("Protocol inspector (Ctrl+Shift+I)")
        onClicked: root.inspectorRequested()
    }
    Item {
        Layout.fillWidth: true
    }

    SettingsDialog {
        id: settingsDialog
    }
    AboutDialog {
        id: aboutDialog
    }
}
