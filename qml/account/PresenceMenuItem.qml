import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One availability in the presence menu: coloured dot, label, a check when it is current.
MenuItem {
    id: root

    required property PresenceController presence
    required property int availability

    readonly property bool current: presence.availability === availability

    text: presence.labelFor(availability)
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: current
    Accessible.name: text

    contentItem: RowLayout {
        spacing: Theme.spacingM

        PresenceDot {
            Layout.leftMargin: 2
            size: 10
            border.width: 0
            availability: root.availability
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            textFormat: Text.PlainText
            color: Theme.textPrimary
            font.pixelSize: Theme.fontBody
            font.weight: root.current ? Font.DemiBold : Font.Normal
        }
        Icon {
            visible: root.current
            path: Icons.check
            size: 18
            color: Theme.accent
        }
    }
}
