import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// One event in the inspector's list: time, direction, protocol and the one-line summary in a
// monospace font; the direction's colour from the theme.
ItemDelegate {
    id: root

    required property int index
    required property string timeText
    required property int direction
    required property int protocol
    required property string connection
    required property string summary
    property bool selected

    readonly property color directionColor: direction === InspectorModel.Sent ? Theme.accent
                                           : direction === InspectorModel.Received ? Theme.success
                                           : Theme.warning
    readonly property string arrow: direction === InspectorModel.Sent ? "→" : direction === InspectorModel.Received ? "←" : "•"

    implicitHeight: 28
    padding: 0
    focusPolicy: Qt.NoFocus
    Accessible.name: (direction === InspectorModel.Sent ? qsTr("Sent") : direction === InspectorModel.Received ? qsTr("Received") : qsTr("Event"))
                     + " " + summary + ", " + connection + ", " + timeText

    background: Rectangle {
        color: root.selected ? Theme.selected : root.hovered ? Theme.hover : "transparent"
        Rectangle {
            width: 3
            height: parent.height
            color: root.directionColor
        }
    }

    contentItem: Item {
        Text {
            id: time
            x: Theme.spacingM
            width: 92
            anchors.verticalCenter: parent.verticalCenter
            text: root.timeText
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.family: "monospace"
            font.pixelSize: Theme.fontSmall
        }
        Text {
            id: arrowText
            anchors.left: time.right
            width: 18
            anchors.verticalCenter: parent.verticalCenter
            text: root.arrow
            textFormat: Text.PlainText
            color: root.directionColor
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
        }
        Text {
            id: protocolText
            anchors.left: arrowText.right
            width: 44
            anchors.verticalCenter: parent.verticalCenter
            text: root.protocol === InspectorModel.Amqp ? "AMQP" : "XMPP"
            textFormat: Text.PlainText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Medium
        }
        Text {
            anchors.left: protocolText.right
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingM
            anchors.verticalCenter: parent.verticalCenter
            text: root.summary
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textPrimary
            font.family: "monospace"
            font.pixelSize: Theme.fontSmall + 1
        }
    }
}
