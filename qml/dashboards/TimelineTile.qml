pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// A timeline tile: the boolean state of the tile's first series (a door contact, a relay) over
// the window, as coloured segments (at most TimelineModel.MaxSegments), with the state now.
Item {
    id: root

    required property Dashboard dashboard
    required property string tileId

    readonly property bool stale: timeline.stale
    readonly property TimelineModel timeline: timeline

    function timeText(time: date): string {
        const span = timeline.viewTo.getTime() - timeline.viewFrom.getTime();
        return time.toLocaleTimeString(Qt.locale(), span > 600000 ? "hh:mm" : "hh:mm:ss");
    }

    TimelineModel {
        id: timeline
        dashboard: root.dashboard
        tileId: root.tileId
    }

    Accessible.role: Accessible.StaticText
    Accessible.name: timeline.current === undefined ? qsTr("%1: no reading yet").arg(timeline.name)
                   : qsTr("%1: %2 now").arg(timeline.name).arg(timeline.current ? qsTr("on") : qsTr("off"))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            spacing: Theme.spacingS
            Rectangle {
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: timeline.current === true ? (timeline.stale ? Theme.textTertiary : Theme.success) : Theme.presenceOffline
            }
            Text {
                objectName: "timelineState"
                text: timeline.current === undefined ? qsTr("No reading yet")
                    : timeline.current ? qsTr("On") : qsTr("Off")
                textFormat: Text.PlainText
                color: Theme.textPrimary
                font.pixelSize: Theme.fontTitle + 3
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: timeline.count > 0 ? qsTr("%n change(s) in view", "", Math.max(0, timeline.count - 1)) : ""
                textFormat: Text.PlainText
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignRight
                color: Theme.textTertiary
                font.pixelSize: Theme.fontSmall
            }
        }

        Rectangle {
            id: track
            objectName: "timelineTrack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 16
            Layout.maximumHeight: 48
            radius: Theme.radiusS
            color: Theme.field
            clip: true

            Repeater {
                model: timeline
                delegate: Rectangle {
                    required property real start
                    required property real length
                    required property bool on
                    x: start * track.width
                    width: Math.max(1, length * track.width)
                    height: track.height
                    color: on ? (timeline.stale ? Theme.textTertiary : Theme.success) : "transparent"
                    opacity: on ? 0.85 : 1
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Text {
                text: root.timeText(timeline.viewFrom)
                textFormat: Text.PlainText
                color: Theme.textTertiary
                font.pixelSize: Theme.fontCaption
            }
            Item { Layout.fillWidth: true }
            Text {
                text: qsTr("now")
                textFormat: Text.PlainText
                color: Theme.textTertiary
                font.pixelSize: Theme.fontCaption
            }
        }
    }
}
