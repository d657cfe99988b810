pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet

// A list-multi field: one check box per option.
Flow {
    id: root

    // [{label, value}] as DataFormModel gives them.
    property var options: []
    property list<string> values
    property string accessibleName

    signal edited(list<string> values)

    function toggled(value: string, on: bool) {
        const next = root.options.map(option => option.value)
                         .filter(v => v === value ? on : root.values.indexOf(v) >= 0);
        root.edited(next);
    }

    spacing: Theme.spacingXs
    Accessible.role: Accessible.Grouping
    Accessible.name: root.accessibleName

    Repeater {
        model: root.options
        delegate: CheckBox {
            required property var modelData
            readonly property string optionValue: modelData.value
            text: modelData.label && modelData.label.length > 0 ? modelData.label : modelData.value
            checked: root.values.indexOf(optionValue) >= 0
            leftPadding: 0
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("%1: %2").arg(root.accessibleName).arg(text)
            onToggled: root.toggled(optionValue, checked)
        }
    }
}
