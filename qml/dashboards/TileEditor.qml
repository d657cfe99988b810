pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Adds a tile or edits one: its kind, title, the series it shows (picked by device feed and
// SenML name; a chart may mix devices) and its thresholds.
AccountDialog {
    id: root

    required property Account account
    property Dashboard dashboard: null
    // The tile edited; -1: a new one.
    property int row: -1
    // The window a new tile starts with (the dashboard's), ms.
    property double windowMs: 600000
    property int kind: TilesModel.Chart
    readonly property bool isCommand: root.kind === TilesModel.Command
    // [{service, node, name}] the tile will show.
    property var chosen: []
    property string errorText
    readonly property alias titleField: titleField
    readonly property alias nameField: nameField
    readonly property alias lowField: lowField
    readonly property alias highField: highField
    readonly property alias picker: picker

    readonly property DashboardsModel dashboards: root.account.dashboards
    readonly property FeedsModel feeds: root.account.devices.feeds

    signal saved(int row)
    // "Device action" chosen for a new tile: the AMQP quick action dialog takes over.
    signal amqpActionRequested()

    function roleValue(model: var, row: int, role: int): var {
        return model.data(model.index(row, 0), role);
    }

    function openFor(tileRow: int) {
        const tiles = root.dashboard.tiles;
        root.row = tileRow;
        root.errorText = "";
        nameField.editText = "";
        if (tileRow >= 0) {
            root.kind = roleValue(tiles, tileRow, TilesModel.KindRole);
            titleField.text = roleValue(tiles, tileRow, TilesModel.TitleRole);
            const series = roleValue(tiles, tileRow, TilesModel.SeriesRole) || [];
            root.chosen = series.map(s => ({ service: s.service, node: s.node, name: s.name }));
            if (root.isCommand)
                commandSettings.load(roleValue(tiles, tileRow, TilesModel.CommandRole));
            const low = roleValue(tiles, tileRow, TilesModel.LowRole);
            const high = roleValue(tiles, tileRow, TilesModel.HighRole);
            lowField.text = typeof low === "number" ? String(low) : "";
            highField.text = typeof high === "number" ? String(high) : "";
        } else {
            root.kind = TilesModel.Chart;
            titleField.text = "";
            root.chosen = [];
            lowField.text = "";
            highField.text = "";
        }
        // Read once per opening: the store's series change rarely, never per reading.
        picker.titles = root.feedTitles();
        picker.available = root.dashboards.availableSeries();
        picker.filterField.text = "";
        open();
    }

    // The SenML names the store holds for a feed (suggestions for the typed-in fallback), else
    // the names Linnet's device fleet publishes (C6); the user may overwrite them.
    function namesFor(service: string, node: string): list<string> {
        const known = root.dashboards.availableSeries(service, node);
        if (known.length > 0)
            return known.map(s => s.name);
        return ["temperature", "humidity", "co2", "power", "door", "battery"].map(n => node + ":" + n);
    }

    // Node → title of the subscribed feeds, for series whose device the store knows by node only.
    function feedTitles(): var {
        const titles = {};
        for (let i = 0; i < root.feeds.count; ++i) {
            const title = roleValue(root.feeds, i, FeedsModel.TitleRole);
            if (title && title.length > 0)
                titles[roleValue(root.feeds, i, FeedsModel.NodeRole)] = title;
        }
        return titles;
    }

    function toggle(service: string, node: string, name: string) {
        const entry = { service: service, node: node, name: name };
        if (root.chosen.some(s => s.service === service && s.node === node && s.name === name))
            root.chosen = root.chosen.filter(s => !(s.service === service && s.node === node && s.name === name));
        else
            root.chosen = root.chosen.concat([entry]);
        root.errorText = "";
    }

    function addChosen() {
        if (feedBox.currentIndex < 0) {
            root.errorText = qsTr("Subscribe to a device first: Browse devices.");
            return;
        }
        const service = roleValue(root.feeds, feedBox.currentIndex, FeedsModel.ServiceRole);
        const node = roleValue(root.feeds, feedBox.currentIndex, FeedsModel.NodeRole);
        const name = nameField.editText.trim();
        if (name.length === 0)
            return;
        if (!root.chosen.some(s => s.service === service && s.node === node && s.name === name))
            root.chosen = root.chosen.concat([{ service: service, node: node, name: name }]);
        nameField.editText = "";
        root.errorText = "";
    }

    function parseThreshold(text: string): var {
        const trimmed = text.trim().replace(",", ".");
        return trimmed.length === 0 ? undefined : Number(trimmed);
    }

    function submit() {
        if (root.isCommand) {
            const problem = commandSettings.apply(root.dashboard.tiles, root.row);
            root.errorText = problem;
            if (problem.length > 0)
                return;
            root.dashboard.tiles.setTitle(root.row, titleField.text.trim());
            root.close();
            root.saved(root.row);
            return;
        }
        const low = parseThreshold(lowField.text);
        const high = parseThreshold(highField.text);
        if ((low !== undefined && isNaN(low)) || (high !== undefined && isNaN(high))) {
            root.errorText = qsTr("Thresholds are numbers, e.g. 18 or 27.5.");
            return;
        }
        if (low !== undefined && high !== undefined && low >= high) {
            root.errorText = qsTr("The low threshold must be below the high one.");
            return;
        }
        const tiles = root.dashboard.tiles;
        let index = root.row;
        if (index < 0) {
            index = tiles.addTile(root.kind, titleField.text.trim(), -1, -1,
                                  root.kind === TilesModel.Chart ? 6 : 3, root.kind === TilesModel.Timeline ? 2 : 3);
            if (index < 0) {
                root.errorText = qsTr("The tile does not fit on the grid.");
                return;
            }
            tiles.setWindow(index, root.windowMs);
        } else {
            tiles.setKind(index, root.kind);
            tiles.setTitle(index, titleField.text.trim());
            const before = roleValue(tiles, index, TilesModel.SeriesRole) || [];
            for (let i = before.length - 1; i >= 0; --i) {
                const s = before[i];
                if (!root.chosen.some(c => c.service === s.service && c.node === s.node && c.name === s.name))
                    tiles.removeSeries(index, i);
            }
        }
        for (const s of root.chosen)
            tiles.addSeries(index, s.service, s.node, s.name);  // false for those already shown
        tiles.setThresholds(index, low === undefined ? null : low, high === undefined ? null : high);
        root.close();
        root.saved(index);
    }

    objectName: "tileEditor"
    width: Math.min(600, (parent ? parent.width : 600) - 2 * Theme.spacingXl)
    heading: root.row >= 0 ? qsTr("Edit tile") : qsTr("Add a tile")
    message: root.isCommand ? qsTr("Pressing the tile runs the command with the values it keeps.")
                            : qsTr("A chart can mix series of several devices, with one y-axis per unit.")
    onOpened: titleField.forceActiveFocus()

    RowLayout {
        Layout.fillWidth: true
        visible: !root.isCommand
        spacing: Theme.spacingS
        Repeater {
            model: [{ kind: TilesModel.Chart, icon: DashboardIcons.chart, label: qsTr("Line chart") },
                    { kind: TilesModel.Gauge, icon: DashboardIcons.gauge, label: qsTr("Gauge") },
                    { kind: TilesModel.Timeline, icon: DashboardIcons.timeline, label: qsTr("On/off timeline") }]
            delegate: KindChip {
                required property var modelData
                iconPath: modelData.icon
                text: modelData.label
                checked: root.kind === modelData.kind
                onClicked: root.kind = modelData.kind
            }
        }
        KindChip {
            objectName: "kindAmqpAction"
            visible: root.row < 0
            iconPath: DashboardIcons.sensors
            text: qsTr("Device action")
            Accessible.name: qsTr("Device action: a relay switch or interval slider over AMQP")
            onClicked: {
                root.close();
                root.amqpActionRequested();
            }
        }
    }

    TextField {
        id: titleField
        objectName: "tileTitleField"
        Layout.fillWidth: true
        placeholderText: qsTr("Title (optional), e.g. Greenhouse temperatures")
        maximumLength: 80
        Accessible.name: qsTr("Tile title")
    }

    // Charts, gauges and timelines: their series and thresholds.
    ColumnLayout {
        Layout.fillWidth: true
        visible: !root.isCommand
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            spacing: Theme.spacingS
            Text {
                Layout.fillWidth: true
                text: root.kind === TilesModel.Chart ? qsTr("Series") : qsTr("Series (the first one is shown)")
                textFormat: Text.PlainText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "chosenCount"
                text: root.chosen.length === 0 ? qsTr("none picked yet") : qsTr("%n picked", "", root.chosen.length)
                textFormat: Text.PlainText
                color: root.chosen.length === 0 ? Theme.textTertiary : Theme.accent
                font.pixelSize: Theme.fontSmall
            }
        }

        ChosenSeriesChips {
            Layout.fillWidth: true
            visible: root.chosen.length > 0
            chosen: root.chosen
            kind: root.kind
            onRemoveRequested: index => root.chosen = root.chosen.filter((_, i) => i !== index)
        }

        SeriesPicker {
            id: picker
            Layout.fillWidth: true
            chosen: root.chosen
            onToggled: (service, node, name) => root.toggle(service, node, name)
        }

        Text {
            Layout.fillWidth: true
            text: qsTr("Or type a series that has sent nothing yet:")
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontSmall
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ComboBox {
                id: feedBox
                objectName: "feedBox"
                Layout.preferredWidth: 200
                model: root.feeds
                textRole: "node"
                displayText: feedBox.count === 0 ? qsTr("No devices") : feedBox.currentText
                Accessible.name: qsTr("Device feed")
                contentItem: Text {
                    leftPadding: Theme.spacingM
                    verticalAlignment: Text.AlignVCenter
                    text: feedBox.displayText
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: feedBox.count === 0 ? Theme.textTertiary : Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                }
                function suggest() {
                    if (feedBox.currentIndex >= 0)
                        nameField.model = root.namesFor(root.roleValue(root.feeds, feedBox.currentIndex, FeedsModel.ServiceRole),
                                                        root.roleValue(root.feeds, feedBox.currentIndex, FeedsModel.NodeRole));
                }
                onActivated: feedBox.suggest()
                onCountChanged: {
                    if (feedBox.currentIndex < 0 && feedBox.count > 0)
                        feedBox.currentIndex = 0;
                    feedBox.suggest();
                }
                Component.onCompleted: feedBox.suggest()
            }
            ComboBox {
                id: nameField
                objectName: "seriesNameField"
                Layout.fillWidth: true
                editable: true
                Accessible.name: qsTr("SenML name of the series, e.g. greenhouse-1:temperature")
                onAccepted: root.addChosen()
                contentItem: TextField {
                    leftPadding: Theme.spacingM
                    rightPadding: 0
                    topPadding: 0
                    bottomPadding: 0
                    text: nameField.editText
                    placeholderText: qsTr("node:name")
                    selectByMouse: true
                    verticalAlignment: Text.AlignVCenter
                    background: null
                    Accessible.name: nameField.Accessible.name
                }
            }
            Button {
                objectName: "addSeriesButton"
                flat: true
                implicitHeight: 40
                topInset: 0
                bottomInset: 0
                text: qsTr("Add")
                Accessible.name: qsTr("Add this series")
                onClicked: root.addChosen()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TextField {
                id: lowField
                objectName: "lowThresholdField"
                Layout.fillWidth: true
                placeholderText: qsTr("Alert below (optional)")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Low threshold: alert below this value")
            }
            TextField {
                id: highField
                objectName: "highThresholdField"
                Layout.fillWidth: true
                placeholderText: qsTr("Alert above (optional)")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("High threshold: alert above this value")
            }
        }
    }

    CommandTileSettings {
        id: commandSettings
        objectName: "commandTileSettings"
        Layout.fillWidth: true
        visible: root.isCommand
    }

    Text {
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        text: root.errorText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontSmall + 1
    }

    buttons: [
        Button {
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: root.reject()
        },
        PrimaryButton {
            objectName: "tileEditorConfirm"
            implicitHeight: 40
            text: root.row >= 0 ? qsTr("Save") : qsTr("Add tile")
            onClicked: root.submit()
        }
    ]
}
