import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// A roster section's header: the group's name, how many of its contacts are online, and an
// arrow; clicking it (or Return, Space, Left and Right on the list) folds the section.
ItemDelegate {
    id: root

    required property string section
    required property string headerLabel
    required property bool collapsed
    required property int memberCount
    required property int onlineCount
    required property string countLabel
    required property string accessibleText

    readonly property bool keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus

    implicitHeight: 34
    leftPadding: Theme.spacingM + Theme.spacingXs
    rightPadding: Theme.spacingM + Theme.spacingXs
    topPadding: 0
    bottomPadding: 0
    focusPolicy: Qt.NoFocus

    Accessible.role: Accessible.Button
    Accessible.name: accessibleText

    contentItem: RowLayout {
        spacing: Theme.spacingS

        // Pointing down while open, right while folded.
        Icon {
            path: Icons.expandMore
            size: 18
            color: Theme.textTertiary
            rotation: root.collapsed ? -90 : 0
        }
        Text {
            objectName: "groupHeaderLabel"
            Layout.fillWidth: true
            text: root.headerLabel
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.4
        }
        Text {
            objectName: "groupHeaderCount"
            text: root.countLabel
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontSmall
        }
    }

    background: Rectangle {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        anchors.topMargin: 1
        anchors.bottomMargin: 1
        radius: Theme.radiusM
        color: root.down ? Theme.divider : root.hovered ? Theme.hover : "transparent"
        border.width: root.keyboardCurrent ? 2 : 0
        border.color: Theme.focusRing
    }
}
