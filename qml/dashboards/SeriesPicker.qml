pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The series a tile may show, as the account's store knows them (DashboardsModel's
// availableSeries()), grouped by device, with a filter: checking one adds it to `chosen`,
// unchecking removes it. Chosen series the store does not hold yet (typed in) are listed first.
ColumnLayout {
    id: root

    // [{service, node, name, label, unit, device, count, last}] from availableSeries().
    property var available: []
    // [{service, node, name}] in the order they were picked.
    property var chosen: []
    // Node → title, for devices the store only knows by node (FeedsModel's titles).
    property var titles: ({})
    readonly property alias filterField: filterField
    readonly property alias list: list

    signal toggled(string service, string node, string name)

    function same(a: var, b: var): bool {
        return a.service === b.service && a.node === b.node && a.name === b.name;
    }

    function isChosen(entry: var): bool {
        return root.chosen.some(c => root.same(c, entry));
    }

    function unitLabel(unit: string): string {
        switch (unit) {
        case "Cel": return "°C";
        case "%RH": return "% RH";
        case "/": return "";
        }
        return unit;
    }

    // What the list shows: typed-in chosen series first, then the store's, filtered.
    readonly property var rows: {
        const needle = filterField.text.trim().toLowerCase();
        const known = root.available.map(s => Object.assign({}, s, {
            device: s.device === s.node && root.titles[s.node] ? root.titles[s.node] : s.device, known: true }));
        const typed = root.chosen.filter(c => !known.some(s => root.same(s, c))).map(c => ({
            service: c.service, node: c.node, name: c.name,
            label: c.name.startsWith(c.node + ":") ? c.name.substring(c.node.length + 1) : c.name,
            unit: "", device: qsTr("No readings yet"), known: false }));
        return typed.concat(known).filter(s => needle.length === 0
            || (s.device + " " + s.label + " " + s.node + " " + s.unit).toLowerCase().indexOf(needle) >= 0);
    }

    spacing: Theme.spacingS

    TextField {
        id: filterField
        objectName: "seriesFilter"
        Layout.fillWidth: true
        visible: root.available.length > 6
        placeholderText: qsTr("Filter by device or name")
        Accessible.name: qsTr("Filter the series by device or name")
        Keys.onDownPressed: {
            list.forceActiveFocus();
            list.currentIndex = 0;
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(list.contentHeight, 4 * 40 + 2 * 28) + 2
        Layout.minimumHeight: 60
        radius: Theme.radiusM
        color: "transparent"
        border.width: 1
        border.color: Theme.divider

        ListView {
            id: list
            objectName: "seriesList"
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: root.rows
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: -1
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Series to show")
            ScrollBar.vertical: ScrollBar {}
            Keys.onSpacePressed: {
                const row = root.rows[list.currentIndex];
                if (row)
                    root.toggled(row.service, row.node, row.name);
            }
            Keys.onReturnPressed: event => event.accepted = false  // Enter: the dialog's default action
            section.property: "device"
            section.delegate: Rectangle {
                id: sectionHeader
                required property string section
                width: ListView.view.width
                height: 28
                color: Theme.field
                Text {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingM
                    anchors.rightMargin: Theme.spacingM
                    verticalAlignment: Text.AlignVCenter
                    text: sectionHeader.section
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
            }

            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                readonly property bool picked: root.isChosen(row.modelData)
                width: ListView.view.width
                implicitHeight: 40
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                topPadding: 0
                bottomPadding: 0
                focusPolicy: Qt.NoFocus
                highlighted: ListView.isCurrentItem && list.activeFocus
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: row.picked
                Accessible.name: qsTr("%1 of %2").arg(row.modelData.label).arg(row.modelData.device)
                onClicked: {
                    list.currentIndex = row.index;
                    root.toggled(row.modelData.service, row.modelData.node, row.modelData.name);
                }

                contentItem: RowLayout {
                    spacing: Theme.spacingM
                    Rectangle {
                        implicitWidth: 18
                        implicitHeight: 18
                        radius: 4
                        color: row.picked ? Theme.accent : "transparent"
                        border.width: row.picked ? 0 : 2
                        border.color: Theme.textTertiary
                        Icon {
                            anchors.centerIn: parent
                            visible: row.picked
                            path: Icons.check
                            size: 14
                            color: Theme.textOnAccent
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.modelData.label
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontBody
                    }
                    Text {
                        text: row.modelData.known ? root.unitLabel(row.modelData.unit) : qsTr("typed in")
                        textFormat: Text.PlainText
                        color: Theme.textTertiary
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        Text {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingL
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: root.available.length === 0
                  ? qsTr("No readings received yet. Subscribe to a device in Browse devices, or type a series below.")
                  : qsTr("No series matches “%1”.").arg(filterField.text.trim())
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontSmall + 1
        }
    }
}
