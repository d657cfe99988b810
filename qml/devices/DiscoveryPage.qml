pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Browses the account's server for devices: services, a PubSub service's nodes (titles, item
// counts, live rates) and the roster's devices; subscribes and unsubscribes nodes, for every
// session or bound to one. Rows load when expanded. Keys: arrows move and expand, Space
// subscribes or unsubscribes the current node, F5 reloads.
Page {
    id: root

    required property Account account
    readonly property DiscoveryModel discovery: account.devices.discovery
    readonly property bool online: account.onlineSessions > 0
    // The resource new subscriptions are bound to; empty: every session.
    property string boundResource: ""

    function sessionNames(): list<string> {
        let names = [];
        for (let i = 0; i < root.account.sessions.length; ++i)
            names.push(root.account.sessions[i].resource);
        return names;
    }

    function toggle(service: string, node: string, subscribe: bool) {
        if (subscribe)
            root.account.devices.subscribe(service, node, root.boundResource);
        else
            root.account.devices.unsubscribe(service, node);
    }

    function expandRow(row: int) {
        const index = tree.index(row, 0);
        if (root.discovery.canFetchMore(index))
            root.discovery.fetchMore(index);
        tree.toggleExpanded(row);
    }

    objectName: "discoveryPage"
    title: qsTr("Discover devices")
    background: Rectangle { color: Theme.chatBackground }
    Accessible.role: Accessible.Pane
    Accessible.name: title

    Shortcut {
        sequence: StandardKey.Refresh
        enabled: root.online
        onActivated: root.discovery.refresh()
    }

    header: Rectangle {
        implicitHeight: Theme.headerHeight
        color: Theme.background

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingXl
            anchors.rightMargin: Theme.spacingXl
            spacing: Theme.spacingM

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Text {
                    text: root.title
                    textFormat: Text.PlainText
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                }
                Text {
                    text: root.account.jid
                    textFormat: Text.PlainText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
            }
            Text {
                text: qsTr("Receive in")
                textFormat: Text.PlainText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            ComboBox {
                id: sessionPicker
                objectName: "sessionPicker"
                model: [qsTr("Every session")].concat(root.sessionNames())
                Accessible.name: qsTr("Session that receives new subscriptions")
                onActivated: index => root.boundResource = index > 0 ? root.sessionNames()[index - 1] : ""
            }
            IconButton {
                iconPath: Icons.schedule
                toolTipText: qsTr("Reload (F5)")
                enabled: root.online
                onClicked: root.discovery.refresh()
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXxl, 360)
        visible: !root.online
        iconPath: Icons.cloudOff
        title: qsTr("Not connected")
        hint: qsTr("Discovery asks the server; connect a session of this account first.")
    }

    TreeView {
        id: tree
        objectName: "discoveryTree"
        anchors.fill: parent
        visible: root.online
        clip: true
        model: root.discovery
        keyNavigationEnabled: true
        pointerNavigationEnabled: true
        focus: true
        selectionModel: ItemSelectionModel {}
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.Tree
        Accessible.name: qsTr("Services and nodes of %1").arg(root.account.jid)
        ScrollBar.vertical: ScrollBar {}

        Keys.onSpacePressed: {
            const row = tree.currentRow;
            const index = tree.index(row, 0);
            const node = root.discovery.data(index, DiscoveryModel.NodeRole);
            if (row >= 0 && node && node.length > 0)
                root.toggle(root.discovery.data(index, DiscoveryModel.ServiceRole), node,
                            !root.discovery.data(index, DiscoveryModel.SubscribedRole));
        }
        Keys.onRightPressed: event => {
            if (tree.currentRow >= 0 && !tree.isExpanded(tree.currentRow)) {
                root.expandRow(tree.currentRow);
                event.accepted = true;
            } else {
                event.accepted = false;
            }
        }

        delegate: DiscoveryRow {
            onToggleSubscription: (service, node, subscribe) => root.toggle(service, node, subscribe)
            onExpandRequested: row => root.expandRow(row)
        }
    }
}
