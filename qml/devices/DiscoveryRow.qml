pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One row of the discovery tree: expander, name with what it is (service, node, device), item
// count and live rate, and for nodes and devices a subscribe / unsubscribe button.
Rectangle {
    id: root

    // TreeView's delegate properties.
    required property TreeView treeView
    required property bool isTreeNode
    required property bool expanded
    required property bool hasChildren
    required property int depth
    required property int row
    required property bool current
    // The model's roles.
    required property string name
    required property string jid
    required property string node
    required property string service
    required property int kind
    required property string category
    required property string type
    required property int itemCount
    required property real rate
    required property bool subscribed
    required property bool available
    required property bool loading
    required property string error

    readonly property bool feed: kind === DiscoveryModel.Node || kind === DiscoveryModel.Device
    // FeedHealth's warning for a subscribed node (bad payloads, flooding), "" when fine.
    property string warning: ""

    signal toggleSubscription(string service, string node, bool subscribe)
    signal expandRequested(int row)
    // The ad-hoc commands of this device, server or service.
    signal commandsRequested(string jid, string name)

    function detail(): string {
        switch (root.kind) {
        case DiscoveryModel.Server:
            return qsTr("Server");
        case DiscoveryModel.PubSubService:
            return qsTr("Publish-subscribe service · %1").arg(root.jid);
        case DiscoveryModel.Service:
            return root.category.length > 0 ? "%1/%2 · %3".arg(root.category).arg(root.type).arg(root.jid) : root.jid;
        case DiscoveryModel.Device:
            return qsTr("Device %1 · node %2").arg(root.jid).arg(root.node);
        }
        let parts = [root.node];
        if (root.itemCount >= 0)
            parts.push(qsTr("%n item(s)", "", root.itemCount));
        if (root.subscribed && root.rate > 0)
            parts.push(qsTr("%1/s").arg(root.rate.toLocaleString(Qt.locale(), "f", 1)));
        if (!root.available)
            parts.push(qsTr("device offline"));
        return parts.join(" · ");
    }

    implicitWidth: treeView.width
    implicitHeight: root.warning.length > 0 ? 68 : 52
    color: current ? Theme.selected : hover.hovered ? Theme.hover : "transparent"
    Accessible.role: Accessible.TreeItem
    Accessible.name: name + ", " + detail() + (subscribed ? ", " + qsTr("subscribed") : "")
                     + (warning.length > 0 ? ", " + qsTr("warning: %1").arg(warning) : "")

    HoverHandler { id: hover }
    TapHandler {
        onTapped: {
            root.treeView.selectionModel.setCurrentIndex(root.treeView.index(root.row, 0), ItemSelectionModel.NoUpdate);
            if (root.hasChildren)
                root.expandRequested(root.row);
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM + root.depth * Theme.spacingXl
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingS

        Icon {
            Layout.preferredWidth: 20
            opacity: root.hasChildren ? 1 : 0
            path: root.expanded ? Icons.expandMore : Icons.expandLess
            rotation: root.expanded ? 0 : 90
            color: Theme.textSecondary
        }
        Rectangle {
            visible: root.feed
            implicitWidth: 8
            implicitHeight: 8
            radius: 4
            color: root.available ? Theme.presenceOnline : Theme.presenceOffline
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Text {
                Layout.fillWidth: true
                text: root.name
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: root.available ? Theme.textPrimary : Theme.textTertiary
                font.pixelSize: Theme.fontBody
                font.weight: root.kind === DiscoveryModel.Server ? Font.DemiBold : Font.Normal
            }
            Text {
                Layout.fillWidth: true
                text: root.error.length > 0 ? root.error : root.detail()
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: root.error.length > 0 ? Theme.danger : Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            Text {
                objectName: "nodeWarning"
                Layout.fillWidth: true
                visible: root.warning.length > 0
                text: "⚠ " + root.warning
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Medium
            }
        }
        BusyIndicator {
            visible: root.loading
            running: root.loading
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            Accessible.name: qsTr("Loading")
        }
        IconButton {
            objectName: "entityCommandsButton"
            visible: root.kind !== DiscoveryModel.Node && root.jid.length > 0
            enabled: root.available
            iconPath: CommandIcons.terminal
            toolTipText: qsTr("Commands of %1…").arg(root.name)
            onClicked: root.commandsRequested(root.jid, root.name)
        }
        Button {
            visible: root.feed
            text: root.subscribed ? qsTr("Unsubscribe") : qsTr("Subscribe")
            flat: root.subscribed
            focusPolicy: Qt.TabFocus
            Accessible.name: (root.subscribed ? qsTr("Unsubscribe from %1") : qsTr("Subscribe to %1")).arg(root.name)
            onClicked: root.toggleSubscription(root.service, root.node, !root.subscribed)
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
