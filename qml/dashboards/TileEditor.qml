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
    // [{service, node, name}] the tile will show.
    property var chosen: []
    property string errorText
    readonly property alias titleField: titleField
    readonly property alias nameField: nameField
    readonly property alias lowField: lowField
    readonly property alias highField: highField

    // Untyped on purpose: availableSeries() is used when the dashboards model offers it.
    readonly property var dashboardsAny: root.account.dashboards
    readonly property FeedsModel feeds: root.account.devices.feeds

    signal saved(int row)

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
        open();
    }

    // The SenML names known for a feed: from the store when the model offers them, else the
    // names Linnet's device fleet publishes (C6), as suggestions the user may overwrite.
    function namesFor(service: string, node: string): list<string> {
        if (typeof root.dashboardsAny.availableSeries === "function") {
            const known = root.dashboardsAny.availableSeries(service, node);
            if (known && known.length > 0)
                return known.map(s => typeof s === "string" ? s : s.name);
        }
        return ["temperature", "humidity", "co2", "power", "door", "battery"].map(n => node + ":" + n);
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
        if (root.chosen.some(s => s.service === service && s.node === node && s.name === name))
            return;
        root.chosen = root.chosen.concat([{ service: service, node: node, name: name }]);
        nameField.editText = "";
    }

    function parseThreshold(text: string): var {
        const trimmed = text.trim().replace(",", ".");
        return trimmed.length === 0 ? undefined : Number(trimmed);
    }

    function submit() {
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
    message: qsTr("Pick what the tile shows. A chart can mix series of several devices; one y-axis per unit.")
    onOpened: titleField.forceActiveFocus()

    component KindChip: AbstractButton {
        id: chip
        required property int value
        required property string iconPath
        checked: root.kind === value
        Layout.fillWidth: true
        implicitHeight: 56
        focusPolicy: Qt.TabFocus
        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.checked: checked
        Accessible.name: text
        onClicked: root.kind = value
        contentItem: ColumnLayout {
            spacing: 2
            Icon {
                Layout.alignment: Qt.AlignHCenter
                path: chip.iconPath
                size: 20
                color: chip.checked ? Theme.accent : Theme.textSecondary
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: chip.text
                textFormat: Text.PlainText
                color: chip.checked ? Theme.accent : Theme.textPrimary
                font.pixelSize: Theme.fontSmall + 1
                font.weight: chip.checked ? Font.DemiBold : Font.Medium
            }
        }
        background: Rectangle {
            radius: Theme.radiusM
            color: chip.checked ? Theme.selected : chip.hovered ? Theme.hover : Theme.field
            border.width: chip.visualFocus ? 2 : 0
            border.color: Theme.focusRing
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        KindChip { value: TilesModel.Chart; iconPath: DashboardIcons.chart; text: qsTr("Line chart") }
        KindChip { value: TilesModel.Gauge; iconPath: DashboardIcons.gauge; text: qsTr("Gauge") }
        KindChip { value: TilesModel.Timeline; iconPath: DashboardIcons.timeline; text: qsTr("On/off timeline") }
    }

    TextField {
        id: titleField
        objectName: "tileTitleField"
        Layout.fillWidth: true
        placeholderText: qsTr("Title (optional), e.g. Greenhouse temperatures")
        maximumLength: 80
        Accessible.name: qsTr("Tile title")
    }

    Text {
        text: root.kind === TilesModel.Chart ? qsTr("Series") : qsTr("Series (the first one is shown)")
        textFormat: Text.PlainText
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }

    Repeater {
        model: root.chosen
        delegate: RowLayout {
            id: chosenRow
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Rectangle {
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: Theme.accent
                opacity: chosenRow.index === 0 || root.kind === TilesModel.Chart ? 1 : 0.3
            }
            Text {
                Layout.fillWidth: true
                text: chosenRow.modelData.name + "  ·  " + chosenRow.modelData.node
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: Theme.textPrimary
                font.pixelSize: Theme.fontBody
            }
            IconButton {
                implicitWidth: 28
                implicitHeight: 28
                iconPath: Icons.close
                iconSize: 16
                toolTipText: qsTr("Remove %1").arg(chosenRow.modelData.name)
                onClicked: root.chosen = root.chosen.filter((_, i) => i !== chosenRow.index)
            }
        }
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
