pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// The dashboard's tiles on a grid of TilesModel.columns columns and rows of rowHeight pixels,
// scrolling down when they need more room than the window has.
Flickable {
    id: root

    required property Dashboard dashboard
    property bool paused: false
    readonly property int rowHeight: 84
    readonly property int gap: Theme.spacingM
    readonly property int margin: Theme.spacingL
    readonly property real cellWidth: (width - 2 * margin + gap) / (dashboard?.tiles.columns ?? 12)

    signal editRequested(int index)
    signal removeRequested(int index)
    signal exportCsvRequested(string tileId, string title)
    signal exportPngRequested(Item item, string title)
    // A command tile needs input: show the command (its form) for jid and node.
    signal openCommandRequested(string jid, string node)
    signal commandHistoryRequested(string device, string name)

    function tileAt(index: int): TileFrame {
        return repeater.itemAt(index) as TileFrame;
    }

    contentWidth: width
    contentHeight: (dashboard?.tiles.rows ?? 0) * rowHeight + 2 * margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    // Drags belong to the tiles (move, resize, pan): scroll with the wheel or the bar.
    interactive: false
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Tiles of %1").arg(root.dashboard?.name ?? "")

    ScrollBar.vertical: ScrollBar { Accessible.name: root.Accessible.name }

    WheelHandler {
        acceptedModifiers: Qt.NoModifier
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        // Charts zoom with the wheel; elsewhere (and with the bar) the page scrolls.
        enabled: root.contentHeight > root.height
        target: null
        onWheel: event => {
            root.contentY = Math.max(0, Math.min(root.contentHeight - root.height, root.contentY - event.angleDelta.y));
        }
    }

    Item {
        x: root.margin
        y: root.margin
        width: root.width - 2 * root.margin
        height: (root.dashboard?.tiles.rows ?? 0) * root.rowHeight

        Repeater {
            id: repeater
            model: root.dashboard?.tiles ?? null
            delegate: TileFrame {
                dashboard: root.dashboard
                cellWidth: root.cellWidth
                rowHeight: root.rowHeight
                gap: root.gap
                paused: root.paused
                onEditRequested: index => root.editRequested(index)
                onRemoveRequested: index => root.removeRequested(index)
                onExportCsvRequested: (tileId, title) => root.exportCsvRequested(tileId, title)
                onExportPngRequested: (item, title) => root.exportPngRequested(item, title)
                onOpenCommandRequested: (jid, node) => root.openCommandRequested(jid, node)
                onCommandHistoryRequested: (device, name) => root.commandHistoryRequested(device, name)
            }
        }
    }
}
