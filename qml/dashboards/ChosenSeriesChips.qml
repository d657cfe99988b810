pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The series a tile will show, in order, as removable chips: the first is the gauge's or the
// timeline's (the others are greyed out for them).
Flow {
    id: root

    // [{service, node, name}]
    required property var chosen
    required property int kind

    signal removeRequested(int index)

    spacing: Theme.spacingXs

    Repeater {
        model: root.chosen
        delegate: Rectangle {
            id: chosenChip
            required property var modelData
            required property int index
            readonly property bool shown: chosenChip.index === 0 || root.kind === TilesModel.Chart
            implicitWidth: chipRow.implicitWidth + Theme.spacingS + 2
            implicitHeight: 28
            radius: 14
            color: chosenChip.shown ? Theme.selected : Theme.field
            RowLayout {
                id: chipRow
                anchors.verticalCenter: parent.verticalCenter
                x: Theme.spacingM
                spacing: 2
                Text {
                    Layout.maximumWidth: 220
                    text: chosenChip.modelData.name
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: chosenChip.shown ? Theme.textPrimary : Theme.textTertiary
                    font.pixelSize: Theme.fontSmall + 1
                }
                IconButton {
                    implicitWidth: 24
                    implicitHeight: 24
                    iconPath: Icons.close
                    iconSize: 14
                    toolTipText: qsTr("Remove %1").arg(chosenChip.modelData.name)
                    onClicked: root.removeRequested(chosenChip.index)
                }
            }
        }
    }
}
