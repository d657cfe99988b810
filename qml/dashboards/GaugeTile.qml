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

    // 0..1 along the arc: between the thresholds when both are set.
    readonly property real fraction: {
        if (!gauge.hasValue)
            return 0;
        const lo = typeof root.low === "number" ? root.low : (typeof root.high === "number" ? Math.min(0, root.high) : 0);
        const hi = typeof root.high === "number" ? root.high : (typeof root.low === "number" ? root.low * 2 + 1 : 100);
        if (hi <= lo)
            return 0.5;
        // The thresholds sit at 15% and 85% of the arc, so crossing one shows.
        return Math.max(0, Math.min(1, 0.15 + 0.7 * (gauge.value - lo) / (hi - lo)));
    }
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

    Shape {
        id: arc
        readonly property real radius: Math.max(10, Math.min(root.width / 2 - 12, root.height * 0.62))
        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.max(4, (root.height - arc.radius * 1.25) / 2)
        width: arc.radius * 2
        height: arc.radius
        visible: root.height > 90
        preferredRendererType: Shape.CurveRenderer

        ShapePath {
            strokeColor: Theme.field
            strokeWidth: 10
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            PathAngleArc {
                centerX: arc.radius
                centerY: arc.radius
                radiusX: arc.radius - 6
                radiusY: arc.radius - 6
                startAngle: 180
                sweepAngle: 180
            }
        }
        ShapePath {
            strokeColor: gauge.hasValue ? root.valueColour : "transparent"
            strokeWidth: 10
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            PathAngleArc {
                centerX: arc.radius
                centerY: arc.radius
                radiusX: arc.radius - 6
                radiusY: arc.radius - 6
                startAngle: 180
                sweepAngle: Math.max(0.5, 180 * root.fraction)
            }
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
