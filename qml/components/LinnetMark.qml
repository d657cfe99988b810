import QtQuick
import QtQuick.Shapes
import Linnet

// The Linnet mark: a small finch with a red breast on an accent tile.
Item {
    id: root

    property real size: 64

    implicitWidth: size
    implicitHeight: size
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Linnet logo")

    Rectangle {
        anchors.fill: parent
        radius: root.size * 0.28
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#5B7BF0" }
            GradientStop { position: 1.0; color: "#3249C2" }
        }
    }

    Shape {
        width: 100
        height: 100
        anchors.centerIn: parent
        scale: root.size / 100
        preferredRendererType: Shape.CurveRenderer

        // Body
        ShapePath {
            strokeWidth: -1
            fillColor: "white"
            PathSvg { path: "M14 76 L34 60 C35 42 46 29 62 28 C70 27.5 76 31 78.5 35 L88.5 39.5 L79.5 44.5 C80.5 58 70 71 54 73 C46 74 40 72.5 35 70.5 Z" }
        }
        // Red breast
        ShapePath {
            strokeWidth: -1
            fillColor: Theme.brandBreast
            PathSvg { path: "M79.5 44.5 C80.5 58 70 71 54 73 C63 65 68 54 69.5 45 C73 45.5 76 45.3 79.5 44.5 Z" }
        }
        // Wing
        ShapePath {
            strokeWidth: -1
            fillColor: "#C9D3FA"
            PathSvg { path: "M30 63 C38 50 50 45 62 48 C57 58 47 65 30 63 Z" }
        }
        // Eye
        ShapePath {
            strokeWidth: -1
            fillColor: "#1B2352"
            PathSvg { path: "M68 35.5 a2.6 2.6 0 1 0 5.2 0 a2.6 2.6 0 1 0 -5.2 0 Z" }
        }
    }
}
