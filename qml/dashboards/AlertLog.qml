pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The alert log of the account's dashboards, newest first: when a series crossed a threshold,
// by how much, and whether it was acknowledged.
Drawer {
    id: root

    required property AlertsModel alerts

    objectName: "alertLog"
    edge: Qt.RightEdge
    width: Math.min(400, (parent ? parent.width : 400) - 48)
    height: parent ? parent.height : 600
    modal: true
    padding: 0
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            width: 1
            height: parent.height
            color: Theme.divider
        }
    }
    Overlay.modal: Rectangle {
        color: Theme.dark ? "#73000000" : "#33101828"
    }

    function formatValue(value: double): string {
        return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
    }

    contentItem: ColumnLayout {
        spacing: 0
        Accessible.role: Accessible.Pane
        Accessible.name: qsTr("Alert log")

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.headerHeight
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingS
            spacing: Theme.spacingS

            Text {
                Layout.fillWidth: true
                text: qsTr("Alerts")
                textFormat: Text.PlainText
                color: Theme.textPrimary
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "acknowledgeAll"
                visible: root.alerts.unacknowledged > 0
                flat: true
                text: qsTr("Acknowledge all")
                Accessible.name: text
                onClicked: root.alerts.acknowledgeAll()
            }
            IconButton {
                iconPath: Icons.close
                toolTipText: qsTr("Close the alert log")
                onClicked: root.close()
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }

        ListView {
            id: list
            objectName: "alertList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.alerts
            visible: list.count > 0
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Alerts")
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: entry
                required property int index
                required property date time
                required property string dashboard
                required property string tileTitle
                required property string series
                required property double value
                required property double threshold
                required property bool high
                required property bool acknowledged

                width: list.width
                implicitHeight: column.implicitHeight + 2 * Theme.spacingM
                color: entry.acknowledged ? "transparent" : Qt.alpha(Theme.danger, Theme.dark ? 0.10 : 0.06)
                Accessible.role: Accessible.ListItem
                Accessible.name: descriptionText.text + ", " + timeText.text + (entry.acknowledged ? qsTr(", acknowledged") : "")

                Rectangle {
                    visible: !entry.acknowledged
                    width: 3
                    height: parent.height
                    color: Theme.danger
                }

                ColumnLayout {
                    id: column
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.spacingXl
                    anchors.rightMargin: Theme.spacingL
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: entry.tileTitle.length > 0 ? entry.tileTitle : entry.series
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            color: Theme.textPrimary
                            font.pixelSize: Theme.fontBody
                            font.weight: entry.acknowledged ? Font.Medium : Font.DemiBold
                        }
                        Text {
                            id: timeText
                            text: entry.time.toLocaleString(Qt.locale(), "d MMM hh:mm:ss")
                            textFormat: Text.PlainText
                            color: Theme.textTertiary
                            font.pixelSize: Theme.fontCaption
                        }
                    }
                    Text {
                        id: descriptionText
                        Layout.fillWidth: true
                        text: entry.high ? qsTr("%1 rose to %2, above %3").arg(entry.series).arg(root.formatValue(entry.value)).arg(root.formatValue(entry.threshold))
                                         : qsTr("%1 fell to %2, below %3").arg(entry.series).arg(root.formatValue(entry.value)).arg(root.formatValue(entry.threshold))
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: entry.acknowledged ? Theme.textSecondary : Theme.danger
                        font.pixelSize: Theme.fontSmall + 1
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: entry.dashboard
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            color: Theme.textTertiary
                            font.pixelSize: Theme.fontCaption
                        }
                        Button {
                            objectName: "acknowledgeButton"
                            visible: !entry.acknowledged
                            flat: true
                            implicitHeight: 28
                            topInset: 0
                            bottomInset: 0
                            text: qsTr("Acknowledge")
                            font.pixelSize: Theme.fontSmall
                            Accessible.name: qsTr("Acknowledge this alert")
                            onClicked: root.alerts.acknowledge(entry.index)
                        }
                        Text {
                            visible: entry.acknowledged
                            text: qsTr("Acknowledged")
                            textFormat: Text.PlainText
                            color: Theme.textTertiary
                            font.pixelSize: Theme.fontCaption
                        }
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }
        }

        EmptyState {
            objectName: "noAlerts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacingXl
            visible: list.count === 0
            iconPath: DashboardIcons.bell
            title: qsTr("No alerts")
            hint: qsTr("Set a low or high threshold on a tile: crossing it turns the tile red and shows up here.")
        }
    }
}
