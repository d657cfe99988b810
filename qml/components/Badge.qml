import QtQuick
import Linnet

// A pill with a count (unread messages); "99+" above 99.
Rectangle {
    id: root

    property int count

    visible: count > 0
    implicitHeight: 20
    implicitWidth: Math.max(implicitHeight, label.implicitWidth + 12)
    radius: implicitHeight / 2
    color: Theme.accentStrong
    Accessible.ignored: true

    Text {
        id: label
        anchors.centerIn: parent
        text: root.count > 99 ? "99+" : root.count
        textFormat: Text.PlainText
        color: Theme.textOnAccent
        font.pixelSize: Theme.fontCaption
        font.weight: Font.Bold
    }
}
