import QtQuick
import QtQuick.Controls
import Linnet

// A password field with a show/hide toggle.
TextField {
    id: root

    property bool revealed: false

    echoMode: revealed ? TextInput.Normal : TextInput.Password
    placeholderText: qsTr("Password")
    rightPadding: toggle.width + 8
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    Accessible.name: qsTr("Password")
    // Qt Quick hides the name of a password field from assistive tools: say it here too.
    Accessible.description: Accessible.name
    Accessible.passwordEdit: !revealed

    IconButton {
        id: toggle
        anchors.right: parent.right
        anchors.rightMargin: 4
        anchors.verticalCenter: parent.verticalCenter
        enabled: root.enabled
        iconPath: root.revealed ? Icons.visibilityOff : Icons.visibility
        iconSize: 18
        toolTipText: root.revealed ? qsTr("Hide password") : qsTr("Show password")
        onClicked: root.revealed = !root.revealed
    }
}
