import QtQuick
import QtQuick.Controls
import Linnet

// A tile's menu (its ⋮ button, or the Menu key): edit, the command history of a command tile,
// export, remove. As wide as its longest entry, so no translation is cut short.
Menu {
    id: root

    property bool isCommand: false
    property bool canExportCsv: false

    signal editRequested()
    signal commandHistoryRequested()
    signal exportCsvRequested()
    signal exportPngRequested()
    signal removeRequested()

    objectName: "tileMenu"
    background: PopupBackground {}
    width: {
        let widest = 0;
        for (let i = 0; i < root.count; ++i)
            widest = Math.max(widest, root.itemAt(i)?.implicitWidth ?? 0);
        return Math.max(200, widest + root.leftPadding + root.rightPadding);
    }

    MenuItem {
        text: root.isCommand ? qsTr("Edit command tile…") : qsTr("Edit series and thresholds…")
        Accessible.name: text
        onTriggered: root.editRequested()
    }
    MenuItem {
        objectName: "commandHistoryItem"
        // A hidden item would still take its row in the menu.
        visible: root.isCommand
        height: visible ? implicitHeight : 0
        text: qsTr("Command history…")
        Accessible.name: text
        onTriggered: root.commandHistoryRequested()
    }
    MenuItem {
        text: qsTr("Export data as CSV…")
        Accessible.name: text
        enabled: root.canExportCsv
        onTriggered: root.exportCsvRequested()
    }
    MenuItem {
        objectName: "exportPngItem"
        text: qsTr("Export image as PNG…")
        Accessible.name: text
        onTriggered: root.exportPngRequested()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "removeTileItem"
        text: qsTr("Remove tile")
        Accessible.name: text
        onTriggered: root.removeRequested()
    }
}
