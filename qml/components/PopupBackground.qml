pragma ComponentBehavior: Bound
import QtQuick
import Linnet

// The surface of menus and popups: rounded, bordered, with a soft shadow drawn without layer
// effects (Material's elevation effect renders nothing on the software scene graph).
Rectangle {
    id: surface

    implicitWidth: 200
    implicitHeight: 40
    radius: Theme.radiusM
    color: Theme.surfaceRaised
    border.width: 1
    border.color: Theme.dark ? "#3A3F4A" : "#DDE1E8"

    Repeater {
        model: 3
        Rectangle {
            required property int index
            z: -1
            anchors.fill: surface
            anchors.margins: -(index + 1)
            anchors.topMargin: -index
            anchors.bottomMargin: -(index + 2)
            radius: surface.radius + index + 1
            color: "transparent"
            border.width: 1
            border.color: Qt.rgba(0, 0, 0, Theme.dark ? 0.22 - index * 0.06 : 0.07 - index * 0.02)
        }
    }
}
