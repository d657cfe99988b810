import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Linnet

// A text-multi or jid-multi field: a text area, one value (or JID) per line. Enter makes a new
// line here; Ctrl+Enter submits the form.
TextArea {
    id: root

    property list<string> values
    property bool jids: false
    property string accessibleName
    property bool hasError: false

    signal edited(list<string> values)
    signal submitRequested()
    signal tabRequested(Item from, bool forward)

    // What the text means as values (JIDs: trimmed, no empty lines).
    function parsed(): list<string> {
        const lines = root.text.split("\n");
        return root.jids ? lines.map(line => line.trim()).filter(line => line.length > 0) : lines;
    }
    // From the model only when it says something else than what is typed (a typed trailing
    // newline must stay).
    function load() {
        if (root.parsed().join("\n") !== root.values.join("\n"))
            root.text = root.values.join("\n");
    }
    onValuesChanged: root.load()
    Component.onCompleted: root.load()

    placeholderText: root.jids ? qsTr("One address per line, e.g. name@example.org") : ""
    wrapMode: TextEdit.Wrap
    selectByMouse: true
    implicitHeight: Math.max(88, contentHeight + topPadding + bottomPadding)
    inputMethodHints: root.jids ? Qt.ImhNoAutoUppercase : Qt.ImhNone
    Material.accent: root.hasError ? Theme.danger : Theme.accent
    Accessible.name: root.accessibleName
    Accessible.description: root.jids ? qsTr("One address per line") : qsTr("Several lines; Ctrl+Enter submits")
    // Tab leaves the field instead of typing a tab; Ctrl+Enter submits, Enter is a new line.
    Keys.onTabPressed: root.tabRequested(root, true)
    Keys.onBacktabPressed: root.tabRequested(root, false)
    Keys.onReturnPressed: event => root.returnPressed(event)
    Keys.onEnterPressed: event => root.returnPressed(event)

    function returnPressed(event: KeyEvent) {
        if (event.modifiers & Qt.ControlModifier)
            root.submitRequested();
        else
            event.accepted = false;  // a new line
    }

    onTextChanged: {
        if (root.parsed().join("\n") !== root.values.join("\n"))
            root.edited(root.parsed());
    }
}
