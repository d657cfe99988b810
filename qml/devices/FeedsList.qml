pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The account's subscribed feeds: title, node, which session receives it, the subscription's
// state, whether the device is online, health warnings, the last reading and the rate.
ListView {
    id: root

    required property Account account
    // The ad-hoc commands of a feed's device.
    signal commandsRequested(string jid, string name)

    property string emptyHint: qsTr("Subscribe to a node or a device in Discover devices.")

    function stateText(state: int, error: string): string {
        switch (state) {
        case FeedsModel.Subscribing:
            return error.length > 0 ? error : qsTr("Subscribing…");
        case FeedsModel.Failed:
            return qsTr("Failed: %1").arg(error);
        }
        return qsTr("Subscribed");
    }

    objectName: "feedsList"
    model: account.devices.feeds
    clip: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Subscribed feeds")
    ScrollBar.vertical: ScrollBar {}

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 320)
        visible: root.count === 0
        objectName: "noFeeds"
        iconPath: DashboardIcons.sensors
        title: qsTr("No feeds yet")
        hint: root.emptyHint
    }

    Keys.onDeletePressed: {
        const feeds = root.account.devices.feeds;
        const index = feeds.index(root.currentIndex, 0);
        if (root.currentIndex >= 0)
            root.account.devices.unsubscribe(feeds.data(index, FeedsModel.ServiceRole), feeds.data(index, FeedsModel.NodeRole));
    }

    delegate: Rectangle {
        id: row

        required property int index
        required property string service
        required property string node
        required property string title
        required property string deviceJid
        required property string resource
        // "state" would clash with Item.state: the role is read through the model object.
        required property var model
        readonly property int feedState: model.state
        required property string error
        required property bool nodeAvailable
        required property string warning
        required property date lastReading
        required property real rate

        readonly property string summary: [
            root.stateText(feedState, error),
            resource.length > 0 ? qsTr("only %1").arg(resource) : qsTr("every session"),
            nodeAvailable ? "" : qsTr("device offline"),
            rate > 0 ? qsTr("%1/s").arg(rate.toLocaleString(Qt.locale(), "f", 1)) : "",
            isNaN(lastReading.getTime()) ? "" : qsTr("last %1").arg(lastReading.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
        ].filter(part => part.length > 0).join(" · ")

        width: ListView.view.width
        implicitHeight: column.implicitHeight + 2 * Theme.spacingM
        color: ListView.isCurrentItem && root.activeFocus ? Theme.selected : "transparent"
        Accessible.role: Accessible.ListItem
        Accessible.name: title + ", " + summary + (warning.length > 0 ? ", " + warning : "")

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingM

            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 6
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: row.feedState === FeedsModel.Failed ? Theme.danger
                     : !row.nodeAvailable ? Theme.presenceOffline
                     : row.feedState === FeedsModel.Subscribed ? Theme.presenceOnline : Theme.presenceAway
            }
            ColumnLayout {
                id: column
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: row.title
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: row.nodeAvailable ? Theme.textPrimary : Theme.textTertiary
                    font.pixelSize: Theme.fontBody
                }
                Text {
                    Layout.fillWidth: true
                    text: row.summary
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: row.feedState === FeedsModel.Failed ? Theme.danger : Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
                Rectangle {
                    objectName: "feedWarning"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingXs
                    visible: row.warning.length > 0
                    implicitWidth: warningText.implicitWidth + 2 * Theme.spacingS
                    implicitHeight: warningText.implicitHeight + 2 * Theme.spacingXs + 2
                    radius: Theme.radiusS
                    color: Theme.warningSurface
                    Text {
                        id: warningText
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.spacingS
                        anchors.rightMargin: Theme.spacingS
                        text: "⚠ " + row.warning
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.warning
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Medium
                    }
                }
            }
            IconButton {
                objectName: "feedCommandsButton"
                Layout.alignment: Qt.AlignTop
                visible: row.deviceJid.length > 0
                implicitWidth: 32
                implicitHeight: 32
                iconPath: CommandIcons.terminal
                iconSize: 16
                toolTipText: qsTr("Commands of %1…").arg(row.title)
                onClicked: root.commandsRequested(row.deviceJid, row.title)
            }
            IconButton {
                Layout.alignment: Qt.AlignTop
                implicitWidth: 32
                implicitHeight: 32
                iconPath: Icons.close
                iconSize: 16
                toolTipText: qsTr("Unsubscribe from %1").arg(row.title)
                onClicked: root.account.devices.unsubscribe(row.service, row.node)
            }
        }
    }
}
