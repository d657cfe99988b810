pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import QtCharts
import Linnet
import Linnet.Core

// A line chart tile: QML makes one LineSeries per tile series and one ValueAxis per unit and
// hands the series to ChartFeeder, which decimates and replaces their points at most once per
// frame. On top: shaded "disconnected" gaps, threshold lines, zoom (wheel) and pan (drag).
Item {
    id: root

    required property Dashboard dashboard
    required property string tileId
    property bool paused: false
    // Thresholds (numbers, or undefined when not set).
    property var low
    property var high

    readonly property bool stale: feeder.anyStale
    readonly property bool live: feeder.live
    readonly property ChartView chart: chart
    readonly property ChartFeeder feeder: feeder
    // The LineSeries made for the feeder, in its series order (a JS array, replaced whole).
    property var lines: []
    // Every ValueAxis made so far, one per unit index (kept for reuse: units rarely change).
    property var yAxes: []

    function resetView() {
        feeder.resetView();
    }

    // "°C" for "Cel" and friends: SenML units as people write them.
    function unitLabel(unit: string): string {
        switch (unit) {
        case "Cel": return "°C";
        case "%RH": return "% RH";
        case "/": return "";
        }
        return unit;
    }

    function axisFor(unitIndex: int): ValueAxis {
        const axes = root.yAxes;
        while (axes.length <= unitIndex)
            axes.push(axisComponent.createObject(chart) as ValueAxis);
        root.yAxes = axes;
        return axes[unitIndex] as ValueAxis;
    }

    // Runs when the tile's series change (not per sample): new LineSeries for the feeder.
    function rebuild() {
        for (let i = 0; i < root.lines.length; ++i)
            feeder.setSeries(i, null);
        chart.removeAllSeries();
        const entries = feeder.series;
        for (let k = 0; k < root.yAxes.length; ++k)
            (root.yAxes[k] as ValueAxis).visible = false;
        const lines = [];
        for (let i = 0; i < entries.length; ++i) {
            const entry = entries[i];
            const axis = root.axisFor(entry.unitIndex);
            axis.visible = true;
            axis.titleText = root.unitLabel(entry.unit);
            axis.titleBrush = Theme.textTertiary;
            // Every other unit's axis on the right (the first series of a unit decides).
            const right = entry.unitIndex % 2 === 1;
            const line = (right ? chart.createSeries(ChartView.SeriesTypeLine, entry.label, xAxis)
                                : chart.createSeries(ChartView.SeriesTypeLine, entry.label, xAxis, axis)) as LineSeries;
            if (right)
                line.axisYRight = axis;
            line.color = entry.colour;
            line.width = 2;
            lines.push(line);
            feeder.setSeries(i, line);
        }
        root.lines = lines;
        root.applyRanges();
        root.applyStale();
    }

    function applyRanges() {
        const ranges = feeder.axisRanges;
        for (let k = 0; k < ranges.length && k < root.yAxes.length; ++k) {
            const axis = root.yAxes[k] as ValueAxis;
            // Nice bounds and ticks from the feeder (AxisScale): labels like 20.5, 21.0, 21.5
            // with as many decimals as the step needs.
            axis.labelFormat = ranges[k].labelFormat;
            axis.tickCount = ranges[k].tickCount;
            axis.min = ranges[k].min;
            axis.max = ranges[k].max;
        }
    }

    // A stale series (device offline, or silent) is drawn grey and dashed.
    function applyStale() {
        const stale = feeder.stale;
        const entries = feeder.series;
        for (let i = 0; i < root.lines.length && i < entries.length; ++i) {
            const line = root.lines[i] as LineSeries;
            const isStale = stale[i] === true;
            line.color = isStale ? Theme.textTertiary : entries[i].colour;
            line.style = isStale ? Qt.DashLine : Qt.SolidLine;
        }
    }

    // x of a time in the plot area (gaps and the view are few: no per-sample work here).
    function xOf(date: date): real {
        const from = feeder.viewFrom.getTime();
        const to = feeder.viewTo.getTime();
        if (to <= from)
            return chart.plotArea.x;
        return chart.plotArea.x + (date.getTime() - from) / (to - from) * chart.plotArea.width;
    }

    // y of a value on the first unit's axis; NaN when it is off the plot.
    function yOf(value: real): real {
        const axis = root.yAxes.length > 0 ? root.yAxes[0] as ValueAxis : null;
        if (!axis || axis.max <= axis.min)
            return NaN;
        const y = chart.plotArea.y + (axis.max - value) / (axis.max - axis.min) * chart.plotArea.height;
        return y >= chart.plotArea.y && y <= chart.plotArea.y + chart.plotArea.height ? y : NaN;
    }

    ChartFeeder {
        id: feeder
        dashboard: root.dashboard
        tileId: root.tileId
        paused: root.paused
        plotWidth: Math.max(40, Math.round(chart.plotArea.width))
        plotHeight: Math.max(40, Math.round(chart.plotArea.height))
        onSeriesChanged: root.rebuild()
        onAxisRangesChanged: root.applyRanges()
        onStaleChanged: root.applyStale()
    }

    Component {
        id: axisComponent
        ValueAxis {
            labelsColor: Theme.textSecondary
            labelsFont.pixelSize: Theme.fontCaption
            titleFont.pixelSize: Theme.fontCaption
            color: Theme.divider
            gridLineColor: Theme.dark ? "#2A2E36" : "#ECEEF2"
            minorGridVisible: false
            tickCount: 5
            labelFormat: "%.0f"
        }
    }

    ChartView {
        id: chart
        objectName: "chartView"
        anchors.fill: parent
        // Smooth lines, except while the user zooms or pans: a dense antialiased zigzag costs
        // several times more to draw (see ChartFeeder::interacting).
        antialiasing: !feeder.interacting
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        backgroundRoundness: 0
        dropShadowEnabled: false
        animationOptions: ChartView.NoAnimation
        margins.left: 0
        margins.right: 0
        margins.top: 0
        margins.bottom: 0
        anchors.bottomMargin: legendFlow.visible ? legendFlow.height + Theme.spacingXs : 0
        legend.visible: false
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("Line chart")

        DateTimeAxis {
            id: xAxis
            min: feeder.viewFrom
            max: feeder.viewTo
            tickCount: 5
            format: feeder.windowMs > 24 * 3600 * 1000 ? "ddd hh:mm" : feeder.windowMs > 600 * 1000 ? "hh:mm" : "hh:mm:ss"
            labelsColor: Theme.textSecondary
            labelsFont.pixelSize: Theme.fontCaption
            color: Theme.divider
            gridLineColor: Theme.dark ? "#2A2E36" : "#ECEEF2"
        }

        Component.onCompleted: root.rebuild()
    }

    // Spans the dashboard was disconnected (or the feed silent): hatched, labelled.
    Item {
        id: gapLayer
        x: chart.plotArea.x
        y: chart.plotArea.y
        width: chart.plotArea.width
        height: chart.plotArea.height
        clip: true

        Repeater {
            model: feeder.gaps
            delegate: Item {
                id: gap
                required property var modelData
                readonly property real leftEdge: Math.max(0, root.xOf(gap.modelData.from) - gapLayer.x)
                readonly property real rightEdge: Math.min(gapLayer.width, root.xOf(gap.modelData.to) - gapLayer.x)
                objectName: "chartGap"
                x: gap.leftEdge
                width: Math.max(2, gap.rightEdge - gap.leftEdge)
                height: gapLayer.height
                clip: true

                Rectangle {
                    anchors.fill: parent
                    color: Theme.dark ? "#14FFFFFF" : "#0F000000"
                }
                Shape {
                    anchors.fill: parent
                    preferredRendererType: Shape.CurveRenderer
                    ShapePath {
                        strokeColor: Theme.dark ? "#40FFFFFF" : "#30000000"
                        strokeWidth: 1
                        fillColor: "transparent"
                        PathSvg {
                            // Diagonal hatch every 8 px over the gap's box.
                            path: {
                                let d = "";
                                for (let x = -gap.height; x < gap.width; x += 8)
                                    d += "M" + x + " " + gap.height + " L" + (x + gap.height) + " 0 ";
                                return d;
                            }
                        }
                    }
                }
                Text {
                    anchors.centerIn: parent
                    visible: gap.width > 90
                    text: qsTr("disconnected")
                    textFormat: Text.PlainText
                    color: Theme.textTertiary
                    font.pixelSize: Theme.fontCaption
                    font.italic: true
                }
            }
        }

        // Threshold lines: dashed, in the danger colour.
        Repeater {
            model: [root.low, root.high]
            delegate: Shape {
                id: threshold
                required property var modelData
                readonly property real lineY: typeof threshold.modelData === "number" ? root.yOf(threshold.modelData) - gapLayer.y : NaN
                objectName: "thresholdLine"
                visible: !isNaN(threshold.lineY)
                width: gapLayer.width
                height: 1
                y: isNaN(threshold.lineY) ? 0 : threshold.lineY
                ShapePath {
                    strokeColor: Theme.danger
                    strokeWidth: 1
                    strokeStyle: ShapePath.DashLine
                    dashPattern: [4, 3]
                    startX: 0
                    startY: 0
                    PathLine { x: threshold.width; y: 0 }
                }
            }
        }
    }

    // Zoom with the wheel around the pointer, pan by dragging; double-click: back to live.
    WheelHandler {
        id: wheelHandler
        target: null
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: event => {
            const anchor = Math.max(0, Math.min(1, (wheelHandler.point.position.x - chart.plotArea.x) / Math.max(1, chart.plotArea.width)));
            feeder.zoom(event.angleDelta.y > 0 ? 0.8 : 1.25, anchor);
        }
    }
    DragHandler {
        id: panHandler
        target: null
        property real lastX: 0
        onActiveChanged: panHandler.lastX = 0
        onTranslationChanged: {
            const dx = panHandler.translation.x - panHandler.lastX;
            panHandler.lastX = panHandler.translation.x;
            if (chart.plotArea.width > 0)
                feeder.pan(-dx / chart.plotArea.width);
        }
    }
    TapHandler {
        onDoubleTapped: feeder.resetView()
    }

    Text {
        objectName: "chartEmpty"
        anchors.centerIn: parent
        visible: feeder.pointCount === 0 && root.lines.length > 0
        text: (root.dashboard?.model?.restoringHistory ?? false) ? qsTr("Restoring saved readings…") : qsTr("No readings in this window yet")
        textFormat: Text.PlainText
        color: Theme.textTertiary
        font.pixelSize: Theme.fontSmall
    }

    // The legend: wraps instead of eliding, and says which series are stale.
    Flow {
        id: legendFlow
        objectName: "chartLegend"
        visible: root.lines.length > 1
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingM

        Repeater {
            model: feeder.series
            delegate: Row {
                id: entry
                required property var modelData
                required property int index
                readonly property bool stale: feeder.stale[entry.index] === true
                spacing: 5
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 10
                    height: entry.stale ? 2 : 3
                    radius: 1
                    color: entry.stale ? Theme.textTertiary : entry.modelData.colour
                }
                Text {
                    text: entry.modelData.label + (entry.stale ? " · " + qsTr("stale") : "")
                    textFormat: Text.PlainText
                    color: entry.stale ? Theme.textTertiary : Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
    }
}
