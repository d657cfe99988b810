import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Linnet

// A one-line field: text-single, jid-single, or text-private (hidden as typed, with a show
// toggle; never prefilled by the app's history).
TextField {
    id: root

    property string kind: "text-single"
    property string value
    property string hint
    property string accessibleName
    property bool hasError: false
    property bool revealed: false
    readonly property bool secret: root.kind === "text-private"

    signal edited(string value)
    signal tabRequested(Item from, bool forward)

    // What Tab visits here: the field, then its show toggle.
    function tabStops(): list<Item> {
        return root.secret ? [root, toggle] : [root];
    }

    // From the model only when it says something else than what is typed.
    onValueChanged: {
        if (root.text !== root.value)
            root.text = root.value;
    }
    Component.onCompleted: root.text = root.value
    echoMode: root.secret && !root.revealed ? TextInput.Password : TextInput.Normal
    placeholderText: root.kind === "jid-single" ? qsTr("name@example.org") : root.hint
    inputMethodHints: root.secret ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    : root.kind === "jid-single" ? Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase : Qt.ImhNone
    rightPadding: root.secret ? toggle.width + 8 : leftPadding
    selectByMouse: true
    Material.accent: root.hasError ? Theme.danger : Theme.accent
    Accessible.name: root.accessibleName
    // Qt Quick hides the name of a password field from assistive tools: say it here too.
    Accessible.description: root.secret ? root.accessibleName : ""
    Accessible.passwordEdit: root.secret && !root.revealed
    onTextEdited: root.edited(root.text)
    Keys.onTabPressed: root.tabRequested(root, true)
    Keys.onBacktabPressed: root.tabRequested(root, false)

    IconButton {
        id: toggle
        objectName: "revealToggle"
        visible: root.secret
        anchors.right: parent.right
        anchors.rightMargin: 4
        anchors.verticalCenter: parent.verticalCenter
        enabled: root.enabled
        iconPath: root.revealed ? Icons.visibilityOff : Icons.visibility
        iconSize: 18
        toolTipText: root.revealed ? qsTr("Hide %1").arg(root.accessibleName) : qsTr("Show %1").arg(root.accessibleName)
        onClicked: root.revealed = !root.revealed
        Keys.onTabPressed: root.tabRequested(toggle, true)
        Keys.onBacktabPressed: root.tabRequested(toggle, false)
    }
}
