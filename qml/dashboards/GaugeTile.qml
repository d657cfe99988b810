pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Shapes
import Linnet
import Linnet.Core

// A gauge tile: the last value of the tile's first series, large, with its unit, how old it is,
// and an arc between the thresholds (or around the value when none are set).
Item {
    id: root

    required property Dashboard dashboard
    required property string tileId
    property var low
    property var high
    property bool alert: false

    readonly property bool stale: gauge.stale
    readonly property GaugeModel gauge: gauge
    // Re-evaluated every few seconds for the age text only.
    property double now: Date.now()

    function unitLabel(unit: string): string {
        switch (unit) {
        case "Cel": return "°C";
        case "%RH": return "% RH";
        case "/": return "";
        }
        return unit;
    }

    function ageText(time: date, now: double): string {
        const seconds = Math.max(0, Math.round((now - time.getTime()) / 1000));
        if (seconds < 5)
            return qsTr("just now");
        if (seconds < 90)
            return qsTr("%1 s ago").arg(seconds);
        if (seconds < 90 * 60)
            return qsTr("%1 min ago").arg(Math.round(seconds / 60));
        if (seconds < 36 * 3600)
            return qsTr("%1 h ago").arg(Math.round(seconds / 3600));
        return qsTr("%1 d ago").arg(Math.round(seconds / 86400));
    }

    function formatValue(value: double): string {
        const magnitude = Math.abs(value);
        return magnitude >= 1000 ? Math.round(value).toLocaleString(Qt.locale(), "f", 0)
             : magnitude >= 100 ? value.toFixed(0)
             : magnitude >= 10 ? value.toFixed(1) : value.toFixed(2);
    }

    function scaleLabel(value: double): string {
        return Number(value).toLocaleString(Qt.locale(), "f", gauge.decimals);
    }

    // 0..1 along the arc, on the model's scale (0 to 100 for percentages, else nice bounds
    // around the window's readings and the thresholds).
    function fractionOf(value: double): real {
        const span = gauge.maximum - gauge.minimum;
        return span > 0 ? Math.max(0, Math.min(1, (value - gauge.minimum) / span)) : 0;
    }
    readonly property real fraction: gauge.hasValue ? root.fractionOf(gauge.value) : 0
    readonly property bool hasLow: typeof root.low === "number"
    readonly property bool hasHigh: typeof root.high === "number"
    readonly property color valueColour: root.alert ? Theme.danger : gauge.stale ? Theme.textTertiary : Theme.accent

    GaugeModel {
        id: gauge
        dashboard: root.dashboard
        tileId: root.tileId
    }

    Timer {
        interval: 5000
        running: root.visible && gauge.hasValue
        repeat: true
        onTriggered: root.now = Date.now()
    }

    Accessible.role: Accessible.StaticText
    Accessible.name: gauge.hasValue ? qsTr("%1: %2 %3, %4").arg(gauge.name).arg(root.formatValue(gauge.value))
                                        .arg(root.unitLabel(gauge.unit)).arg(root.ageText(gauge.time, root.now))
                                    : qsTr("%1: no reading yet").arg(gauge.name)

    // The arc: a track, the ranges past the thresholds tinted, the value from the scale's
    // start, a tick at each threshold, and the scale's ends labelled.
    Item {
        id: arc
        readonly property real radius: Math.max(10, Math.min(root.width / 2 - 16, (root.height - 20) * 0.7))
        readonly property real stroke: Math.max(6, Math.min(12, arc.radius / 7))
        readonly property real track: arc.radius - arc.stroke / 2 - 2
        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.max(4, (root.height - arc.radius * 1.3) / 2)
        width: arc.radius * 2
        height: arc.radius
        visible: root.height > 90

        component ArcPath: ShapePath {
            id: arcPath
            property real from: 0
            property real to: 1
            strokeWidth: arc.stroke
            fillColor: "transparent"
            capStyle: ShapePath.FlatCap
            PathAngleArc {
                centerX: arc.radius
                centerY: arc.radius
                radiusX: arc.track
                radiusY: arc.track
                startAngle: 180 + 180 * arcPath.from
                sweepAngle: Math.max(0.01, 180 * (arcPath.to - arcPath.from))
            }
        }

        Shape {
            anchors.fill: parent
            preferredRendererType: Shape.CurveRenderer
            ArcPath { strokeColor: Theme.field }
            ArcPath {
                strokeColor: root.hasLow ? Qt.alpha(Theme.danger, Theme.dark ? 0.35 : 0.25) : "transparent"
                to: root.hasLow ? root.fractionOf(root.low) : 0
            }
            ArcPath {
                strokeColor: root.hasHigh ? Qt.alpha(Theme.danger, Theme.dark ? 0.35 : 0.25) : "transparent"
                from: root.hasHigh ? root.fractionOf(root.high) : 1
            }
        }
        Shape {
            objectName: "gaugeArc"
            anchors.fill: parent
            visible: gauge.hasValue
            preferredRendererType: Shape.CurveRenderer
            ArcPath {
                strokeColor: root.valueColour
                to: Math.max(0.005, root.fraction)
            }
        }

        // Threshold ticks across the track.
        Repeater {
            model: [root.hasLow ? root.low : null, root.hasHigh ? root.high : null]
            delegate: Rectangle {
                id: tick
                required property var modelData
                readonly property real angle: Math.PI * (1 + root.fractionOf(typeof tick.modelData === "number" ? tick.modelData : 0))
                objectName: "gaugeThreshold"
                visible: typeof tick.modelData === "number"
                width: arc.stroke + 6
                height: 2
                color: Theme.danger
                x: arc.radius + arc.track * Math.cos(tick.angle) - width / 2
                y: arc.radius + arc.track * Math.sin(tick.angle) - height / 2
                rotation: tick.angle * 180 / Math.PI
            }
        }

        Text {
            objectName: "gaugeMinimum"
            anchors.top: parent.bottom
            anchors.topMargin: 2
            x: Math.max(-arc.x, arc.radius - arc.track - width / 2)
            text: root.scaleLabel(gauge.minimum)
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontCaption
            font.features: { "tnum": 1 }
        }
        Text {
            objectName: "gaugeMaximum"
            anchors.top: parent.bottom
            anchors.topMargin: 2
            x: Math.min(root.width - arc.x - width, arc.radius + arc.track - width / 2)
            text: root.scaleLabel(gauge.maximum)
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontCaption
            font.features: { "tnum": 1 }
        }
    }

    ColumnLayout {
        anchors.horizontalCenter: parent.horizontalCenter
        y: arc.visible ? arc.y + arc.height * 0.45 : (root.height - implicitHeight) / 2
        spacing: 0

        Row {
            Layout.alignment: Qt.AlignHCenter
            spacing: 4
            Text {
                id: valueText
                objectName: "gaugeValue"
                text: gauge.hasValue ? root.formatValue(gauge.value) : "–"
                textFormat: Text.PlainText
                color: root.alert ? Theme.danger : gauge.stale ? Theme.textTertiary : Theme.textPrimary
                font.pixelSize: Math.max(20, Math.min(44, root.height / 4))
                font.weight: Font.DemiBold
                font.features: { "tnum": 1 }
            }
            Text {
                anchors.baseline: valueText.baseline
                text: root.unitLabel(gauge.unit)
                textFormat: Text.PlainText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontTitle
            }
        }
        Text {
            objectName: "gaugeAge"
            Layout.alignment: Qt.AlignHCenter
            text: gauge.hasValue ? root.ageText(gauge.time, root.now) : qsTr("waiting for a reading")
            textFormat: Text.PlainText
            color: gauge.stale ? Theme.warning : Theme.textTertiary
            font.pixelSize: Theme.fontSmall
        }
    }
}
