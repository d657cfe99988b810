pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The sidebar's Rooms section: the account's group chats (bookmarked or joined), each with
// its unread count (highlighted when a message names us), and a button to join or create one.
ColumnLayout {
    id: root

    required property RoomsController rooms
    // The room shown in the main area ("" when none).
    property string currentJid

    signal roomRequested(string jid)
    signal joinRequested()

    spacing: 0

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 1
        color: Theme.divider
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingL + Theme.spacingXs
        Layout.rightMargin: Theme.spacingS
        Layout.topMargin: Theme.spacingS
        spacing: Theme.spacingXs

        Text {
            Layout.fillWidth: true
            text: qsTr("ROOMS")
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Bold
            font.letterSpacing: 0.8
            Accessible.role: Accessible.Heading
            Accessible.name: qsTr("Rooms")
        }
        IconButton {
            objectName: "joinRoomButton"
            implicitWidth: 28
            implicitHeight: 28
            iconPath: MucIcons.add
            iconSize: 18
            toolTipText: qsTr("Join or create a room")
            onClicked: root.joinRequested()
        }
    }

    Text {
        objectName: "noRoomsHint"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingL + Theme.spacingXs
        Layout.rightMargin: Theme.spacingM
        Layout.bottomMargin: Theme.spacingS
        visible: list.count === 0
        text: qsTr("No rooms yet. Press + to join or create one.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    ListView {
        id: list
        objectName: "roomList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 5 * 40)
        Layout.bottomMargin: count > 0 ? Theme.spacingXs : 0
        model: root.rooms.model
        interactive: contentHeight > height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Rooms")

        delegate: ItemDelegate {
            id: row
            required property int index
            required property string jid
            required property string name
            required property string statusText
            required property int unread
            required property bool mentioned
            required property bool joined
            readonly property bool selected: root.currentJid === jid

            width: list.width
            implicitHeight: 40
            leftPadding: Theme.spacingM + Theme.spacingXs
            rightPadding: Theme.spacingM + Theme.spacingXs
            topPadding: 0
            bottomPadding: 0
            focusPolicy: Qt.TabFocus
            highlighted: selected
            Accessible.role: Accessible.ListItem
            Accessible.name: unread > 0 ? qsTr("%1, %2, %n unread", "", unread).arg(name).arg(statusText)
                                        : qsTr("%1, %2").arg(name).arg(statusText)
            Accessible.selectable: true
            Accessible.selected: selected
            onClicked: root.roomRequested(jid)
            Keys.onReturnPressed: root.roomRequested(jid)
            Keys.onEnterPressed: root.roomRequested(jid)

            contentItem: RowLayout {
                spacing: Theme.spacingM
                Icon {
                    Layout.leftMargin: 2
                    path: MucIcons.group
                    size: 18
                    color: row.selected ? Theme.accent : row.joined ? Theme.textSecondary : Theme.textTertiary
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: row.name
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: row.selected ? Theme.accent : Theme.textPrimary
                        font.pixelSize: Theme.fontBody
                        font.weight: row.unread > 0 || row.selected ? Font.DemiBold : Font.Medium
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.statusText
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: Theme.textTertiary
                        font.pixelSize: Theme.fontCaption
                    }
                }
                Badge {
                    count: row.unread
                    color: row.mentioned ? Theme.danger : Theme.accentStrong
                }
            }
            background: Rectangle {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingS
                anchors.rightMargin: Theme.spacingS
                radius: Theme.radiusS
                color: row.selected ? Theme.selected : row.down ? Theme.divider : row.hovered ? Theme.hover : "transparent"
                border.width: row.visualFocus || row.activeFocus ? 2 : 0
                border.color: Theme.focusRing
            }
        }
    }
}
