import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Linnet

// A boolean field: a switch carrying the field's label.
Switch {
    id: root

    property string accessibleName
    property bool hasError: false

    signal edited(bool value)
    signal tabRequested(Item from, bool forward)

    leftPadding: 0
    font.pixelSize: Theme.fontBody
    Material.accent: Theme.accent
    Material.foreground: root.hasError ? Theme.danger : Theme.textPrimary
    Accessible.name: root.accessibleName
    onToggled: root.edited(root.checked)
    // Tab goes through the form's own order (FormView.moveFocus), whatever the platform's rule.
    Keys.onTabPressed: root.tabRequested(root, true)
    Keys.onBacktabPressed: root.tabRequested(root, false)
}
