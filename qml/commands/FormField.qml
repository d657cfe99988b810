pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One field of a command's form (a row of DataFormModel): its label with a required marker, the
// control for its XEP-0004 type, its description, and under it the validation error or the hint
// (XEP-0122 range). Fixed fields are headings, hidden ones take no space.
ColumnLayout {
    id: root

    required property DataFormModel form
    required property int index
    required property string fieldType
    required property string label
    required property string description
    required property string value
    required property list<string> values
    required property bool checked
    required property var options
    required property string error
    required property string hint
    required property string accessibleName
    // "required" and "var" are QML keywords: read through the model object.
    required property var model
    readonly property bool mandatory: root.model.required === true
    readonly property string fieldVar: root.model["var"] ?? ""

    // A result form, or a finished command's last form: values as text, no controls.
    property bool readOnly: false
    // The control of this field (for tests and focus).
    readonly property Item control: loader.item as Item
    readonly property bool hasError: root.error.length > 0

    // Ctrl+Enter in a text area, Enter on a closed combo box (elsewhere Enter reaches the form
    // by itself).
    signal submitRequested()
    // Tab or Shift+Tab in one of this field's controls (FormView moves the focus).
    signal tabRequested(Item from, bool forward)

    // The controls Tab visits in this field, in order (none for headings, hidden and read-only
    // fields).
    function tabStops(): list<Item> {
        if (!root.visible || root.readOnly || root.fieldType === "fixed" || !root.control)
            return [];
        const multi = root.control as FieldListMulti;
        if (multi)
            return multi.tabStops();
        const text = root.control as FieldText;
        return text ? text.tabStops() : [root.control];
    }

    function setValue(value: var) {
        root.form.setValue(root.index, value);
    }

    objectName: "formField_" + root.fieldVar
    visible: root.fieldType !== "hidden"
    spacing: Theme.spacingXs

    // The label, except for booleans (the switch carries it) and fixed fields (a heading).
    Text {
        Layout.fillWidth: true
        visible: root.fieldType !== "fixed" && root.fieldType !== "boolean" && !root.readOnly
        text: root.label + (root.mandatory ? " *" : "")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: root.hasError ? Theme.danger : Theme.textPrimary
        font.pixelSize: Theme.fontSmall + 1
        font.weight: Font.DemiBold
        Accessible.ignored: true
    }

    Loader {
        id: loader
        Layout.fillWidth: true
        sourceComponent: {
            switch (root.fieldType) {
            case "fixed": return fixedComponent;
            case "hidden": return null;
            }
            if (root.readOnly)
                return readOnlyComponent;
            switch (root.fieldType) {
            case "boolean": return booleanComponent;
            case "list-single": return listSingleComponent;
            case "list-multi": return listMultiComponent;
            case "text-multi":
            case "jid-multi": return linesComponent;
            }
            return textComponent;  // text-single, text-private, jid-single, unknown types
        }
    }

    Text {
        Layout.fillWidth: true
        visible: root.description.length > 0 && root.fieldType !== "fixed" && !root.readOnly
        text: root.description
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }

    // The validation error (before sending, or the device's), else the hint.
    Text {
        objectName: "fieldMessage"
        Layout.fillWidth: true
        visible: text.length > 0 && root.fieldType !== "fixed" && !root.readOnly
        text: root.hasError ? "⚠ " + root.error : root.hint.length > 0 ? qsTr("Allowed: %1").arg(root.hint) : ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: root.hasError ? Theme.danger : Theme.textTertiary
        font.pixelSize: Theme.fontSmall
        font.weight: root.hasError ? Font.Medium : Font.Normal
        Accessible.role: root.hasError ? Accessible.AlertMessage : Accessible.StaticText
        Accessible.name: text
    }

    Component {
        id: fixedComponent
        FieldFixed {
            label: root.label === root.fieldVar ? "" : root.label
            text: root.values.join("\n")
        }
    }
    Component {
        id: readOnlyComponent
        FieldReadOnly {
            fieldType: root.fieldType
            label: root.label
            values: root.values
            checked: root.checked
            options: root.options
        }
    }
    Component {
        id: booleanComponent
        FieldBoolean {
            text: root.label + (root.mandatory ? " *" : "")
            accessibleName: root.accessibleName
            checked: root.checked
            hasError: root.hasError
            onEdited: value => root.setValue(value)
            onTabRequested: (from, forward) => root.tabRequested(from, forward)
        }
    }
    Component {
        id: listSingleComponent
        FieldListSingle {
            accessibleName: root.accessibleName
            options: root.options
            value: root.value
            mandatory: root.mandatory
            hasError: root.hasError
            onEdited: value => root.setValue(value)
            onSubmitRequested: root.submitRequested()
            onTabRequested: (from, forward) => root.tabRequested(from, forward)
        }
    }
    Component {
        id: listMultiComponent
        FieldListMulti {
            accessibleName: root.accessibleName
            options: root.options
            values: root.values
            onEdited: values => root.setValue(values)
            onTabRequested: (from, forward) => root.tabRequested(from, forward)
        }
    }
    Component {
        id: linesComponent
        FieldLines {
            accessibleName: root.accessibleName
            jids: root.fieldType === "jid-multi"
            values: root.values
            hasError: root.hasError
            onEdited: values => root.setValue(values)
            onSubmitRequested: root.submitRequested()
            onTabRequested: (from, forward) => root.tabRequested(from, forward)
        }
    }
    Component {
        id: textComponent
        FieldText {
            accessibleName: root.accessibleName
            kind: root.fieldType
            value: root.value
            hint: root.hint
            hasError: root.hasError
            onEdited: value => root.setValue(value)
            onTabRequested: (from, forward) => root.tabRequested(from, forward)
        }
    }
}
