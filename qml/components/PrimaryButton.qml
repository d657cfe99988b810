import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import Linnet

// The one prominent action of a form: a filled accent button. Drawn without layer effects, so it
// looks the same on every scene graph backend (the software one included).
T.Button {
    id: root

    property bool busy: false

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: 44
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight

        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.spacingS

            BusyIndicator {
                anchors.verticalCenter: parent.verticalCenter
                visible: root.busy
                running: root.busy
                width: 20
                height: 20
                padding: 0
                Accessible.ignored: true
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: root.text
                textFormat: Text.PlainText
                font: root.font
                color: root.enabled || root.busy ? Theme.textOnAccent : Theme.textTertiary
            }
        }
    }

    background: Rectangle {
        implicitWidth: 120
        radius: Theme.radiusM
        opacity: root.busy ? 0.7 : 1
        color: root.busy ? Theme.accentStrong
             : !root.enabled ? Theme.field
             : root.down ? Qt.darker(Theme.accentStrong, 1.2)
             : root.hovered ? Qt.lighter(Theme.accentStrong, 1.1) : Theme.accentStrong
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.dark ? "#FFFFFF" : "#1B2352"

        Behavior on color { ColorAnimation { duration: 120 } }
    }
}
