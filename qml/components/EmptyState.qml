import QtQuick
import QtQuick.Layouts
import Linnet

// A centred illustration, title and hint for lists and panes with nothing to show.
ColumnLayout {
    id: root

    property string iconPath
    property string emoji
    property string title
    property string hint

    spacing: Theme.spacingS
    Accessible.role: Accessible.StaticText
    Accessible.name: title + (hint.length > 0 ? ". " + hint : "")

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.bottomMargin: Theme.spacingS
        visible: root.iconPath.length > 0 || root.emoji.length > 0
        implicitWidth: 64
        implicitHeight: 64
        radius: 32
        color: Theme.hover

        Icon {
            anchors.centerIn: parent
            visible: root.iconPath.length > 0
            path: root.iconPath
            size: 30
            color: Theme.textTertiary
        }
        Text {
            anchors.centerIn: parent
            visible: root.emoji.length > 0
            text: root.emoji
            textFormat: Text.PlainText
            font.pixelSize: 30
        }
    }

    Text {
        Layout.fillWidth: true
        text: root.title
        textFormat: Text.PlainText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.textPrimary
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
    }

    Text {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        textFormat: Text.PlainText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall + 1
        lineHeight: 1.15
    }
}
