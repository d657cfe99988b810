import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// The command view (CommandsView) over the window, for whichever page asked: a device row, a
// contact's chat, the account's server, a service in the discovery tree. Each opening starts
// afresh. Escape cancels a running command first, then closes.
Popup {
    id: root

    // The view while open (null when closed).
    readonly property CommandsView view: loader.item as CommandsView

    // node: run that command at once; values: "var=value;..." for its first form (screenshots).
    function openFor(account: Account, jid: string, name: string, node: string, values: string) {
        loader.active = false;
        const properties = { account: account, jid: jid, startNode: node ?? "", startValues: values ?? "" };
        if (name.length > 0)
            properties.entityName = name;  // else the view's default: the roster name
        loader.setSource(Qt.resolvedUrl("CommandsView.qml"), properties);
        loader.active = true;
        root.open();
    }

    objectName: "commandsDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 2 * Theme.spacingXl, 1120) : 1120
    height: parent ? Math.min(parent.height - 2 * Theme.spacingXl, 760) : 720
    modal: true
    focus: true
    padding: 0
    // Escape goes to the view first (a running command is canceled before anything closes).
    closePolicy: Popup.NoAutoClose

    background: PopupBackground {
        radius: Theme.radiusL
        color: Theme.chatBackground
    }
    Overlay.modal: Rectangle {
        color: Theme.dark ? "#A6000000" : "#73101828"
    }

    contentItem: Item {
        clip: true
        Accessible.role: Accessible.Dialog
        Accessible.name: root.view ? qsTr("Commands of %1").arg(root.view.entityName) : qsTr("Commands")
        Loader {
            id: loader
            objectName: "commandsLoader"
            anchors.fill: parent
            anchors.margins: 1
            focus: true
            active: false
        }
        Connections {
            target: root.view
            function onCloseRequested() { root.close(); }
        }
    }
    onClosed: loader.active = false
}
