pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// The messages of the open chat, newest at the bottom: a window the ChatModel pages from the
// store. Scrolling to the top loads older messages (then the server's archive); following new
// messages only while the view is at the bottom, else a "N new messages" button; a search
// result's row is brought into view and flashed.
Item {
    id: root

    property ChatModel chat
    property string peerName
    // For attachments (their downloads use the account's TLS trust).
    property var account

    // Whether the view follows the newest message; only the user's scrolling changes it.
    property bool pinned: true
    // Messages that arrived at the bottom while the user was reading further up.
    property int unseen: 0
    // Without a translation loaded qsTr's %n has no plural forms: spelled out.
    readonly property string unseenText: unseen === 1 ? qsTr("1 new message") : qsTr("%1 new messages").arg(unseen)
    // The store's row to flash after a jump (search), 0 for none.
    property real flashRowId: 0

    signal retryRequested(string messageId)

    // How close to an end (px) the next page is asked for, so it is there before the user is.
    readonly property real pagingMargin: 600

    function scrollToEnd() {
        pinned = true;
        unseen = 0;
        if (chat && !chat.atNewest)
            chat.jumpToNewest();  // the newest page comes back and positionRequested follows
        else
            list.positionViewAtEnd();
    }

    // Pages when the view comes near an end, and again once a page arrived while it is still
    // there (until the screen is full). Not on every pixel scrolled: an archive that had nothing
    // is asked again only when the user comes back to the top.
    function pageIfNearAnEnd() {
        if (!chat || !chat.loaded)
            return;
        if (list.nearTop)
            chat.loadOlder();
        if (list.nearBottom && !chat.atNewest)
            chat.loadNewer();
    }

    // Deferred: a layout pass in progress may move the view on.
    function followEnd() {
        if (!pinned)
            return;
        list.positionViewAtEnd();
        // With a header and rows of estimated height ListView may stop short of the margin.
        const end = list.originY + list.contentHeight + list.bottomMargin - list.height;
        if (!list.atYEnd && end > list.contentY)
            list.contentY = end;
    }

    onChatChanged: {
        pinned = true;
        unseen = 0;
        flashRowId = 0;
        Qt.callLater(root.followEnd);
    }

    Connections {
        target: root.chat
        // New rows at the bottom while the user reads older ones.
        function onRowsInserted(parent, first, last) {
            if (!root.pinned && root.chat.atNewest && last === root.chat.count - 1 && first > 0)
                root.unseen += last - first + 1;
        }
        function onModelReset() {
            Qt.callLater(root.pageIfNearAnEnd);
        }
        function onPositionRequested(row) {
            root.flashRowId = root.chat.atNewest && row === root.chat.count - 1 ? 0 : root.chat.rowIdAt(row);
            root.pinned = root.chat.atNewest && row === root.chat.count - 1;
            list.positionViewAtIndex(row, root.pinned ? ListView.End : ListView.Center);
            Qt.callLater(() => list.positionViewAtIndex(row, root.pinned ? ListView.End : ListView.Center));
        }
    }

    ListView {
        id: list
        objectName: "messageList"
        anchors.fill: parent
        model: root.chat
        clip: true
        spacing: 0
        topMargin: Theme.spacingS
        bottomMargin: Theme.spacingM
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        cacheBuffer: 800
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Messages")

        ScrollBar.vertical: ScrollBar {
            id: scrollBar
            Accessible.name: list.Accessible.name
            onPressedChanged: if (!pressed) root.pinned = list.atYEnd && (!root.chat || root.chat.atNewest)
        }

        onMovementEnded: root.pinned = atYEnd && (!root.chat || root.chat.atNewest)
        onContentYChanged: {
            if (moving || scrollBar.pressed)
                root.pinned = atYEnd && (!root.chat || root.chat.atNewest);
            if (root.pinned || atYEnd)
                root.unseen = 0;
        }
        readonly property bool nearTop: contentY - originY < root.pagingMargin
        readonly property bool nearBottom: originY + contentHeight - contentY - height < root.pagingMargin
        onNearTopChanged: if (nearTop) Qt.callLater(root.pageIfNearAnEnd)
        onNearBottomChanged: if (nearBottom) Qt.callLater(root.pageIfNearAnEnd)
        onCountChanged: Qt.callLater(root.pageIfNearAnEnd)
        onContentHeightChanged: if (root.pinned) Qt.callLater(root.followEnd)
        onOriginYChanged: if (root.pinned) Qt.callLater(root.followEnd)
        onHeightChanged: if (root.pinned) Qt.callLater(root.followEnd)

        // Where paging stands: loading, asking the server, or the very beginning.
        header: OlderMessagesStatus {
            width: list.width
            chat: root.chat
        }

        delegate: MessageBubble {
            width: list.width
            peerName: root.peerName
            account: root.account
            flash: rowId === root.flashRowId
            onRetryRequested: messageId => root.retryRequested(messageId)
        }
    }

    RoundButton {
        id: jumpButton
        objectName: "jumpToLatestButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        visible: root.chat !== null && (!root.pinned || !root.chat.atNewest) && !(list.atYEnd && root.chat.atNewest)
        height: 40
        width: root.unseen > 0 ? Math.max(40, unseenLabel.implicitWidth + 48) : 40
        padding: 0
        Accessible.name: root.unseen > 0 ? qsTr("%1, jump to the newest").arg(root.unseenText)
                                         : qsTr("Jump to the newest message")
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: Accessible.name
        onClicked: root.scrollToEnd()

        contentItem: Item {
            Row {
                anchors.centerIn: parent
                spacing: Theme.spacingXs
                Text {
                    id: unseenLabel
                    objectName: "unseenLabel"
                    anchors.verticalCenter: parent.verticalCenter
                    visible: root.unseen > 0
                    text: root.unseenText
                    textFormat: Text.PlainText
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Icon {
                    anchors.verticalCenter: parent.verticalCenter
                    path: Icons.arrowDown
                    size: 20
                    color: root.unseen > 0 ? Theme.accent : Theme.textSecondary
                }
            }
        }
        background: Rectangle {
            radius: height / 2
            color: Theme.surfaceRaised
            border.color: jumpButton.visualFocus ? Theme.focusRing : Theme.divider
            border.width: jumpButton.visualFocus ? 2 : 1
        }
    }
}
