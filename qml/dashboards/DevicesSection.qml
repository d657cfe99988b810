pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The sidebar's Devices section: the account's dashboards (with an alert dot while one of its
// tiles is past a threshold), "New dashboard" and "Browse devices".
ColumnLayout {
    id: root

    required property DashboardsModel dashboards
    // What the main area shows ("chats", "dashboard", "devices") and which dashboard.
    property string view: "chats"
    property int currentIndex: -1

    signal dashboardRequested(int index)
    signal newDashboardRequested()
    signal browseRequested()

    spacing: 0

    // One row: an icon, a label, optionally an alert dot.
    component NavRow: ItemDelegate {
        id: row
        property string iconPath
        property bool selected
        property bool alert
        implicitHeight: 36
        Layout.fillWidth: true
        leftPadding: Theme.spacingM + Theme.spacingXs
        rightPadding: Theme.spacingM + Theme.spacingXs
        topPadding: 0
        bottomPadding: 0
        focusPolicy: Qt.TabFocus
        highlighted: selected
        Accessible.role: Accessible.ListItem
        Accessible.name: row.alert ? qsTr("%1, alert").arg(text) : text
        Accessible.selectable: true
        Accessible.selected: selected
        Accessible.onPressAction: row.clicked()

        contentItem: RowLayout {
            spacing: Theme.spacingM
            Icon {
                Layout.leftMargin: 2
                path: row.iconPath
                size: 18
                color: row.selected ? Theme.accent : Theme.textSecondary
            }
            Text {
                Layout.fillWidth: true
                text: row.text
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: row.selected ? Theme.accent : Theme.textPrimary
                font.pixelSize: Theme.fontBody
                font.weight: row.selected ? Font.DemiBold : Font.Medium
            }
            Rectangle {
                visible: row.alert
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: Theme.danger
            }
        }
        background: Rectangle {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingS
            anchors.rightMargin: Theme.spacingS
            radius: Theme.radiusS
            color: row.selected ? Theme.selected : row.down ? Theme.divider : row.hovered ? Theme.hover : "transparent"
            border.width: row.visualFocus ? 2 : 0
            border.color: Theme.focusRing
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 1
        color: Theme.divider
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingL + Theme.spacingXs
        Layout.rightMargin: Theme.spacingS
        Layout.topMargin: Theme.spacingS
        spacing: Theme.spacingXs

        Text {
            Layout.fillWidth: true
            text: qsTr("DEVICES")
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Bold
            font.letterSpacing: 0.8
            Accessible.role: Accessible.Heading
            Accessible.name: qsTr("Devices")
        }
        IconButton {
            objectName: "newDashboardButton"
            implicitWidth: 28
            implicitHeight: 28
            iconPath: DashboardIcons.add
            iconSize: 18
            toolTipText: qsTr("New dashboard")
            onClicked: root.newDashboardRequested()
        }
    }

    ListView {
        id: list
        objectName: "dashboardList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 5 * 36)
        model: root.dashboards
        interactive: contentHeight > height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Dashboards")

        delegate: NavRow {
            required property int index
            required property string name
            required alert
            width: list.width
            text: name
            iconPath: DashboardIcons.dashboard
            selected: root.view === "dashboard" && root.currentIndex === index
            onClicked: root.dashboardRequested(index)
        }
    }

    NavRow {
        objectName: "browseDevicesRow"
        Layout.bottomMargin: Theme.spacingS
        text: qsTr("Browse devices")
        iconPath: DashboardIcons.sensors
        selected: root.view === "devices"
        onClicked: root.browseRequested()
    }
}
