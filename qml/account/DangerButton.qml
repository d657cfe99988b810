import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import Linnet

// The one destructive action of a dialog (remove an account): filled in the danger colour.
// Drawn without layer effects, like PrimaryButton, so every scene graph backend shows it.
T.Button {
    id: root

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: 40
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Text {
        text: root.text
        textFormat: Text.PlainText
        font: root.font
        color: "white"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        implicitWidth: 100
        radius: Theme.radiusM
        color: root.down ? Qt.darker(Theme.dark ? "#C9353C" : Theme.danger, 1.2)
             : root.hovered ? Qt.lighter(Theme.dark ? "#C9353C" : Theme.danger, 1.1)
             : (Theme.dark ? "#C9353C" : Theme.danger)
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.dark ? "#FFFFFF" : "#1B2352"
    }
}
