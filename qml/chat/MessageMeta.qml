import QtQuick
import Linnet
import Linnet.Core

// The time of a message and, for outgoing ones, a delivery mark: clock, tick or failure.
Row {
    id: root

    property string time
    property bool outgoing
    property int delivery

    readonly property bool failed: delivery === ChatModel.Failed
    readonly property color tint: failed ? (Theme.dark ? "#FFD0D2" : "#FFE3E4")
                                         : outgoing ? Theme.bubbleOutgoingMeta : Theme.textTertiary

    spacing: 4

    Text {
        anchors.verticalCenter: parent.verticalCenter
        visible: root.failed
        text: qsTr("Not sent")
        textFormat: Text.PlainText
        color: root.tint
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: root.time
        textFormat: Text.PlainText
        color: root.tint
        font.pixelSize: Theme.fontCaption
    }
    Icon {
        anchors.verticalCenter: parent.verticalCenter
        visible: root.outgoing
        size: 14
        color: root.tint
        path: root.delivery === ChatModel.Sending ? Icons.schedule
            : root.failed ? Icons.error : Icons.check
    }
}
