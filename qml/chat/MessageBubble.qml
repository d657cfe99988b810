pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// One message: an optional date separator, then the bubble (incoming left, outgoing right): in
// group chats the sender's nick, a quote of the message it answers, the body as plain text (or
// the attachment it links to), a note when the body was cut, the time with "edited" and, for
// outgoing messages, the delivery state; a failed one offers Retry. Everything shown comes from
// ChatModel's roles.
Item {
    id: root

    required property string body
    required property date timestamp
    required property bool outgoing
    required property int delivery
    required property string deliveryLabel
    required property bool firstOfDay
    required property bool firstOfGroup
    required property real rowId
    required property string messageId
    required property bool edited
    required property string replyToBody
    required property url attachmentUrl
    required property string attachmentName
    required property int attachmentKind
    required property string senderName
    required property color senderColor
    required property bool mentioned
    required property bool truncated
    required property string truncatedNote

    property string peerName
    property var account
    // Brought into view by a jump (search): flashes once.
    property bool flash

    signal retryRequested(string messageId)

    readonly property real maxBubbleWidth: Math.min(Theme.bubbleMaxWidth, Math.round(width * 0.72))
    readonly property string time: Qt.formatTime(timestamp, "hh:mm")
    readonly property bool failed: outgoing && delivery === ChatModel.Failed
    readonly property bool hasAttachment: attachmentName.length > 0
    readonly property string who: outgoing ? qsTr("You") : (senderName.length > 0 ? senderName : peerName)

    readonly property real bubbleTop: firstOfDay ? separator.height : 0

    implicitHeight: bubble.y + bubble.height + (retry.visible ? retry.height + Theme.spacingXs : 0)
    height: implicitHeight

    Accessible.role: Accessible.ListItem
    // "Ada at 10:02: text (edited) (delivered)": what a sighted reader sees, in that order.
    Accessible.name: qsTr("%1 at %2: %3").arg(who).arg(time).arg(hasAttachment ? attachmentName : body)
                     + (replyToBody.length > 0 ? " " + qsTr("(replying to: %1)").arg(replyToBody) : "")
                     + (truncated ? " (" + truncatedNote + ")" : "")
                     + (edited ? " " + qsTr("(edited)") : "")
                     + (deliveryLabel.length > 0 ? " (" + deliveryLabel + ")" : "")

    DateSeparator {
        id: separator
        visible: root.firstOfDay
        width: root.width
        timestamp: root.timestamp
    }

    Rectangle {
        id: bubble
        objectName: "bubble"

        readonly property real padding: 12
        readonly property real textMaxWidth: root.maxBubbleWidth - 2 * padding
        // A short one-line text carries its time on the same line when both fit.
        readonly property bool inlineMeta: !root.hasAttachment && !root.truncated && root.body.indexOf("\n") < 0
                                           && bodyText.implicitWidth + 10 + meta.implicitWidth <= textMaxWidth

        y: root.bubbleTop + (root.firstOfGroup ? 10 : 3)
        x: root.outgoing ? root.width - width - Theme.spacingXl : Theme.spacingXl
        width: Math.max(content.width, inlineMeta ? 0 : meta.implicitWidth) + 2 * padding
        height: content.height + (inlineMeta ? 16 : meta.height + 15)
        radius: Theme.radiusBubble
        topLeftRadius: !root.outgoing && root.firstOfGroup ? 4 : Theme.radiusBubble
        topRightRadius: root.outgoing && root.firstOfGroup ? 4 : Theme.radiusBubble
        color: root.outgoing ? Theme.bubbleOutgoing : root.mentioned ? Theme.selected : Theme.bubbleIncoming
        border.width: root.outgoing ? 0 : root.mentioned ? 2 : 1
        border.color: root.mentioned ? Theme.accent : Theme.bubbleIncomingBorder

        // The jump target flashes so the eye finds it.
        Rectangle {
            id: flashOverlay
            anchors.fill: parent
            radius: parent.radius
            color: Theme.accent
            opacity: 0
            SequentialAnimation {
                running: root.flash
                NumberAnimation { target: flashOverlay; property: "opacity"; to: 0.35; duration: 200 }
                PauseAnimation { duration: 500 }
                NumberAnimation { target: flashOverlay; property: "opacity"; to: 0; duration: 600 }
            }
        }

        Column {
            id: content
            x: bubble.padding
            y: 8
            spacing: 4

            Text {
                objectName: "senderName"
                visible: root.senderName.length > 0 && !root.outgoing && root.firstOfGroup
                text: root.senderName
                textFormat: Text.PlainText
                elide: Text.ElideRight
                width: Math.min(implicitWidth, bubble.textMaxWidth)
                color: root.senderColor
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                Accessible.ignored: true
            }

            // The message this one answers, quoted plainly (two lines at most).
            Rectangle {
                objectName: "replyQuote"
                visible: root.replyToBody.length > 0
                width: Math.min(quoteText.implicitWidth + 14, bubble.textMaxWidth)
                height: quoteText.height + 8
                radius: 4
                color: root.outgoing ? Qt.rgba(1, 1, 1, 0.14) : Theme.field
                Rectangle {
                    width: 3
                    height: parent.height
                    radius: 1.5
                    color: root.outgoing ? Theme.bubbleOutgoingMeta : Theme.accent
                }
                Text {
                    id: quoteText
                    x: 10
                    y: 4
                    width: Math.min(implicitWidth, bubble.textMaxWidth - 14)
                    text: root.replyToBody
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: root.outgoing ? Theme.bubbleOutgoingMeta : Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    Accessible.ignored: true
                }
            }

            Loader {
                id: attachment
                objectName: "attachment"
                active: root.hasAttachment
                visible: active
                sourceComponent: AttachmentView {
                    url: root.attachmentUrl
                    fileName: root.attachmentName
                    kind: root.attachmentKind
                    outgoing: root.outgoing
                    account: root.account
                    maxWidth: bubble.textMaxWidth
                }
            }

            Item {
                visible: !root.hasAttachment
                width: bubble.inlineMeta ? bodyText.width + 10 + meta.implicitWidth : bodyText.width
                height: bodyText.height

                TextEdit {
                    id: bodyText
                    objectName: "messageBody"
                    width: bubble.inlineMeta ? implicitWidth : Math.min(implicitWidth, bubble.textMaxWidth)
                    text: root.body
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    readOnly: true
                    selectByMouse: true
                    persistentSelection: false
                    color: root.outgoing ? Theme.bubbleOutgoingText : Theme.textPrimary
                    selectionColor: root.outgoing ? "#FFFFFF" : Theme.accent
                    selectedTextColor: root.outgoing ? Theme.accentStrong : Theme.textOnAccent
                    font.pixelSize: Theme.fontBody
                    Accessible.ignored: true
                }
            }

            // What was cut from a body too long to keep, styled apart from the text.
            Text {
                objectName: "truncatedNote"
                visible: root.truncated
                text: "[…] " + root.truncatedNote
                textFormat: Text.PlainText
                width: Math.min(implicitWidth, bubble.textMaxWidth)
                wrapMode: Text.Wrap
                color: root.outgoing ? Theme.bubbleOutgoingMeta : Theme.textTertiary
                font.pixelSize: Theme.fontSmall
                font.italic: true
                Accessible.ignored: true
            }
        }

        MessageMeta {
            id: meta
            anchors.right: parent.right
            anchors.rightMargin: bubble.padding - 2
            anchors.bottom: parent.bottom
            anchors.bottomMargin: bubble.inlineMeta ? 8 : 5
            time: root.time
            outgoing: root.outgoing
            delivery: root.delivery
            deliveryLabel: root.deliveryLabel
            edited: root.edited
        }
    }

    Button {
        id: retry
        objectName: "retryButton"
        anchors.right: bubble.right
        anchors.top: bubble.bottom
        anchors.topMargin: Theme.spacingXs
        visible: root.failed
        flat: true
        topPadding: 2
        bottomPadding: 2
        leftPadding: Theme.spacingS
        rightPadding: Theme.spacingS
        text: qsTr("Retry")
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        contentItem: Text {
            text: retry.text
            textFormat: Text.PlainText
            font: retry.font
            color: Theme.accent
        }
        background: Rectangle {
            radius: height / 2
            color: retry.down || retry.hovered ? Theme.hover : "transparent"
            border.width: retry.visualFocus ? 2 : 0
            border.color: Theme.focusRing
        }
        Accessible.name: qsTr("Send “%1” again").arg(root.hasAttachment ? root.attachmentName : root.body.substring(0, 60))
        onClicked: root.retryRequested(root.messageId)
    }
}
