import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Adds an existing account (address, password, optional server and port, remember password),
// or creates a new one on its server first (in-band registration, where the server offers it).
// An address the model refuses keeps the dialog open with the reason. While an account is being
// created the dialog waits: on success it closes (the account logs in), on a refusal it says why
// and forgets the account, so the name can be changed and tried again.
AccountDialog {
    id: root

    required property AccountsModel accounts
    property string errorText
    // Create the account on the server (XEP-0077) rather than sign in with an existing one.
    readonly property bool creating: createRadio.checked

    // Opens the dialog on "Create a new account" (the sign-in page's link) or on "I have one".
    function openFor(create: bool) {
        root.startCreating = create;
        open();
    }
    property bool startCreating: false
    // The account being created, until its server has answered.
    property Account pending: null
    readonly property Registration registration: root.pending ? root.pending.registration : null
    readonly property ConnectionController pendingConnection:
        root.registration && root.registration.session ? root.registration.session.connection : null
    readonly property bool busy: root.pending !== null

    readonly property alias jidField: jidField
    readonly property alias passwordField: passwordField
    readonly property alias repeatField: repeatField
    readonly property alias hostField: hostField
    readonly property alias portField: portField
    readonly property alias rememberBox: rememberBox
    readonly property alias existingRadio: existingRadio
    readonly property alias createRadio: createRadio
    readonly property alias addButton: addButton

    signal added(Account account)

    function submit() {
        if (root.busy)
            return;
        const jid = jidField.text.trim();
        if (jid.length === 0) {
            jidField.forceActiveFocus();
            return;
        }
        if (passwordField.text.length === 0) {
            passwordField.forceActiveFocus();
            return;
        }
        if (root.creating && repeatField.text !== passwordField.text) {
            errorText = qsTr("The two passwords differ: type the same new password twice.");
            repeatField.forceActiveFocus();
            repeatField.selectAll();
            return;
        }
        const port = portField.text.length > 0 ? parseInt(portField.text, 10) : 0;
        const account = root.creating
            ? accounts.registerAccount(jid, passwordField.text, hostField.text.trim(), port, rememberBox.checked)
            : accounts.addAccount(jid, passwordField.text, hostField.text.trim(), port, rememberBox.checked);
        if (!account) {
            errorText = accounts.addError;
            jidField.forceActiveFocus();
            jidField.selectAll();
            return;
        }
        errorText = "";
        if (root.creating) {
            root.pending = account;  // checkPending() takes it from here
            return;
        }
        passwordField.clear();
        root.added(account);
        root.close();
    }

    // How the creation of the pending account went: created (it now logs in), refused by the
    // server (or not reachable), or waiting for a certificate to be trusted.
    function checkPending() {
        const registration = root.registration;
        if (!registration)
            return;
        const account = root.pending;
        if (registration.state === Registration.Registered) {
            root.pending = null;
            passwordField.clear();
            repeatField.clear();
            root.added(account);
            root.close();
            return;
        }
        const connection = root.pendingConnection;
        const refused = registration.state === Registration.Failed;
        const error = connection ? connection.error : ConnectionError.None;
        if (!refused && error === ConnectionError.None)
            return;
        root.pending = null;
        if (!refused && error === ConnectionError.CertificateRejected) {
            // The window asks whether to trust the server's certificate; the creation goes on
            // after that, and the accounts page shows how.
            root.close();
            return;
        }
        errorText = refused ? registration.errorMessage : connection.errorMessage;
        // The server created nothing: no account to keep. Change the name (or server) and retry.
        root.accounts.removeAccount(account);
        jidField.forceActiveFocus();
    }

    objectName: "addAccountDialog"
    heading: root.creating ? qsTr("Create an account") : qsTr("Add an account")
    message: root.creating
             ? qsTr("Linnet asks the server to create the account, then signs in with it. Not every server allows this; one that does not says so.")
             : qsTr("Sign in with an account you already have on any XMPP server. Linnet connects it at once.")

    onAboutToShow: {
        jidField.clear();
        passwordField.clear();
        repeatField.clear();
        hostField.clear();
        portField.clear();
        rememberBox.checked = true;
        existingRadio.checked = !root.startCreating;
        createRadio.checked = root.startCreating;
        errorText = "";
    }
    onOpened: jidField.forceActiveFocus()
    // Closed while an account is being created: the accounts page shows how it goes.
    onClosed: root.pending = null

    Connections {
        target: root.registration
        function onStateChanged() {
            root.checkPending();
        }
    }
    Connections {
        target: root.pendingConnection
        function onErrorChanged() {
            root.checkPending();
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: -Theme.spacingS
        spacing: Theme.spacingM
        enabled: !root.busy
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Account")

        RadioButton {
            id: existingRadio
            objectName: "haveAccountRadio"
            text: qsTr("I have an account")
            checked: true
            Accessible.name: text
            Keys.onReturnPressed: root.submit()
            Keys.onEnterPressed: root.submit()
            onToggled: root.errorText = ""
        }
        RadioButton {
            id: createRadio
            objectName: "createAccountRadio"
            text: qsTr("Create a new account on this server")
            Accessible.name: text
            Keys.onReturnPressed: root.submit()
            Keys.onEnterPressed: root.submit()
            onToggled: root.errorText = ""
        }
    }
    TextField {
        id: jidField
        objectName: "addJidField"
        Layout.fillWidth: true
        enabled: !root.busy
        placeholderText: root.creating ? qsTr("New address, e.g. alice@example.org") : qsTr("Address, e.g. alice@example.org")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: root.creating
                         ? qsTr("New XMPP address: the name you want, @ and the server, for example alice@example.org")
                         : qsTr("XMPP address, for example alice@example.org; add /name for the first resource")
        onAccepted: root.submit()
        onTextChanged: root.errorText = ""
    }
    PasswordField {
        id: passwordField
        objectName: "addPasswordField"
        Layout.fillWidth: true
        enabled: !root.busy
        placeholderText: root.creating ? qsTr("New password") : qsTr("Password")
        Accessible.name: root.creating ? qsTr("New password") : qsTr("Password")
        // PasswordField's copy of the name into the description does not follow a changing name.
        Accessible.description: root.creating ? qsTr("New password") : qsTr("Password")
        onAccepted: root.submit()
    }
    PasswordField {
        id: repeatField
        objectName: "addRepeatPasswordField"
        Layout.fillWidth: true
        visible: root.creating
        enabled: !root.busy
        placeholderText: qsTr("Repeat the password")
        Accessible.name: qsTr("Repeat the new password")
        onAccepted: root.submit()
        onTextChanged: root.errorText = ""
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        enabled: !root.busy
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
        enabled: !root.busy
        text: qsTr("Remember the password (in the system keychain)")
        checked: true
        Accessible.name: text
        Keys.onReturnPressed: root.submit()
        Keys.onEnterPressed: root.submit()
    }
    Text {
        objectName: "addCreatingStatus"
        Layout.fillWidth: true
        visible: root.busy
        text: root.pending ? qsTr("Creating %1 on its server…").arg(root.pending.jid) : ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall + 1
        Accessible.role: Accessible.StaticText
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
            text: root.busy ? qsTr("Close") : qsTr("Cancel")
            Accessible.name: root.busy ? qsTr("Close; the account is still being created, the accounts page shows how it goes")
                                       : root.creating ? qsTr("Cancel creating an account") : qsTr("Cancel adding an account")
            onClicked: root.reject()
        },
        PrimaryButton {
            id: addButton
            objectName: "addAccountConfirm"
            implicitHeight: 40
            busy: root.busy
            enabled: !root.busy
            text: root.creating ? qsTr("Create account") : qsTr("Add account")
            onClicked: root.submit()
        }
    ]
}
