import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One buddy: avatar with presence, name, status line, unread count, a mark when the chat is
// muted (its count then grey: not in the account's badge). Everything shown comes from
// the roster's roles (RosterModel, RosterListModel), initials, colour, status line ("Blocked",
// "Request sent", status text or presence) and the screen reader's text included. Right click,
// the Menu key or Shift+F10 ask for the contact's menu.
ItemDelegate {
    id: root

    required property int index
    required property string jid
    required property string name
    required property int availability
    required property string statusText
    required property int unreadCount
    required property color color
    required property string initials
    required property url avatarUrl
    required property string presenceLabel
    required property string statusLine
    required property string accessibleText
    required property bool blocked
    required property bool pending

    property bool selected: false
    // The chat is muted (RosterModel's muted role; RosterList makes it required for contacts).
    property bool muted: false

    signal menuRequested(real x, real y)

    readonly property bool offline: availability === Presence.Offline
    readonly property bool keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus

    implicitHeight: 60
    leftPadding: Theme.spacingM + Theme.spacingXs
    rightPadding: Theme.spacingM + Theme.spacingXs
    topPadding: 0
    bottomPadding: 0
    focusPolicy: Qt.NoFocus
    highlighted: selected

    Accessible.role: Accessible.ListItem
    Accessible.selectable: true
    Accessible.selected: selected
    Accessible.name: accessibleText
    // A ListItem offers no press action by itself: assistive technology opens the chat too.
    Accessible.onPressAction: root.clicked()

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: eventPoint => root.menuRequested(eventPoint.position.x, eventPoint.position.y)
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Avatar {
            size: 40
            initials: root.initials
            color: root.color
            source: root.avatarUrl
            opacity: root.offline ? 0.45 : 1
            objectName: "rosterAvatar"
            showPresence: !root.offline
            availability: root.availability
            ringColor: root.selected ? Theme.selected : root.hovered ? Theme.hover : Theme.sidebar
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                text: root.name
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: root.offline ? Theme.textSecondary : Theme.textPrimary
                font.pixelSize: Theme.fontBody
                font.weight: root.unreadCount > 0 ? Font.Bold : Font.DemiBold
            }
            Text {
                objectName: "rosterStatusLine"
                Layout.fillWidth: true
                text: root.statusLine
                textFormat: Text.PlainText
                elide: Text.ElideRight
                maximumLineCount: 1
                color: root.blocked ? Theme.danger : root.pending ? Theme.warning : root.offline ? Theme.textTertiary : Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }

        Icon {
            objectName: "rosterMutedMark"
            visible: root.muted
            size: 16
            color: Theme.textTertiary
            // Material "notifications off"
            path: "M20 18.69L7.84 6.14 5.27 3.49 4 4.76l2.8 2.8v.01c-.52.99-.8 2.16-.8 3.42v5l-2 2v1h13.73l2 2L21 19.72l-1-1.03zM12 22c1.11 0 2-.89 2-2h-4c0 1.11.89 2 2 2zm6-7.32V11c0-3.08-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68c-.15.03-.29.08-.42.12-.1.03-.2.07-.3.11h-.01c-.01 0-.01 0-.02.01-.23.09-.46.2-.68.31 0 0-.01 0-.01.01L18 14.68z"
        }

        Badge {
            count: root.unreadCount
            color: root.muted ? Theme.textTertiary : Theme.accentStrong
        }
    }

    background: Rectangle {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        anchors.topMargin: 1
        anchors.bottomMargin: 1
        radius: Theme.radiusM
        color: root.selected ? Theme.selected : root.down ? Theme.divider : root.hovered ? Theme.hover : "transparent"
        border.width: root.keyboardCurrent ? 2 : 0
        border.color: Theme.focusRing
    }
}
