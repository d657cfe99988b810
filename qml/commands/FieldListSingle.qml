import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Linnet

// A list-single field: a combo box of the options (their labels, else their values). Enter
// with the list closed goes on to the form (submits the default action).
ComboBox {
    id: root

    // [{label, value}] as DataFormModel gives them.
    property var options: []
    property string value
    property bool mandatory: false
    property string accessibleName
    property bool hasError: false

    signal edited(string value)
    // Enter with the list closed (the combo box would swallow it).
    signal submitRequested()
    signal tabRequested(Item from, bool forward)

    model: root.options.map(option => ({ label: option.label && option.label.length > 0 ? option.label : option.value,
                                         value: option.value }))
    textRole: "label"
    valueRole: "value"
    currentIndex: root.options.findIndex(option => option.value === root.value)
    displayText: currentIndex >= 0 ? currentText : qsTr("Choose…")
    implicitContentWidthPolicy: ComboBox.WidestText
    Material.accent: root.hasError ? Theme.danger : Theme.accent
    Accessible.name: root.accessibleName
    Keys.onTabPressed: root.tabRequested(root, true)
    Keys.onBacktabPressed: root.tabRequested(root, false)
    Keys.onReturnPressed: event => root.returnPressed(event)
    Keys.onEnterPressed: event => root.returnPressed(event)

    function returnPressed(event: KeyEvent) {
        if (root.popup.visible)
            event.accepted = false;  // picks the highlighted option
        else
            root.submitRequested();
    }

    // Plain text (Material's is a read-only text field, which a screen reader would announce
    // as a nameless edit).
    contentItem: Text {
        leftPadding: Theme.spacingM
        rightPadding: root.indicator ? root.indicator.width : 0
        verticalAlignment: Text.AlignVCenter
        text: root.displayText
        textFormat: Text.PlainText
        elide: Text.ElideRight
        color: root.currentIndex >= 0 ? Theme.textPrimary : Theme.textTertiary
        font.pixelSize: Theme.fontBody
        Accessible.ignored: true
    }
    onActivated: index => root.edited(root.options[index].value)
}
