pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// The messages of the open chat, newest at the bottom. Follows new messages while the view is
// at the bottom; once the user scrolls up it stays put and offers a jump back.
Item {
    id: root

    property ChatModel chat
    property string peerName

    // Whether the view follows the newest message; only the user's scrolling changes it.
    property bool pinned: true

    function scrollToEnd() {
        pinned = true;
        list.positionViewAtEnd();
    }

    onChatChanged: {
        pinned = true;
        Qt.callLater(list.positionViewAtEnd);
    }

    ListView {
        id: list
        objectName: "messageList"
        anchors.fill: parent
        model: root.chat
        clip: true
        spacing: 0
        topMargin: Theme.spacingL
        bottomMargin: Theme.spacingM
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        cacheBuffer: 800
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Messages")

        ScrollBar.vertical: ScrollBar {
            id: scrollBar
            onPressedChanged: if (!pressed) root.pinned = list.atYEnd
        }

        onMovementEnded: root.pinned = atYEnd
        onContentYChanged: if (moving || scrollBar.pressed) root.pinned = atYEnd
        onContentHeightChanged: if (root.pinned) Qt.callLater(positionViewAtEnd)
        onHeightChanged: if (root.pinned) Qt.callLater(positionViewAtEnd)

        delegate: MessageBubble {
            width: list.width
            peerName: root.peerName
        }
    }

    RoundButton {
        objectName: "jumpToLatestButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        visible: !root.pinned && !list.atYEnd
        width: 40
        height: 40
        padding: 0
        Accessible.name: qsTr("Jump to the newest message")
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: Accessible.name
        onClicked: root.scrollToEnd()

        contentItem: Item {
            Icon {
                anchors.centerIn: parent
                path: Icons.arrowDown
                size: 20
                color: Theme.textSecondary
            }
        }
        background: Rectangle {
            radius: width / 2
            color: Theme.surfaceRaised
            border.color: Theme.divider
        }
    }
}
