import QtQuick
import QtQuick.Shapes

// A single-colour icon from SVG path data on a 24x24 grid (see theme/Icons.qml).
Item {
    id: root

    property string path
    property color color: "black"
    property real size: 20

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Shape {
        width: 24
        height: 24
        anchors.centerIn: parent
        scale: root.size / 24
        preferredRendererType: Shape.CurveRenderer

        ShapePath {
            strokeWidth: -1
            strokeColor: "transparent"
            fillColor: root.color
            fillRule: ShapePath.WindingFill
            PathSvg { path: root.path }
        }
    }
}
