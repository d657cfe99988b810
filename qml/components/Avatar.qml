import QtQuick
import Linnet

// A round avatar: initials on a per-person colour, optionally with a presence dot.
Item {
    id: root

    property string name
    property color color: Theme.accent
    property real size: 40
    property bool showPresence: false
    property int availability
    property color ringColor: Theme.surface

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    // First letters of the first and last word; one letter for a single word.
    readonly property string initials: {
        const at = name.indexOf("@");
        const words = (at > 0 ? name.substring(0, at) : name).trim().split(/[\s._-]+/).filter(w => w.length > 0);
        if (words.length === 0)
            return "?";
        const first = String.fromCodePoint(words[0].codePointAt(0));
        if (words.length === 1)
            return first.toUpperCase();
        return (first + String.fromCodePoint(words[words.length - 1].codePointAt(0))).toUpperCase();
    }

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: root.color

        Text {
            anchors.centerIn: parent
            text: root.initials
            color: "white"
            font.pixelSize: Math.round(root.size * 0.38)
            font.weight: Font.DemiBold
            textFormat: Text.PlainText
        }
    }

    PresenceDot {
        visible: root.showPresence
        size: Math.max(10, Math.round(root.size * 0.3))
        availability: root.availability
        ringColor: root.ringColor
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: -1
        anchors.bottomMargin: -1
    }
}
