pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet

// A list-multi field: one check box per option, each a stop of Tab.
Flow {
    id: root

    // [{label, value}] as DataFormModel gives them.
    property var options: []
    property list<string> values
    property string accessibleName

    signal edited(list<string> values)
    signal tabRequested(Item from, bool forward)

    // What Tab visits here: every check box, in the options' order.
    function tabStops(): list<Item> {
        const boxes = [];
        for (let i = 0; i < repeater.count; ++i)
            boxes.push(repeater.itemAt(i));
        return boxes;
    }

    function toggled(value: string, on: bool) {
        const next = root.options.map(option => option.value)
                         .filter(v => v === value ? on : root.values.indexOf(v) >= 0);
        root.edited(next);
    }

    spacing: Theme.spacingXs
    Accessible.role: Accessible.Grouping
    Accessible.name: root.accessibleName

    Repeater {
        id: repeater
        model: root.options
        delegate: CheckBox {
            id: box
            required property var modelData
            readonly property string optionValue: modelData.value
            objectName: "option_" + optionValue
            text: modelData.label && modelData.label.length > 0 ? modelData.label : modelData.value
            checked: root.values.indexOf(optionValue) >= 0
            leftPadding: 0
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("%1: %2").arg(root.accessibleName).arg(text)
            onToggled: root.toggled(optionValue, checked)
            Keys.onTabPressed: root.tabRequested(box, true)
            Keys.onBacktabPressed: root.tabRequested(box, false)
        }
    }
}
