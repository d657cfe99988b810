import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// One choice of the tile editor's kind row: an icon over a label, checked when it is the kind.
AbstractButton {
    id: chip

    required property string iconPath

    Layout.fillWidth: true
    Layout.preferredWidth: 1  // equal widths, whatever the labels
    implicitHeight: 56
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.name: text
    contentItem: ColumnLayout {
        spacing: 2
        Icon {
            Layout.alignment: Qt.AlignHCenter
            path: chip.iconPath
            size: 20
            color: chip.checked ? Theme.accent : Theme.textSecondary
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: chip.text
            textFormat: Text.PlainText
            color: chip.checked ? Theme.accent : Theme.textPrimary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: chip.checked ? Font.DemiBold : Font.Medium
        }
    }
    background: Rectangle {
        radius: Theme.radiusM
        color: chip.checked ? Theme.selected : chip.hovered ? Theme.hover : Theme.field
        border.width: chip.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
}
