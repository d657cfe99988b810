import QtQuick
import Linnet

// A small rounded label: "stale", "alert", "paused".
Rectangle {
    id: root

    property string text
    property color foreground: Theme.textSecondary
    property color fill: Theme.field

    implicitHeight: 20
    implicitWidth: label.implicitWidth + 14
    radius: height / 2
    color: root.fill
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    Text {
        id: label
        anchors.centerIn: parent
        text: root.text
        textFormat: Text.PlainText
        color: root.foreground
        font.pixelSize: Theme.fontCaption
        font.weight: Font.Bold
        font.letterSpacing: 0.3
    }
}
