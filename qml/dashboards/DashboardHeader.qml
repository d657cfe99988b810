pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The dashboard's bar: its name (a menu to switch, create, rename, import, export and delete),
// the window presets for every tile, pause, the alert log with its unacknowledged count, and
// "Add tile".
Rectangle {
    id: root

    required property DashboardsModel dashboards
    required property Dashboard dashboard
    property bool paused: false
    // The window every tile shows (ms), or 0 when the tiles differ.
    property double windowMs: 0

    signal dashboardRequested(int index)
    signal newRequested()
    signal renameRequested()
    signal deleteRequested()
    signal importRequested()
    signal exportRequested()
    signal windowRequested(double windowMs)
    signal pauseToggled()
    signal alertsRequested()
    signal addTileRequested()

    function presetLabel(ms: double): string {
        if (ms >= 86400000 * 7)
            return qsTr("7 d");
        if (ms >= 86400000)
            return qsTr("24 h");
        if (ms >= 3600000)
            return qsTr("1 h");
        return ms >= 600000 ? qsTr("10 min") : qsTr("1 min");
    }

    function openMenu() {
        dashboardMenu.popup(nameButton, 0, nameButton.height);
    }

    implicitHeight: Theme.headerHeight
    color: Theme.background

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }

    component Chip: AbstractButton {
        id: chip
        property bool selected
        implicitHeight: 28
        implicitWidth: chipText.implicitWidth + 2 * Theme.spacingS + 4
        focusPolicy: Qt.TabFocus
        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.checked: selected
        Accessible.name: text
        contentItem: Text {
            id: chipText
            text: chip.text
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: chip.selected ? Theme.accent : Theme.textSecondary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: chip.selected ? Font.DemiBold : Font.Medium
        }
        background: Rectangle {
            radius: Theme.radiusS
            color: chip.selected ? Theme.surface : chip.hovered ? Theme.hover : "transparent"
            border.width: chip.visualFocus ? 2 : chip.selected ? 1 : 0
            border.color: chip.visualFocus ? Theme.focusRing : Theme.divider
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingM

        AbstractButton {
            id: nameButton
            objectName: "dashboardNameButton"
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Layout.minimumWidth: 80
            implicitHeight: 40
            implicitWidth: nameRow.implicitWidth + 2 * Theme.spacingS
            focusPolicy: Qt.TabFocus
            Accessible.role: Accessible.ButtonMenu
            Accessible.name: qsTr("Dashboard %1: switch, rename, export or delete").arg(root.dashboard?.name ?? "")
            onClicked: root.openMenu()

            contentItem: RowLayout {
                id: nameRow
                spacing: Theme.spacingXs
                Text {
                    objectName: "dashboardTitle"
                    Layout.maximumWidth: Math.max(40, root.width / 3)
                    text: root.dashboard?.name ?? ""
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                }
                Icon {
                    path: Icons.expandMore
                    size: 20
                    color: Theme.textSecondary
                }
            }
            background: Rectangle {
                radius: Theme.radiusS
                color: nameButton.down ? Theme.divider : nameButton.hovered ? Theme.hover : "transparent"
                border.width: nameButton.visualFocus ? 2 : 0
                border.color: Theme.focusRing
            }
        }

        Pill {
            visible: root.paused
            text: qsTr("paused")
            foreground: Theme.warning
            fill: Theme.warningSurface
        }

        Item { Layout.fillWidth: true }

        // Window presets: a segmented control.
        Rectangle {
            Layout.preferredHeight: 34
            Layout.preferredWidth: presetRow.implicitWidth + 6
            radius: Theme.radiusM
            color: Theme.field
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Time window")

            Row {
                id: presetRow
                anchors.centerIn: parent
                spacing: 2
                Repeater {
                    model: root.dashboard?.tiles.windowPresets ?? []
                    delegate: Chip {
                        required property var modelData
                        objectName: "windowPreset_" + modelData
                        text: root.presetLabel(modelData)
                        selected: root.windowMs === modelData
                        Accessible.name: qsTr("Show the last %1").arg(text)
                        onClicked: root.windowRequested(modelData)
                    }
                }
            }
        }

        IconButton {
            objectName: "pauseButton"
            iconPath: root.paused ? DashboardIcons.play : DashboardIcons.pause
            toolTipText: root.paused ? qsTr("Resume: follow the live feed") : qsTr("Pause: hold the view")
            onClicked: root.pauseToggled()
        }

        IconButton {
            id: alertsButton
            objectName: "alertsButton"
            readonly property int unacknowledged: root.dashboards.alerts.unacknowledged
            iconPath: DashboardIcons.bell
            iconColor: unacknowledged > 0 ? Theme.danger : Theme.textSecondary
            toolTipText: unacknowledged > 0 ? qsTr("Alerts: %n not acknowledged", "", unacknowledged) : qsTr("Alerts")
            onClicked: root.alertsRequested()

            Badge {
                objectName: "alertsCount"
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.rightMargin: -4
                anchors.topMargin: -2
                count: alertsButton.unacknowledged
                color: Theme.danger
            }
        }

        PrimaryButton {
            objectName: "addTileButton"
            implicitHeight: 36
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            text: qsTr("Add tile")
            Accessible.name: qsTr("Add a tile")
            onClicked: root.addTileRequested()
        }
    }

    Menu {
        id: dashboardMenu
        objectName: "dashboardMenu"
        background: PopupBackground {}

        Instantiator {
            model: root.dashboards
            delegate: MenuItem {
                required property int index
                required property string name
                text: name
                checkable: true
                checked: name === (root.dashboard?.name ?? "")
                Accessible.name: qsTr("Show %1").arg(name)
                onTriggered: root.dashboardRequested(index)
            }
            onObjectAdded: (index, object) => dashboardMenu.insertItem(index, object as MenuItem)
            onObjectRemoved: (index, object) => dashboardMenu.removeItem(object as MenuItem)
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("New dashboard…")
            Accessible.name: text
            onTriggered: root.newRequested()
        }
        MenuItem {
            text: qsTr("Rename…")
            Accessible.name: qsTr("Rename this dashboard")
            onTriggered: root.renameRequested()
        }
        MenuItem {
            text: qsTr("Import from file…")
            Accessible.name: qsTr("Import a dashboard from a file")
            onTriggered: root.importRequested()
        }
        MenuItem {
            text: qsTr("Export to file…")
            Accessible.name: qsTr("Export this dashboard to a file")
            onTriggered: root.exportRequested()
        }
        MenuSeparator {}
        MenuItem {
            objectName: "deleteDashboardItem"
            text: qsTr("Delete dashboard…")
            Accessible.name: qsTr("Delete this dashboard")
            onTriggered: root.deleteRequested()
        }
    }
}
