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
        title: qsTr("No feeds yet")
        hint: qsTr("Subscribe to a node or a device in Discover devices.")
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
        implicitHeight: column.implicitHeight + 2 * Theme.spacingS
        color: ListView.isCurrentItem ? Theme.selected : "transparent"
        Accessible.role: Accessible.ListItem
        Accessible.name: title + ", " + summary + (warning.length > 0 ? ", " + warning : "")

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingS

            Rectangle {
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
                Text {
                    Layout.fillWidth: true
                    visible: row.warning.length > 0
                    text: row.warning
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                }
            }
            IconButton {
                iconPath: Icons.close
                iconSize: 16
                toolTipText: qsTr("Unsubscribe from %1").arg(row.title)
                onClicked: root.account.devices.unsubscribe(row.service, row.node)
            }
        }
    }
}
