import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Adds an existing account: address, password, optional server and port, remember password.
// An address the model refuses keeps the dialog open with the reason.
AccountDialog {
    id: root

    required property AccountsModel accounts
    property string errorText

    readonly property alias jidField: jidField
    readonly property alias passwordField: passwordField
    readonly property alias hostField: hostField
    readonly property alias portField: portField
    readonly property alias rememberBox: rememberBox
    readonly property alias addButton: addButton

    signal added(Account account)

    function submit() {
        const jid = jidField.text.trim();
        if (jid.length === 0) {
            jidField.forceActiveFocus();
            return;
        }
        if (passwordField.text.length === 0) {
            passwordField.forceActiveFocus();
            return;
        }
        const port = portField.text.length > 0 ? parseInt(portField.text, 10) : 0;
        const account = accounts.addAccount(jid, passwordField.text, hostField.text.trim(), port, rememberBox.checked);
        if (!account) {
            errorText = accounts.addError;
            jidField.forceActiveFocus();
            jidField.selectAll();
            return;
        }
        passwordField.clear();
        errorText = "";
        root.added(account);
        root.close();
    }

    objectName: "addAccountDialog"
    heading: qsTr("Add an account")
    message: qsTr("Sign in with an account you already have on any XMPP server. Linnet connects it at once.")

    onAboutToShow: {
        jidField.clear();
        passwordField.clear();
        hostField.clear();
        portField.clear();
        rememberBox.checked = true;
        errorText = "";
    }
    onOpened: jidField.forceActiveFocus()

    TextField {
        id: jidField
        objectName: "addJidField"
        Layout.fillWidth: true
        placeholderText: qsTr("Address, e.g. alice@example.org")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("XMPP address, for example alice@example.org; add /name for the first resource")
        onAccepted: root.submit()
        onTextChanged: root.errorText = ""
    }
    PasswordField {
        id: passwordField
        objectName: "addPasswordField"
        Layout.fillWidth: true
        onAccepted: root.submit()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        TextField {
            id: hostField
            objectName: "addHostField"
            Layout.fillWidth: true
            placeholderText: qsTr("Server host (optional)")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Server host, optional; found from the address when empty")
            onAccepted: root.submit()
        }
        TextField {
            id: portField
            objectName: "addPortField"
            Layout.preferredWidth: 110
            placeholderText: qsTr("Port")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 1; top: 65535 }
            Accessible.name: qsTr("Port, optional")
            onAccepted: root.submit()
        }
    }
    CheckBox {
        id: rememberBox
        objectName: "addRememberBox"
        Layout.leftMargin: -Theme.spacingS
        text: qsTr("Remember the password (in the system keychain)")
        checked: true
        Accessible.name: text
    }
    Banner {
        objectName: "addAccountError"
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        tone: Banner.Error
        text: root.errorText
    }
    Banner {
        Layout.fillWidth: true
        visible: root.accounts.keychainProblem.length > 0 && rememberBox.checked
        tone: Banner.Warning
        iconPath: AccountIcons.warning
        text: root.accounts.keychainProblem
    }

    buttons: [
        Button {
            objectName: "addAccountCancel"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel adding an account")
            onClicked: root.reject()
        },
        PrimaryButton {
            id: addButton
            objectName: "addAccountConfirm"
            implicitHeight: 40
            text: qsTr("Add account")
            onClicked: root.submit()
        }
    ]
}
