import QtQuick
import QtQuick.Shapes
import Linnet

// The sign-in page's backdrop: the window colour with two soft accent glows.
Rectangle {
    id: root

    color: Theme.dark ? "#121419" : "#EEF1F7"

    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer

        ShapePath {
            strokeWidth: -1
            fillGradient: RadialGradient {
                centerX: root.width * 0.18
                centerY: root.height * 0.12
                centerRadius: Math.max(root.width, root.height) * 0.55
                focalX: centerX
                focalY: centerY
                GradientStop { position: 0.0; color: Theme.dark ? "#333D6B" : "#D3DCFA" }
                GradientStop { position: 1.0; color: "transparent" }
            }
            startX: 0
            startY: 0
            PathLine { x: root.width; y: 0 }
            PathLine { x: root.width; y: root.height }
            PathLine { x: 0; y: root.height }
            PathLine { x: 0; y: 0 }
        }
        ShapePath {
            strokeWidth: -1
            fillGradient: RadialGradient {
                centerX: root.width * 0.9
                centerY: root.height * 0.95
                centerRadius: Math.max(root.width, root.height) * 0.45
                focalX: centerX
                focalY: centerY
                GradientStop { position: 0.0; color: Theme.dark ? "#3A2730" : "#F8DDE0" }
                GradientStop { position: 1.0; color: "transparent" }
            }
            startX: 0
            startY: 0
            PathLine { x: root.width; y: 0 }
            PathLine { x: root.width; y: root.height }
            PathLine { x: 0; y: root.height }
            PathLine { x: 0; y: 0 }
        }
    }
}
