import QtQuick
import Linnet
import Linnet.Core

// The time of a message ("edited" before it when a correction replaced the text) and, for
// outgoing ones, a delivery mark: a clock while waiting or sending, a tick once the server has
// it, two ticks once the contact's client confirmed it, or a failure.
Row {
    id: root

    property string time
    property bool outgoing
    property int delivery
    // The delivery state in words (ChatModel's deliveryLabel role), for assistive technology.
    property string deliveryLabel
    property bool edited

    // Material "done_all"; belongs in Icons.qml once that file is free to change.
    readonly property string doneAllPath: "M18 7l-1.41-1.41-6.34 6.34 1.41 1.41L18 7zm4.24-1.41L11.66 16.17 7.48 12l-1.41 1.41L11.66 19l12-12-1.42-1.41zM.41 13.41L6 19l1.41-1.41L1.83 12 .41 13.41z"

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
        objectName: "editedMark"
        anchors.verticalCenter: parent.verticalCenter
        visible: root.edited
        text: qsTr("edited")
        textFormat: Text.PlainText
        color: root.tint
        font.pixelSize: Theme.fontCaption
        font.italic: true
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: root.time
        textFormat: Text.PlainText
        color: root.tint
        font.pixelSize: Theme.fontCaption
    }
    Icon {
        objectName: "deliveryMark"
        anchors.verticalCenter: parent.verticalCenter
        visible: root.outgoing
        size: 14
        color: root.delivery === ChatModel.Unconfirmed ? Theme.warning : root.tint
        path: root.delivery === ChatModel.Sending || root.delivery === ChatModel.Queued || root.delivery === ChatModel.Unconfirmed ? Icons.schedule
            : root.delivery === ChatModel.Delivered ? root.doneAllPath
            : root.failed ? Icons.error : Icons.check
        Accessible.role: Accessible.Graphic
        Accessible.name: root.deliveryLabel
    }
}
