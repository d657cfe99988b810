import QtQuick
import QtQuick.Controls
import Linnet

// A flat round button showing an icon, with a tooltip that doubles as its accessible name.
ToolButton {
    id: root

    property string iconPath
    property color iconColor: Theme.textSecondary
    property real iconSize: 20
    property string toolTipText

    implicitWidth: 36
    implicitHeight: 36
    padding: 0
    focusPolicy: Qt.TabFocus
    Accessible.name: toolTipText
    Accessible.role: Accessible.Button

    contentItem: Item {
        Icon {
            anchors.centerIn: parent
            path: root.iconPath
            size: root.iconSize
            color: root.enabled ? root.iconColor : Theme.textTertiary
        }
    }

    background: Rectangle {
        radius: width / 2
        color: root.down ? Theme.divider : root.hovered ? Theme.hover : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    ToolTip.visible: hovered && toolTipText.length > 0
    ToolTip.delay: 600
    ToolTip.text: toolTipText
}
