import QtQuick
import Linnet

// One message: an optional date separator, then the bubble (incoming left, outgoing right) with
// the body as plain text, the time and, for outgoing messages, the delivery state.
Item {
    id: root

    required property string body
    required property date timestamp
    required property bool outgoing
    required property int delivery
    required property string deliveryLabel
    required property bool firstOfDay
    required property bool firstOfGroup

    property string peerName

    readonly property real maxBubbleWidth: Math.min(Theme.bubbleMaxWidth, Math.round(width * 0.72))
    readonly property string time: Qt.formatTime(timestamp, "hh:mm")

    readonly property real bubbleTop: firstOfDay ? separator.height : 0

    implicitHeight: bubble.y + bubble.height
    height: implicitHeight

    Accessible.role: Accessible.ListItem
    // Outgoing messages end with their delivery state: "(sent)", "(delivered)", "(not sent)".
    Accessible.name: deliveryLabel.length > 0
                     ? qsTr("%1 at %2: %3 (%4)").arg(outgoing ? qsTr("You") : peerName).arg(time).arg(body).arg(deliveryLabel)
                     : qsTr("%1 at %2: %3").arg(outgoing ? qsTr("You") : peerName).arg(time).arg(body)

    DateSeparator {
        id: separator
        visible: root.firstOfDay
        width: root.width
        timestamp: root.timestamp
    }

    Rectangle {
        id: bubble

        readonly property real padding: 12
        readonly property real textMaxWidth: root.maxBubbleWidth - 2 * padding
        // A one-line message carries its time on the same line when both fit.
        readonly property bool inlineMeta: root.body.indexOf("\n") < 0
                                           && bodyText.implicitWidth + 10 + meta.implicitWidth <= textMaxWidth
        readonly property real contentWidth: inlineMeta ? bodyText.implicitWidth + 10 + meta.implicitWidth
                                                        : Math.max(Math.min(bodyText.implicitWidth, textMaxWidth), meta.implicitWidth)

        y: root.bubbleTop + (root.firstOfGroup ? 10 : 3)
        x: root.outgoing ? root.width - width - Theme.spacingXl : Theme.spacingXl
        width: contentWidth + 2 * padding
        height: inlineMeta ? bodyText.height + 16 : bodyText.height + meta.height + 15
        radius: Theme.radiusBubble
        topLeftRadius: !root.outgoing && root.firstOfGroup ? 4 : Theme.radiusBubble
        topRightRadius: root.outgoing && root.firstOfGroup ? 4 : Theme.radiusBubble
        color: root.outgoing ? Theme.bubbleOutgoing : Theme.bubbleIncoming
        border.width: root.outgoing ? 0 : 1
        border.color: Theme.bubbleIncomingBorder

        TextEdit {
            objectName: "messageBody"
            id: bodyText
            x: bubble.padding
            y: 8
            width: bubble.inlineMeta ? implicitWidth : bubble.contentWidth
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
        }
    }
}
