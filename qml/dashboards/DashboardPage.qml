pragma ComponentBehavior: Bound
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet
import Linnet.Core

// A dashboard of the account: its header, its tiles on a grid, the alert log, and what to do
// when there is nothing yet (no dashboard: browse devices or import one; no tile: add one).
Rectangle {
    id: root

    required property Account account
    // null: the account has no dashboard yet.
    required property Dashboard dashboard
    property bool paused: false
    readonly property DashboardsModel dashboards: root.account.dashboards
    readonly property TileGrid grid: gridLoader.item as TileGrid
    // The window all tiles show (ms), or 0 when they differ; recomputed when tiles change.
    property double windowMs: 0

    signal browseRequested()
    signal newDashboardRequested()
    signal renameRequested()
    signal dashboardRequested(int index)
    // A command tile needs input the tile cannot give: the command view should open it.
    signal commandRequested(string jid, string node)

    function addTile() {
        if (root.dashboard)
            tileEditor.openFor(-1);
    }

    function togglePause() {
        root.paused = !root.paused;
    }

    function openAlerts() {
        alertLog.open();
    }

    function updateWindow() {
        const tiles = root.dashboard ? root.dashboard.tiles : null;
        if (!tiles || tiles.count === 0) {
            root.windowMs = 600000;
            return;
        }
        let common = -1;
        for (let i = 0; i < tiles.count; ++i) {
            const ms = tiles.data(tiles.index(i, 0), TilesModel.WindowRole);
            common = common < 0 || common === ms ? ms : 0;
        }
        root.windowMs = common;
    }

    function setWindow(ms: double) {
        const tiles = root.dashboard.tiles;
        for (let i = 0; i < tiles.count; ++i)
            tiles.setWindow(i, ms);
        root.windowMs = ms;
    }

    // A message at the bottom for a few seconds (exports, imports).
    function notify(text: string, error: bool) {
        toast.text = text;
        toast.error = error;
        toast.progress = -1;
        toast.visible = true;
        toastTimer.restart();
    }

    function localPath(url: url): string {
        const s = url.toString();
        return s.startsWith("file://") ? decodeURIComponent(s.substring(7)) : s;
    }

    function safeFileName(name: string): string {
        return name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "tile";
    }

    // A file in the user's documents folder, suggested by the save dialogs.
    function suggestedFile(name: string, suffix: string): url {
        return root.documents + "/" + root.safeFileName(name) + "." + suffix;
    }
    readonly property url documents: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)

    color: Theme.chatBackground
    onDashboardChanged: root.updateWindow()
    Component.onCompleted: root.updateWindow()

    Connections {
        target: root.dashboard ? root.dashboard.tiles : null
        function onChanged() {
            root.updateWindow();
        }
        function onCountChanged() {
            root.updateWindow();
        }
    }
    Connections {
        target: root.dashboard
        function onCsvProgress(tileId: string, fraction: double) {
            toast.text = qsTr("Exporting CSV…");
            toast.error = false;
            toast.progress = fraction;
            toast.visible = true;
            toastTimer.stop();
        }
        function onCsvFinished(tileId: string, ok: bool, message: string) {
            root.notify(ok ? qsTr("Saved %1").arg(message) : qsTr("CSV export failed: %1").arg(message), !ok);
        }
    }
    Connections {
        target: root.dashboards
        function onImportFinished(ok: bool, message: string) {
            root.notify(ok ? qsTr("Imported “%1”").arg(message) : qsTr("Import failed: %1").arg(message), !ok);
            if (ok)
                root.dashboardRequested(root.dashboards.indexOf(message));
        }
        function onExportFinished(ok: bool, message: string) {
            root.notify(ok ? qsTr("Saved %1").arg(message) : qsTr("Export failed: %1").arg(message), !ok);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: root.dashboard !== null

        DashboardHeader {
            id: header
            objectName: "dashboardHeader"
            Layout.fillWidth: true
            visible: root.dashboard !== null
            dashboards: root.dashboards
            dashboard: root.dashboard
            paused: root.paused
            windowMs: root.windowMs
            onDashboardRequested: index => root.dashboardRequested(index)
            onNewRequested: root.newDashboardRequested()
            onRenameRequested: root.renameRequested()
            onDeleteRequested: deleteDialog.open()
            onImportRequested: importDialog.open()
            onExportRequested: {
                exportDialog.selectedFile = root.suggestedFile(root.dashboard.name, "json");
                exportDialog.open();
            }
            onWindowRequested: ms => root.setWindow(ms)
            onPauseToggled: root.togglePause()
            onAlertsRequested: root.openAlerts()
            onAddTileRequested: root.addTile()
        }

        HistoryStatus {
            Layout.fillWidth: true
            dashboards: root.dashboards
            fetching: root.account.devices.busy
        }

        Loader {
            id: gridLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: root.dashboard !== null && root.dashboard.tiles.count > 0
            sourceComponent: TileGrid {
                objectName: "tileGrid"
                dashboard: root.dashboard
                paused: root.paused
                onEditRequested: index => tileEditor.openFor(index)
                onRemoveRequested: index => root.dashboard.tiles.removeTile(index)
                onOpenCommandRequested: (jid, node) => root.commandRequested(jid, node)
                onCommandHistoryRequested: (device, name) => commandHistoryDialog.openFor(device, name)
                onExportCsvRequested: (tileId, title) => {
                    csvDialog.tileId = tileId;
                    csvDialog.selectedFile = root.suggestedFile(title, "csv");
                    csvDialog.open();
                }
                onExportPngRequested: (item, title) => {
                    pngDialog.item = item;
                    pngDialog.selectedFile = root.suggestedFile(title, "png");
                    pngDialog.open();
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !gridLoader.active

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXxl, 440)
                spacing: Theme.spacingL
                EmptyState {
                    objectName: "emptyDashboard"
                    Layout.fillWidth: true
                    iconPath: DashboardIcons.chart
                    title: qsTr("This dashboard has no tiles yet")
                    hint: qsTr("Add a tile: a line chart of several series, a gauge with the last value, an on/off timeline, or a device's relay or interval.")
                }
                PrimaryButton {
                    objectName: "emptyAddTile"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Add a tile")
                    onClicked: root.addTile()
                }
            }
        }
    }

    // No dashboard at all.
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXxl, 460)
        visible: root.dashboard === null
        spacing: Theme.spacingL

        EmptyState {
            objectName: "noDashboards"
            Layout.fillWidth: true
            iconPath: DashboardIcons.dashboard
            title: qsTr("No dashboards yet")
            hint: qsTr("Browse your server's devices and subscribe to their feeds, then build a dashboard of live charts. Or import one from a file.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacingS
            PrimaryButton {
                objectName: "emptyBrowse"
                text: qsTr("Browse devices")
                onClicked: root.browseRequested()
            }
            Button {
                objectName: "emptyImport"
                flat: true
                implicitHeight: 44
                text: qsTr("Import…")
                Accessible.name: qsTr("Import a dashboard from a file")
                onClicked: importDialog.open()
            }
            Button {
                objectName: "emptyNew"
                flat: true
                implicitHeight: 44
                text: qsTr("New dashboard")
                Accessible.name: text
                onClicked: root.newDashboardRequested()
            }
        }
    }

    // Messages: exports, imports (with progress while a CSV is written).
    Rectangle {
        id: toast
        objectName: "dashboardToast"
        property string text
        property bool error: false
        property real progress: -1
        visible: false
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingXl
        width: Math.min(parent.width - 2 * Theme.spacingXl, toastText.implicitWidth + 2 * Theme.spacingL)
        height: toastColumn.implicitHeight + 2 * Theme.spacingM
        radius: Theme.radiusM
        color: toast.error ? Theme.dangerSurface : Theme.surfaceRaised
        border.width: 1
        border.color: toast.error ? Theme.danger : Theme.divider
        Accessible.role: Accessible.AlertMessage
        Accessible.name: toast.text

        ColumnLayout {
            id: toastColumn
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            Text {
                id: toastText
                Layout.fillWidth: true
                text: toast.text
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: toast.error ? Theme.danger : Theme.textPrimary
                font.pixelSize: Theme.fontSmall + 1
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: toast.progress >= 0
                value: toast.progress
                Accessible.name: qsTr("Export progress")
            }
        }
        Timer {
            id: toastTimer
            interval: 5000
            onTriggered: toast.visible = false
        }
    }

    TileEditor {
        id: tileEditor
        account: root.account
        dashboard: root.dashboard
        windowMs: root.windowMs > 0 ? root.windowMs : 600000
        onAmqpActionRequested: amqpPinDialog.open()
    }
    PinAmqpActionDialog {
        id: amqpPinDialog
        account: root.account
        dashboard: root.dashboard
    }

    CommandHistoryDialog {
        id: commandHistoryDialog
        account: root.account
    }

    AlertLog {
        id: alertLog
        parent: Overlay.overlay
        alerts: root.dashboards.alerts
    }

    AccountDialog {
        id: deleteDialog
        objectName: "deleteDashboardDialog"
        heading: root.dashboard ? qsTr("Delete “%1”?").arg(root.dashboard.name) : ""
        message: qsTr("Its tiles and layout go. The readings stay: other dashboards keep showing them, and the device subscriptions stay until you remove them.")
        buttons: [
            Button {
                flat: true
                implicitHeight: 40
                topInset: 0
                bottomInset: 0
                text: qsTr("Cancel")
                Accessible.name: qsTr("Keep the dashboard")
                onClicked: deleteDialog.reject()
            },
            DangerButton {
                objectName: "deleteDashboardConfirm"
                text: qsTr("Delete dashboard")
                onClicked: {
                    deleteDialog.close();
                    root.dashboards.removeDashboard(root.dashboards.indexOf(root.dashboard.name));
                }
            }
        ]
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import a dashboard")
        fileMode: FileDialog.OpenFile
        currentFolder: root.documents
        nameFilters: [qsTr("Dashboard files (*.json)"), qsTr("All files (*)")]
        onAccepted: root.dashboards.importDashboard(importDialog.selectedFile)
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export the dashboard")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Dashboard files (*.json)")]
        onAccepted: root.dashboards.exportDashboard(root.dashboards.indexOf(root.dashboard.name), exportDialog.selectedFile)
    }
    FileDialog {
        id: csvDialog
        property string tileId
        title: qsTr("Export the tile's data as CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: {
            if (!root.dashboard.exportCsv(csvDialog.tileId, csvDialog.selectedFile))
                root.notify(qsTr("Another export is still running."), true);
        }
    }
    FileDialog {
        id: pngDialog
        property Item item
        title: qsTr("Export the tile as PNG")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "png"
        nameFilters: [qsTr("PNG images (*.png)")]
        onAccepted: {
            const path = root.localPath(pngDialog.selectedFile);
            pngDialog.item?.grabToImage(result => {
                if (result.saveToFile(path))
                    root.notify(qsTr("Saved %1").arg(path), false);
                else
                    root.notify(qsTr("Could not write %1").arg(path), true);
            });
        }
    }
}
