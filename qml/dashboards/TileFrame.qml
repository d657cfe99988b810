pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One tile on the grid: a card with its title, badges (stale, alert), a menu, and the chart,
// gauge, timeline or pinned command. Moved by dragging its title bar, resized by its corner handle; with the
// keyboard: arrows move it, Shift+arrows resize it, Enter edits, Delete removes, Menu opens the menu.
FocusScope {
    id: root

    // The TilesModel roles.
    required property int index
    required property string tileId
    required property int kind
    required property string title
    required property int column
    required property int row
    required property int columnSpan
    required property int rowSpan
    required property var series
    required property var low
    required property var high
    required property bool alert
    // Every role, for the command tile's (TilesModel command roles).
    required property var model

    required property Dashboard dashboard
    required property real cellWidth
    required property real rowHeight
    required property real gap
    property bool paused: false

    signal editRequested(int index)
    signal removeRequested(int index)
    signal exportCsvRequested(string tileId, string title)
    signal exportPngRequested(Item item, string title)
    signal openCommandRequested(string jid, string node)
    signal commandHistoryRequested(string device, string name)

    readonly property bool isCommand: root.kind === TilesModel.Command
    readonly property string shownTitle: root.title.length > 0 ? root.title
                                       : root.isCommand ? root.model.commandName
                                       : root.series.length > 0 ? root.series[0].name : qsTr("Untitled tile")
    readonly property Item content: contentLoader.item as Item
    readonly property ChartTile chartTile: contentLoader.item as ChartTile
    readonly property GaugeTile gaugeTile: contentLoader.item as GaugeTile
    readonly property TimelineTile timelineTile: contentLoader.item as TimelineTile
    readonly property bool stale: (root.chartTile !== null && root.chartTile.stale)
                                  || (root.gaugeTile !== null && root.gaugeTile.stale)
                                  || (root.timelineTile !== null && root.timelineTile.stale)
    readonly property TilesModel tiles: root.dashboard?.tiles ?? null

    // While dragging: the offset of the move, and the size change of the resize.
    property real moveX: 0
    property real moveY: 0
    property real growX: 0
    property real growY: 0
    readonly property bool dragging: moveHandler.active || resizeHandler.active
    readonly property int targetColumn: Math.max(0, Math.min((root.tiles?.columns ?? 12) - root.columnSpan,
                                                             Math.round((root.baseX + root.moveX) / root.cellWidth)))
    readonly property int targetRow: Math.max(0, Math.round((root.baseY + root.moveY) / root.rowHeight))
    readonly property int targetColumnSpan: Math.max(1, Math.min((root.tiles?.columns ?? 12) - root.column,
                                                                 Math.round((root.baseWidth + root.growX + root.gap) / root.cellWidth)))
    readonly property int targetRowSpan: Math.max(1, Math.round((root.baseHeight + root.growY + root.gap) / root.rowHeight))
    readonly property bool targetFits: root.tiles !== null && (resizeHandler.active
        ? root.tiles.fits(root.column, root.row, root.targetColumnSpan, root.targetRowSpan, root.index)
        : root.tiles.fits(root.targetColumn, root.targetRow, root.columnSpan, root.rowSpan, root.index))

    readonly property real baseX: root.column * root.cellWidth
    readonly property real baseY: root.row * root.rowHeight
    readonly property real baseWidth: root.columnSpan * root.cellWidth - root.gap
    readonly property real baseHeight: root.rowSpan * root.rowHeight - root.gap

    function kindName(kind: int): string {
        return kind === TilesModel.Gauge ? qsTr("Gauge") : kind === TilesModel.Timeline ? qsTr("Timeline")
             : kind === TilesModel.Command ? qsTr("Command") : qsTr("Chart");
    }

    function openMenu() {
        tileMenu.popup(menuButton, 0, menuButton.height);
    }

    x: root.baseX + root.moveX
    y: root.baseY + root.moveY
    z: root.dragging ? 10 : 0
    width: Math.max(root.cellWidth - root.gap, root.baseWidth + root.growX)
    height: Math.max(root.rowHeight - root.gap, root.baseHeight + root.growY)
    activeFocusOnTab: true
    objectName: "tile_" + root.tileId

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1, %2%3%4").arg(root.shownTitle).arg(root.kindName(root.kind))
                       .arg(root.alert ? qsTr(", alert") : "").arg(root.stale ? qsTr(", stale") : "")
    Accessible.description: qsTr("Arrow keys move the tile, Shift+arrow keys resize it, Enter edits it, Delete removes it")

    Keys.onPressed: event => {
        const shift = (event.modifiers & Qt.ShiftModifier) !== 0;
        let dc = 0, dr = 0;
        switch (event.key) {
        case Qt.Key_Left: dc = -1; break;
        case Qt.Key_Right: dc = 1; break;
        case Qt.Key_Up: dr = -1; break;
        case Qt.Key_Down: dr = 1; break;
        case Qt.Key_Return:
        case Qt.Key_Enter:
            root.editRequested(root.index);
            event.accepted = true;
            return;
        case Qt.Key_Delete:
            root.removeRequested(root.index);
            event.accepted = true;
            return;
        case Qt.Key_Menu:
            root.openMenu();
            event.accepted = true;
            return;
        default:
            return;
        }
        if (shift)
            root.tiles.resizeTile(root.index, Math.max(1, root.columnSpan + dc), Math.max(1, root.rowSpan + dr));
        else
            root.tiles.moveTile(root.index, Math.max(0, root.column + dc), Math.max(0, root.row + dr));
        event.accepted = true;
    }

    // Where the tile lands when dropped now.
    Rectangle {
        objectName: "dropTarget"
        visible: root.dragging
        x: (resizeHandler.active ? root.baseX : root.targetColumn * root.cellWidth) - root.x
        y: (resizeHandler.active ? root.baseY : root.targetRow * root.rowHeight) - root.y
        width: (resizeHandler.active ? root.targetColumnSpan : root.columnSpan) * root.cellWidth - root.gap
        height: (resizeHandler.active ? root.targetRowSpan : root.rowSpan) * root.rowHeight - root.gap
        z: -1
        radius: Theme.radiusM
        color: root.targetFits ? Qt.alpha(Theme.accent, 0.12) : Qt.alpha(Theme.danger, 0.12)
        border.width: 2
        border.color: root.targetFits ? Theme.accent : Theme.danger
    }

    Rectangle {
        id: card
        anchors.fill: parent
        radius: Theme.radiusM
        color: root.alert ? Theme.dangerSurface : Theme.surface
        border.width: root.alert || root.activeFocus ? 2 : 1
        border.color: root.alert ? Theme.danger : root.activeFocus ? Theme.focusRing : Theme.divider
        opacity: root.dragging ? 0.92 : 1

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 1
            spacing: 0

            // Title bar: also the handle to move the tile.
            Item {
                id: titleBar
                Layout.fillWidth: true
                Layout.preferredHeight: 40

                HoverHandler {
                    cursorShape: moveHandler.active ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                }
                DragHandler {
                    id: moveHandler
                    target: null
                    dragThreshold: 4
                    onTranslationChanged: {
                        root.moveX = moveHandler.translation.x;
                        root.moveY = moveHandler.translation.y;
                    }
                    onActiveChanged: {
                        if (moveHandler.active)
                            return;
                        if (root.targetFits && (root.targetColumn !== root.column || root.targetRow !== root.row))
                            root.tiles.moveTile(root.index, root.targetColumn, root.targetRow);
                        root.moveX = 0;
                        root.moveY = 0;
                    }
                }

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingM
                    anchors.rightMargin: Theme.spacingXs
                    spacing: Theme.spacingS

                    Text {
                        objectName: "tileTitle"
                        Layout.fillWidth: true
                        text: root.shownTitle
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: root.alert ? Theme.danger : Theme.textPrimary
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Pill {
                        objectName: "alertBadge"
                        visible: root.alert
                        text: qsTr("alert")
                        foreground: "white"
                        fill: Theme.danger
                    }
                    Pill {
                        objectName: "staleBadge"
                        visible: root.stale
                        text: qsTr("stale")
                        foreground: Theme.warning
                        fill: Theme.warningSurface
                    }
                    Button {
                        objectName: "liveButton"
                        visible: root.chartTile !== null && !root.chartTile.live
                        flat: true
                        implicitHeight: 28
                        topInset: 0
                        bottomInset: 0
                        leftPadding: Theme.spacingS
                        rightPadding: Theme.spacingS
                        text: qsTr("Back to live")
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: qsTr("Back to live: follow now with the tile's window")
                        onClicked: root.chartTile?.resetView()
                    }
                    IconButton {
                        id: menuButton
                        objectName: "tileMenuButton"
                        implicitWidth: 30
                        implicitHeight: 30
                        iconPath: DashboardIcons.more
                        iconSize: 18
                        toolTipText: qsTr("Tile actions")
                        onClicked: root.openMenu()
                    }
                }
            }

            Loader {
                id: contentLoader
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: root.kind === TilesModel.Chart ? Theme.spacingXs : Theme.spacingM
                Layout.rightMargin: root.kind === TilesModel.Chart ? Theme.spacingXs : Theme.spacingM
                Layout.bottomMargin: root.kind === TilesModel.Chart ? Theme.spacingXs : Theme.spacingM
                sourceComponent: root.isCommand ? commandComponent : root.series.length === 0 ? noSeriesComponent
                               : root.kind === TilesModel.Gauge ? gaugeComponent
                               : root.kind === TilesModel.Timeline ? timelineComponent : chartComponent
            }
        }
    }

    // Resize handle, bottom right.
    Item {
        objectName: "resizeHandle"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: 22
        height: 22
        Accessible.ignored: true

        Icon {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 3
            path: DashboardIcons.resize
            size: 14
            color: resizeHover.hovered || resizeHandler.active ? Theme.accent : Theme.textTertiary
            opacity: resizeHover.hovered || resizeHandler.active || root.activeFocus ? 1 : 0.5
        }
        HoverHandler {
            id: resizeHover
            cursorShape: Qt.SizeFDiagCursor
        }
        DragHandler {
            id: resizeHandler
            target: null
            dragThreshold: 2
            onTranslationChanged: {
                root.growX = resizeHandler.translation.x;
                root.growY = resizeHandler.translation.y;
            }
            onActiveChanged: {
                if (resizeHandler.active)
                    return;
                if (root.targetFits && (root.targetColumnSpan !== root.columnSpan || root.targetRowSpan !== root.rowSpan))
                    root.tiles.resizeTile(root.index, root.targetColumnSpan, root.targetRowSpan);
                root.growX = 0;
                root.growY = 0;
            }
        }
    }

    TileMenu {
        id: tileMenu
        isCommand: root.isCommand
        canExportCsv: root.series.length > 0 && !(root.dashboard?.exporting ?? true)
        onEditRequested: root.editRequested(root.index)
        onCommandHistoryRequested: root.commandHistoryRequested(root.model.commandHistoryDevice, root.model.commandTarget)
        onExportCsvRequested: root.exportCsvRequested(root.tileId, root.shownTitle)
        onExportPngRequested: root.exportPngRequested(card, root.shownTitle)
        onRemoveRequested: root.removeRequested(root.index)
    }

    Component {
        id: chartComponent
        ChartTile {
            dashboard: root.dashboard
            tileId: root.tileId
            paused: root.paused
            low: root.low
            high: root.high
        }
    }
    Component {
        id: gaugeComponent
        GaugeTile {
            dashboard: root.dashboard
            tileId: root.tileId
            low: root.low
            high: root.high
            alert: root.alert
        }
    }
    Component {
        id: commandComponent
        CommandTile {
            tiles: root.tiles
            index: root.index
            roles: root.model
            onOpenRequested: root.openCommandRequested(root.model.commandJid, root.model.command.node)
        }
    }
    Component {
        id: timelineComponent
        TimelineTile {
            dashboard: root.dashboard
            tileId: root.tileId
        }
    }
    Component {
        id: noSeriesComponent
        Item {
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingM, 260)
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: qsTr("No series yet")
                    textFormat: Text.PlainText
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Button {
                    Layout.alignment: Qt.AlignHCenter
                    flat: true
                    text: qsTr("Pick series…")
                    Accessible.name: qsTr("Pick the series this tile shows")
                    onClicked: root.editRequested(root.index)
                }
            }
        }
    }
}
