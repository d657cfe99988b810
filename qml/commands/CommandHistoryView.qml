pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The commands run on one device, newest first: when, which command, the values sent, the
// outcome (note or error), our session that sent it and the round trip. Live: a command run
// meanwhile appears at the top.
ListView {
    id: root

    required property Account account
    // The history's key: the bare JID of the device (or contact, server, service), or an AMQP
    // device's "amqp/BROKER/DEVICE" (CommandTileRunner::historyDevice).
    required property string device
    // How people name it: the JID, or "DEVICE via BROKER".
    property string deviceName: root.device

    function timeText(time: date): string {
        const today = new Date();
        const sameDay = time.toDateString() === today.toDateString();
        return sameDay ? time.toLocaleTimeString(Qt.locale(), "HH:mm:ss")
                       : time.toLocaleString(Qt.locale(), Locale.ShortFormat);
    }

    function outcomeText(outcome: string): string {
        switch (outcome) {
        case "completed": return qsTr("completed");
        case "executing": return qsTr("next step");
        case "canceled": return qsTr("canceled");
        case "error": return qsTr("error");
        }
        return outcome;
    }

    objectName: "commandHistory"
    model: CommandHistoryModel {
        id: history
        account: root.account
        device: root.device
    }
    clip: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Command history of %1").arg(root.deviceName)
    ScrollBar.vertical: ScrollBar {}

    header: RowLayout {
        width: ListView.view.width
        height: 34
        spacing: Theme.spacingM
        Repeater {
            model: [[qsTr("Time"), 84], [qsTr("Command"), 180], [qsTr("Values sent"), -1], [qsTr("Result"), 260], [qsTr("Session"), 90]]
            delegate: Text {
                required property var modelData
                required property int index
                Layout.leftMargin: index === 0 ? Theme.spacingXl : 0
                Layout.rightMargin: index === 4 ? Theme.spacingXl : 0
                Layout.preferredWidth: modelData[1] > 0 ? modelData[1] : -1
                Layout.fillWidth: modelData[1] < 0
                text: modelData[0]
                textFormat: Text.PlainText
                color: Theme.textTertiary
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 0.4
            }
        }
    }

    delegate: Rectangle {
        id: entry

        required property date time
        required property string resource
        required property string command
        required property string values
        required property string outcome
        required property string result
        required property var roundTripMs

        width: ListView.view.width
        implicitHeight: Math.max(48, line.implicitHeight + 2 * Theme.spacingS)
        color: entry.ListView.isCurrentItem && root.activeFocus ? Theme.selected : "transparent"
        Accessible.role: Accessible.ListItem
        Accessible.name: qsTr("%1, %2, %3: %4").arg(root.timeText(entry.time)).arg(entry.command)
                         .arg(root.outcomeText(entry.outcome)).arg(entry.result)
                         + (entry.values.length > 0 ? ", " + qsTr("sent %1").arg(entry.values) : "")

        RowLayout {
            id: line
            anchors.fill: parent
            anchors.topMargin: Theme.spacingS
            anchors.bottomMargin: Theme.spacingS
            spacing: Theme.spacingM
            Text {
                Layout.leftMargin: Theme.spacingXl
                Layout.preferredWidth: 84
                Layout.alignment: Qt.AlignTop
                text: root.timeText(entry.time)
                textFormat: Text.PlainText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                font.features: { "tnum": 1 }
            }
            Text {
                Layout.preferredWidth: 180
                Layout.alignment: Qt.AlignTop
                text: entry.command
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
            }
            Text {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                text: entry.values.length > 0 ? entry.values : "—"
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            RowLayout {
                Layout.preferredWidth: 260
                Layout.maximumWidth: 260
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingS
                Pill {
                    text: root.outcomeText(entry.outcome)
                    foreground: entry.outcome === "error" ? Theme.danger : entry.outcome === "completed" ? Theme.success : Theme.textSecondary
                    fill: entry.outcome === "error" ? Theme.dangerSurface : Theme.field
                }
                Text {
                    Layout.fillWidth: true
                    text: entry.result
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: entry.outcome === "error" ? Theme.danger : Theme.textPrimary
                    font.pixelSize: Theme.fontSmall
                }
            }
            ColumnLayout {
                Layout.preferredWidth: 90
                Layout.rightMargin: Theme.spacingXl
                Layout.alignment: Qt.AlignTop
                spacing: 0
                Text {
                    text: entry.resource
                    textFormat: Text.PlainText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    text: qsTr("%1 ms").arg(entry.roundTripMs)
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

    EmptyState {
        objectName: "noCommandHistory"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 360)
        visible: root.count === 0 && !history.loading
        iconPath: CommandIcons.history
        title: qsTr("No commands run yet")
        hint: qsTr("Every command you run on %1 is listed here, with its values and result.").arg(root.deviceName)
    }
}
