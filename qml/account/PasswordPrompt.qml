import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Asks for an account's password when Linnet has none (not remembered, no secret store, or the
// server refused the one it had): AccountsModel.providePassword connects the account's sessions.
AccountDialog {
    id: root

    required property AccountsModel accounts
    property Account account: null
    // Why the password is asked for again (the server refused it), else empty.
    property string reason

    readonly property alias passwordField: passwordField
    readonly property alias rememberBox: rememberBox

    function submit() {
        if (!root.account)
            return;
        if (passwordField.text.length === 0) {
            passwordField.forceActiveFocus();
            return;
        }
        root.accounts.providePassword(root.account, passwordField.text, rememberBox.checked);
        passwordField.clear();
        root.accept();
    }

    objectName: "passwordPrompt"
    heading: root.account ? qsTr("Password for %1").arg(root.account.jid) : qsTr("Password")
    message: root.reason.length > 0 ? root.reason
                                    : qsTr("Linnet needs the password of this account to connect its sessions.")

    onAboutToShow: {
        passwordField.clear();
        passwordField.revealed = false;
        rememberBox.checked = root.account ? root.account.rememberPassword : true;
    }
    onOpened: passwordField.forceActiveFocus()
    onClosed: passwordField.clear()

    Banner {
        objectName: "promptKeychainBanner"
        Layout.fillWidth: true
        visible: root.accounts.keychainProblem.length > 0
        tone: Banner.Warning
        iconPath: AccountIcons.warning
        text: root.accounts.keychainProblem
    }
    PasswordField {
        id: passwordField
        objectName: "promptPasswordField"
        Layout.fillWidth: true
        Accessible.name: root.account ? qsTr("Password for %1").arg(root.account.jid) : qsTr("Password")
        onAccepted: root.submit()
    }
    CheckBox {
        id: rememberBox
        objectName: "promptRememberBox"
        Layout.leftMargin: -Theme.spacingS
        text: qsTr("Remember the password (in the system keychain)")
        Accessible.name: text
    }

    buttons: [
        Button {
            objectName: "promptCancel"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Not now")
            Accessible.name: qsTr("Not now: stay offline (Esc)")
            onClicked: root.reject()
        },
        PrimaryButton {
            objectName: "promptConnect"
            implicitHeight: 40
            text: qsTr("Connect")
            Accessible.name: root.account ? qsTr("Connect %1").arg(root.account.jid) : text
            onClicked: root.submit()
        }
    ]
}
