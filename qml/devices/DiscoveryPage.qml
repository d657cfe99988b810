pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Browses the account's server for devices: services, a PubSub service's nodes (titles, item
// counts, live rates) and the roster's devices; subscribes and unsubscribes nodes, for every
// session or bound to one. Rows load when expanded; the server and its PubSub services open by
// themselves the first time. Beside the tree (or under "Subscribed" in a narrow window) the
// subscribed feeds with their state and health warnings (FeedsList). Keys: arrows move and
// expand, Space subscribes or unsubscribes the current node, F5 reloads, Ctrl+L goes to the
// tree, Ctrl+J to the subscribed feeds.
Page {
    id: root

    required property Account account
    readonly property DiscoveryModel discovery: account.devices.discovery
    readonly property bool online: account.onlineSessions > 0
    // The resource new subscriptions are bound to; empty: every session.
    property string boundResource: ""
    // Wide enough for the tree and the subscribed feeds side by side; else one at a time.
    readonly property bool split: root.width >= 820
    property bool showFeeds: false
    readonly property FeedsModel feeds: account.devices.feeds
    // "service\nnode" → FeedHealth's warning, for the tree's rows (rebuilt when the feeds
    // change: every few seconds at most, never per reading).
    property var warnings: ({})
    readonly property int warningCount: Object.keys(root.warnings).length
    // Rows opened by themselves once (the server and its PubSub services).
    property var autoExpanded: ({})

    function updateWarnings() {
        const map = {};
        for (let i = 0; i < root.feeds.count; ++i) {
            const index = root.feeds.index(i, 0);
            const warning = root.feeds.data(index, FeedsModel.WarningRole);
            if (warning && warning.length > 0)
                map[root.feeds.data(index, FeedsModel.ServiceRole) + "\n" + root.feeds.data(index, FeedsModel.NodeRole)] = warning;
        }
        root.warnings = map;
    }

    // The server, then each PubSub service, open the first time they are listed.
    function autoExpand() {
        for (let row = 0; row < tree.rows; ++row) {
            const index = tree.index(row, 0);
            const kind = root.discovery.data(index, DiscoveryModel.KindRole);
            if (kind !== DiscoveryModel.Server && kind !== DiscoveryModel.PubSubService)
                continue;
            const key = kind + ":" + root.discovery.data(index, DiscoveryModel.JidRole);
            if (root.autoExpanded[key] || tree.isExpanded(row))
                continue;
            root.autoExpanded[key] = true;
            root.expandRow(row);
            return;  // rows move: the next one when this one has loaded
        }
    }

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

    // The ad-hoc commands of a device, server or service (the main window opens them).
    signal commandsRequested(string jid, string name)

    objectName: "discoveryPage"
    title: qsTr("Discover devices")
    background: Rectangle { color: Theme.chatBackground }
    Accessible.role: Accessible.Pane
    Accessible.name: title

    Shortcut {
        sequence: StandardKey.Refresh
        enabled: root.online
        onActivated: {
            root.autoExpanded = {};
            root.discovery.refresh();
        }
    }
    Shortcut {
        sequence: "Ctrl+L"
        onActivated: {
            root.showFeeds = false;
            tree.forceActiveFocus();
        }
    }
    Shortcut {
        sequence: "Ctrl+J"
        onActivated: {
            root.showFeeds = true;
            feedsList.forceActiveFocus();
        }
    }

    Connections {
        target: root.feeds
        function onDataChanged() { root.updateWarnings(); }
        function onRowsInserted() { root.updateWarnings(); }
        function onRowsRemoved() { root.updateWarnings(); }
        function onModelReset() { root.updateWarnings(); }
    }
    Connections {
        target: root.discovery
        function onRowsInserted() { Qt.callLater(root.autoExpand); }
        function onModelReset() { Qt.callLater(root.autoExpand); }
    }
    Component.onCompleted: {
        root.updateWarnings();
        Qt.callLater(root.autoExpand);
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
                    Layout.fillWidth: true
                    text: root.account.jid
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
            }
            // Narrow: the tree or the subscribed feeds.
            Row {
                visible: !root.split
                spacing: 2
                Button {
                    objectName: "showTreeButton"
                    flat: root.showFeeds
                    highlighted: !root.showFeeds
                    text: qsTr("Browse")
                    Accessible.name: qsTr("Browse the server (Ctrl+L)")
                    onClicked: root.showFeeds = false
                }
                Button {
                    objectName: "showFeedsButton"
                    flat: !root.showFeeds
                    highlighted: root.showFeeds
                    text: root.warningCount > 0 ? qsTr("Subscribed (%1 ⚠)").arg(root.warningCount) : qsTr("Subscribed")
                    Accessible.name: qsTr("Subscribed feeds (Ctrl+J)")
                    onClicked: root.showFeeds = true
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
                contentItem: Text {
                    leftPadding: Theme.spacingM
                    verticalAlignment: Text.AlignVCenter
                    text: sessionPicker.displayText
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                }
                onActivated: index => root.boundResource = index > 0 ? root.sessionNames()[index - 1] : ""
            }
            IconButton {
                objectName: "reloadDiscovery"
                iconPath: DashboardIcons.refresh
                toolTipText: qsTr("Reload (F5)")
                enabled: root.online
                onClicked: {
                    root.autoExpanded = {};
                    root.discovery.refresh();
                }
            }
        }
    }

    EmptyState {
        objectName: "discoveryOffline"
        anchors.centerIn: treePane
        width: Math.min(treePane.width - 2 * Theme.spacingXxl, 360)
        visible: !root.online && treePane.visible
        iconPath: Icons.cloudOff
        title: qsTr("Not connected")
        hint: qsTr("Discovery asks the server; connect a session of this account first.")
    }

    Item {
        id: treePane
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: root.split ? parent.width - feedsPane.width : parent.width
        visible: root.split || !root.showFeeds
    }

    TreeView {
        id: tree
        objectName: "discoveryTree"
        anchors.fill: treePane
        visible: root.online && treePane.visible
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
            warning: root.warnings[service + "\n" + node] ?? ""
            onToggleSubscription: (service, node, subscribe) => root.toggle(service, node, subscribe)
            onExpandRequested: row => root.expandRow(row)
            onCommandsRequested: (jid, name) => root.commandsRequested(jid, name)
        }
    }

    // The subscribed feeds: a side panel, or the whole page in a narrow window.
    Rectangle {
        id: feedsPane
        objectName: "feedsPane"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: root.split ? Math.min(380, Math.max(300, parent.width * 0.38)) : parent.width
        visible: root.split || root.showFeeds
        color: Theme.background

        Rectangle {
            visible: root.split
            width: 1
            height: parent.height
            color: Theme.divider
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: root.split ? 1 : 0
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.preferredHeight: 44
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Subscribed")
                    textFormat: Text.PlainText
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Pill {
                    objectName: "feedWarningsPill"
                    visible: root.warningCount > 0
                    text: qsTr("%n warning(s)", "", root.warningCount)
                    foreground: Theme.warning
                    fill: Theme.warningSurface
                }
                Text {
                    objectName: "feedCount"
                    text: qsTr("%n feed(s)", "", root.feeds.count)
                    textFormat: Text.PlainText
                    color: Theme.textTertiary
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: text
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 1
                color: Theme.divider
            }
            FeedsList {
                id: feedsList
                Layout.fillWidth: true
                Layout.fillHeight: true
                account: root.account
                onCommandsRequested: (jid, name) => root.commandsRequested(jid, name)
                emptyHint: root.split ? qsTr("Subscribe to a node or a device in the tree on the left.")
                                      : qsTr("Subscribe to a node or a device under Browse.")
            }
        }
    }
}
