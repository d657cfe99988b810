import QtQuick
import QtQuick.Layouts
import Linnet

// A fixed field: a section heading (its label, if any) over its text.
ColumnLayout {
    id: root

    property string label
    property string text

    spacing: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: [root.label, root.text].filter(part => part.length > 0).join(": ")

    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: root.label.length > 0
        text: root.label
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textPrimary
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        visible: root.text.length > 0
        text: root.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: root.label.length > 0 ? Theme.textSecondary : Theme.textPrimary
        font.pixelSize: root.label.length > 0 ? Theme.fontBody : Theme.fontTitle
        font.weight: root.label.length > 0 ? Font.Normal : Font.DemiBold
    }
}
