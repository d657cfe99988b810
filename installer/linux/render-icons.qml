// Renders the app icon into the hicolor PNG sizes (run by render-icons, arguments after "--":
// the SVG's URL and the hicolor directory). Every size is drawn from the SVG itself, not scaled
// from a bitmap, and grabbed from an offscreen window.
import QtQuick

Window {
    id: root
    width: 1100; height: 520
    visible: true
    color: "transparent"

    readonly property var args: Qt.application.arguments.slice(Qt.application.arguments.indexOf("--") + 1)
    readonly property var sizes: [16, 22, 24, 32, 48, 64, 128, 256, 512]
    property int ready: 0
    property int saved: 0

    Row {
        Repeater {
            id: icons
            model: root.sizes
            Image {
                required property int modelData
                source: root.args[0]
                sourceSize: Qt.size(modelData, modelData)
                width: modelData; height: modelData
                onStatusChanged: {
                    if (status === Image.Error) {
                        console.error("cannot read " + source)
                        Qt.exit(1)
                    } else if (status === Image.Ready && ++root.ready === root.sizes.length) {
                        grab.start()
                    }
                }
            }
        }
    }
    // One frame after the last image loaded, so every one is in the scene.
    Timer {
        id: grab
        interval: 100
        onTriggered: {
            for (let i = 0; i < icons.count; ++i) {
                const size = root.sizes[i]
                icons.itemAt(i).grabToImage(function (result) {
                    const file = root.args[1] + "/" + size + "x" + size + "/apps/org.example.linnet.png"
                    if (!result.saveToFile(file)) {
                        console.error("cannot write " + file)
                        Qt.exit(1)
                    } else if (++root.saved === root.sizes.length) {
                        Qt.quit()
                    }
                }, Qt.size(size, size))
            }
        }
    }
}
