pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// A command's form, field by field in the form's order. Tab and Shift+Tab go through every
// control in that order (each check box of a list-multi too), also where the platform's rule
// tabs between text fields only (macOS by default). Enter in any field but a text area reaches
// whoever holds the form (the command panel submits); Ctrl+Enter in a text area asks for it
// (submitRequested).
ColumnLayout {
    id: root

    required property DataFormModel form
    property bool readOnly: false

    signal submitRequested()

    // The first field that takes input (or the first with an error), for focus after an answer.
    function focusFirst(): bool {
        let first = -1;
        let wrong = -1;
        for (let i = 0; i < repeater.count; ++i) {
            const field = repeater.itemAt(i) as FormField;
            if (!field || !field.visible || !field.control || !field.control.activeFocusOnTab)
                continue;
            if (first < 0)
                first = i;
            if (field.hasError && wrong < 0)
                wrong = i;
        }
        const chosen = repeater.itemAt(wrong >= 0 ? wrong : first) as FormField;
        chosen?.control.forceActiveFocus(Qt.TabFocusReason);
        return chosen !== null;
    }

    // Every control Tab visits, in the form's order.
    function tabStops(): list<Item> {
        let stops = [];
        for (let i = 0; i < repeater.count; ++i) {
            const field = repeater.itemAt(i) as FormField;
            if (field)
                stops = stops.concat(field.tabStops());
        }
        return stops.filter(item => item.visible && item.enabled);
    }

    // Tab from a control of the form: to the next (previous) stop; past the last (first), on
    // to what follows (precedes) the form by the platform's rule.
    function moveFocus(from: Item, forward: bool) {
        const stops = root.tabStops();
        const at = stops.indexOf(from);
        const next = at >= 0 ? stops[at + (forward ? 1 : -1)] : undefined;
        const reason = forward ? Qt.TabFocusReason : Qt.BacktabFocusReason;
        if (next)
            next.forceActiveFocus(reason);
        else
            from.nextItemInFocusChain(forward)?.forceActiveFocus(reason);
    }

    // The field of that var (tests, --command-values).
    function field(name: string): FormField {
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i) as FormField;
            if (item && item.fieldVar === name)
                return item;
        }
        return null;
    }

    spacing: Theme.spacingL
    Accessible.role: Accessible.Form

    Repeater {
        id: repeater
        model: root.form
        delegate: FormField {
            Layout.fillWidth: true
            form: root.form
            readOnly: root.readOnly
            onSubmitRequested: root.submitRequested()
            onTabRequested: (from, forward) => root.moveFocus(from, forward)
        }
    }
}
