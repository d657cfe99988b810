import QtQuick
import QtQuick.Layouts
import Linnet

// A field of a result form (or of a finished command): its value as text, booleans as yes/no.
RowLayout {
    id: root

    property string fieldType
    property string label
    property list<string> values
    property bool checked
    // [{label, value}]: list values are shown by their labels.
    property var options: []

    function labelOf(value: string): string {
        const option = root.options.find(o => o.value === value);
        return option && option.label && option.label.length > 0 ? option.label : value;
    }

    readonly property string shown: root.fieldType === "boolean" ? (root.checked ? qsTr("Yes") : qsTr("No"))
                                  : root.fieldType === "text-private" ? (root.values.join("").length > 0 ? "••••" : "")
                                  : root.values.map(v => root.labelOf(v)).join(root.fieldType.endsWith("multi") && root.fieldType !== "text-multi" ? ", " : "\n")

    spacing: Theme.spacingM
    Accessible.role: Accessible.StaticText
    Accessible.name: root.label + ": " + (root.shown.length > 0 ? root.shown : qsTr("empty"))

    Text {
        Layout.preferredWidth: 160
        Layout.alignment: Qt.AlignTop
        text: root.label
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    Text {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        text: root.shown.length > 0 ? root.shown : "—"
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: root.fieldType === "boolean" && root.checked ? Theme.success : Theme.textPrimary
        font.pixelSize: Theme.fontBody
        font.weight: Font.Medium
    }
}
