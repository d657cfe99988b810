import QtQuick
import Linnet

// A presence colour dot with a ring in the surface colour, to sit on an avatar's edge.
Rectangle {
    id: root

    property int availability
    property real size: 12
    property color ringColor: Theme.surface

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Theme.presenceColor(availability)
    border.width: Math.max(2, Math.round(size / 6))
    border.color: ringColor
    Accessible.ignored: true
}
