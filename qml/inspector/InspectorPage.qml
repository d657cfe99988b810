pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The protocol inspector: XMPP stanzas and AMQP frames as they pass, filtered, with the
// selected event in full on the right. Rows come from InspectorModel in batches; this page does
// no per-event work of its own.
Item {
    id: root

    property ProtocolTrace trace
    readonly property alias filter: filtered
    readonly property alias model: inspector
    property string exportMessage

    objectName: "inspectorPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Protocol inspector")

    function toggleRecording() {
        if (root.trace)
            root.trace.recording = !root.trace.recording;
    }
    function startExport() {
        if (filtered.count > 0 && !filtered.exporting)
            exportDialog.open();
    }

    InspectorModel {
        id: inspector
        trace: root.trace
    }
    InspectorFilterModel {
        id: filtered
        inspector: inspector
        onExportFinished: (ok, message) => root.exportMessage = message
    }

    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: toolbar.focusFilter()
    }
    Shortcut {
        sequence: "Ctrl+E"
        onActivated: root.startExport()
    }
    Shortcut {
        sequence: "Ctrl+R"
        onActivated: root.toggleRecording()
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the protocol trace")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Plain text (*.txt)"), qsTr("JSON lines (*.jsonl)")]
        onAccepted: filtered.exportTo(selectedFile, selectedNameFilter.index === 1 ? InspectorFilterModel.JsonLines : InspectorFilterModel.Text)
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        InspectorToolbar {
            id: toolbar
            Layout.fillWidth: true
            trace: root.trace
            inspector: inspector
            filter: filtered
            onExportRequested: root.startExport()
            onRecordToggled: root.toggleRecording()
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: list
                    objectName: "inspectorList"
                    // Follows the newest event until the user scrolls away from the end.
                    property bool follow: true

                    anchors.fill: parent
                    clip: true
                    model: filtered
                    currentIndex: -1
                    focus: true
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Recorded events")

                    onCountChanged: if (follow && currentIndex < 0) Qt.callLater(positionViewAtEnd)
                    onMovementEnded: follow = atYEnd
                    Keys.onSpacePressed: root.toggleRecording()
                    Keys.onEscapePressed: currentIndex = -1

                    delegate: InspectorRow {
                        width: ListView.view.width
                        selected: ListView.isCurrentItem
                        // The current row has the focus; Space is "pause", not "click".
                        Keys.onSpacePressed: root.toggleRecording()
                        onClicked: {
                            list.currentIndex = index;
                            list.forceActiveFocus();
                        }
                    }
                }

                EmptyState {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingXxl, 420)
                    visible: filtered.count === 0
                    iconPath: inspector.count === 0 ? Icons.schedule : Icons.search
                    title: inspector.count === 0 ? qsTr("Nothing recorded yet") : qsTr("No event matches the filter")
                    hint: inspector.count === 0
                          ? (root.trace && root.trace.recording
                             ? qsTr("Recording. Use the app: its stanzas and AMQP frames appear here.")
                             : qsTr("Press Record (Ctrl+R), then use the app: stanzas and AMQP frames appear here as they pass."))
                          : qsTr("Change the filter text or the choosers above.")
                }
            }

            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                color: Theme.divider
            }
            InspectorDetail {
                Layout.fillHeight: true
                Layout.preferredWidth: Math.max(320, Math.min(460, root.width * 0.36))
                // Re-read when the selection or the rows change (get() is not a binding source).
                event: list.currentIndex >= 0 && filtered.count >= 0 ? filtered.get(list.currentIndex) : ({})
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 30
            Layout.leftMargin: Theme.spacingL
            Layout.rightMargin: Theme.spacingL
            spacing: Theme.spacingL

            Text {
                objectName: "inspectorStatus"
                text: (filtered.count === inspector.count ? qsTr("%n event(s)", "", inspector.count)
                                                           : qsTr("%1 of %n event(s)", "", inspector.count).arg(filtered.count))
                      + (inspector.dropped > 0 ? " · " + qsTr("%n older event(s) dropped", "", inspector.dropped) : "")
                textFormat: Text.PlainText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            Text {
                Layout.fillWidth: true
                objectName: "exportMessage"
                text: filtered.exporting ? qsTr("Exporting…") : root.exportMessage
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                horizontalAlignment: Text.AlignRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
