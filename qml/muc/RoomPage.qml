pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One group chat: a header with the room's name, subject and how many are in it, the
// conversation (the chat view's MessageList on the room's ChatModel: nicks, colours and
// mentions come from its roles), the occupants beside it, and a composer sending to the room.
Rectangle {
    id: root

    required property Account account
    required property string roomJid
    // Drafts by JID (MainPage's, shared with the 1:1 chats).
    property var drafts: ({})

    // Looked up again when rooms come and go: the page may open before its room exists (a
    // join at start, or a bookmark still loading).
    readonly property Room room: account.rooms.model.count >= 0 ? account.rooms.room(roomJid) : null
    readonly property ChatModel chat: room ? account.rooms.conversation(roomJid) : null
    property bool showOccupants: true

    color: Theme.chatBackground

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header: name, subject, state; occupants toggle and leave.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.headerHeight
            color: Theme.background

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingS
                spacing: Theme.spacingS

                Icon {
                    path: MucIcons.group
                    size: 28
                    color: Theme.accent
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        objectName: "roomTitle"
                        Layout.fillWidth: true
                        text: root.room ? root.room.name : ""
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        objectName: "roomSubtitle"
                        Layout.fillWidth: true
                        text: !root.room ? "" : root.room.subject.length > 0
                              ? qsTr("%1 · %2").arg(root.room.statusText).arg(root.room.subject) : root.room.statusText
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: root.room && root.room.state === Room.Failed ? Theme.danger : Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: text
                    }
                }
                IconButton {
                    objectName: "occupantsToggle"
                    iconPath: MucIcons.people
                    iconColor: root.showOccupants ? Theme.accent : Theme.textSecondary
                    toolTipText: root.showOccupants ? qsTr("Hide who is in the room") : qsTr("Show who is in the room")
                    onClicked: root.showOccupants = !root.showOccupants
                }
                IconButton {
                    objectName: "leaveRoomButton"
                    visible: root.room && root.room.state !== Room.NotJoined && root.room.state !== Room.Failed
                    iconPath: MucIcons.leave
                    toolTipText: qsTr("Leave the room")
                    onClicked: root.account.rooms.leave(root.roomJid)
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        Banner {
            objectName: "roomNotJoinedBanner"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            visible: root.room !== null && (root.room.state === Room.NotJoined || root.room.state === Room.Failed)
            tone: root.room && root.room.state === Room.Failed ? Banner.Error : Banner.Warning
            text: root.room && root.room.state === Room.Failed ? root.room.error
                  : qsTr("You are not in this room. Its messages you have are below.")
            actionText: qsTr("Join")
            onActionTriggered: root.account.rooms.join(root.roomJid, root.room.nick)
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            MessageList {
                id: messages
                Layout.fillWidth: true
                Layout.fillHeight: true
                chat: root.chat
                peerName: root.room ? root.room.name : ""
                account: root.account
            }
            Rectangle {
                visible: occupantsPanel.visible
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                color: Theme.divider
            }
            OccupantsPanel {
                id: occupantsPanel
                visible: root.showOccupants && root.width > 640
                Layout.preferredWidth: 240
                Layout.fillHeight: true
                occupants: root.room ? root.room.occupants : null
            }
        }

        Composer {
            id: composer
            objectName: "roomComposer"
            Layout.fillWidth: true
            jid: root.roomJid
            peerName: root.room ? root.room.name : ""
            drafts: root.drafts
            canShareFiles: false  // rooms have no upload path yet
            enabled: root.room !== null && root.room.joined
            onSendRequested: text => {
                if (root.account.rooms.sendMessage(root.roomJid, text)) {
                    composer.clear();
                    messages.scrollToEnd();
                }
            }
        }
    }

    Component.onCompleted: {
        root.account.rooms.openRoom(root.roomJid);
        composer.focusInput();
    }
    onRoomJidChanged: root.account.rooms.openRoom(root.roomJid)
    Component.onDestruction: root.account.rooms.closeRoom()
}
