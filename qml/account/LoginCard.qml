import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The sign-in form: address, password, optional server and port, and the connect button.
Pane {
    id: root

    property bool busy: false
    property string errorMessage
    // What the form starts with (the profile's account, if any).
    property string savedJid
    property string savedHost
    property int savedPort

    // How many accounts the profile has: the card then leads to the accounts page too.
    property int accountCount: 0
    // The system's secret store cannot be reached (AccountsModel.keychainProblem).
    property string keychainProblem

    signal submitted(string jid, string password, string host, int port, bool remember)
    signal cancelled()
    signal accountsRequested()
    signal createRequested()

    readonly property string targetHost: {
        const host = advanced.hostField.text.trim();
        if (host.length > 0)
            return host;
        const jid = jidField.text.trim();
        const at = jid.lastIndexOf("@");
        return at >= 0 ? jid.substring(at + 1) : jid;
    }

    // After a failed attempt the password is the likeliest culprit: select it for retyping.
    onErrorMessageChanged: {
        if (errorMessage.length > 0 && jidField.text.trim().length > 0) {
            passwordField.forceActiveFocus();
            passwordField.selectAll();
        }
    }

    function focusFirstField() {
        if (jidField.text.length === 0)
            jidField.forceActiveFocus();
        else
            passwordField.forceActiveFocus();
    }

    function submit() {
        if (busy)
            return;
        if (jidField.text.trim().length === 0) {
            jidField.forceActiveFocus();
            return;
        }
        if (passwordField.text.length === 0) {
            passwordField.forceActiveFocus();
            return;
        }
        const port = advanced.portField.text;
        submitted(jidField.text.trim(), passwordField.text, advanced.hostField.text.trim(),
                  port.length > 0 ? parseInt(port, 10) : 0, rememberBox.checked);
    }

    padding: Theme.spacingXxl
    topPadding: Theme.spacingXxl + Theme.spacingS
    Material.elevation: 0
    Accessible.role: Accessible.Form
    Accessible.name: qsTr("Sign in to Linnet")

    background: Rectangle {
        radius: Theme.radiusL + 4
        color: Theme.surface
        border.color: Theme.dark ? "#2E323B" : "#DDE2EA"
        border.width: 1

        // Soft drop shadow without effects: two offset translucent outlines.
        Rectangle {
            z: -1
            anchors.fill: parent
            anchors.margins: -2
            anchors.topMargin: 2
            radius: parent.radius + 2
            color: "transparent"
            border.width: 3
            border.color: Theme.dark ? "#40000000" : "#0F1B2A4E"
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        LinnetMark {
            Layout.alignment: Qt.AlignHCenter
            size: 64
        }

        Text {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingXs
            text: qsTr("Welcome to Linnet")
            textFormat: Text.PlainText
            color: Theme.textPrimary
            font.pixelSize: Theme.fontDisplay - 4
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Text {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingS
            text: qsTr("Sign in with your XMPP account.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
        }

        TextField {
            id: jidField
            objectName: "jidField"
            Layout.fillWidth: true
            enabled: !root.busy
            text: root.savedJid
            placeholderText: qsTr("XMPP address")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("XMPP address, for example alice@example.org")
            onAccepted: root.submit()
        }

        PasswordField {
            id: passwordField
            objectName: "passwordField"
            Layout.fillWidth: true
            enabled: !root.busy
            onAccepted: root.submit()
        }

        CheckBox {
            id: rememberBox
            objectName: "rememberBox"
            Layout.leftMargin: -Theme.spacingS
            Layout.topMargin: -Theme.spacingS
            Layout.bottomMargin: -Theme.spacingS
            enabled: !root.busy
            checked: true
            text: qsTr("Remember the password")
            Accessible.name: qsTr("Remember the password in the system keychain")
        }

        AdvancedSettings {
            id: advanced
            Layout.fillWidth: true
            enabled: !root.busy
            savedHost: root.savedHost
            savedPort: root.savedPort
            expanded: root.savedHost.length > 0 || root.savedPort > 0
            onAccepted: root.submit()
        }

        Banner {
            objectName: "errorBanner"
            Layout.fillWidth: true
            visible: root.errorMessage.length > 0
            tone: Banner.Error
            text: root.errorMessage
        }

        Banner {
            objectName: "keychainBanner"
            Layout.fillWidth: true
            visible: root.keychainProblem.length > 0
            tone: Banner.Warning
            text: root.keychainProblem
        }

        PrimaryButton {
            id: connectButton
            objectName: "connectButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            enabled: !root.busy
            busy: root.busy
            text: root.busy ? qsTr("Connecting…") : qsTr("Connect")
            onClicked: root.submit()
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            visible: root.busy
            spacing: Theme.spacingS

            Text {
                text: qsTr("Connecting to %1…").arg(root.targetHost)
                textFormat: Text.PlainText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall + 1
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Button {
                flat: true
                text: qsTr("Cancel")
                Material.foreground: Theme.accent
                implicitHeight: 32
                topInset: 0
                bottomInset: 0
                Accessible.name: qsTr("Cancel connecting")
                onClicked: root.cancelled()
            }
        }

        Button {
            objectName: "loginAccountsButton"
            Layout.alignment: Qt.AlignHCenter
            visible: root.accountCount > 0
            flat: true
            implicitHeight: 34
            topInset: 0
            bottomInset: 0
            text: qsTr("Your accounts (%1)…").arg(root.accountCount)
            Material.foreground: Theme.accent
            Accessible.name: qsTr("Manage your accounts (Ctrl+Shift+A)")
            onClicked: root.accountsRequested()
        }

        Button {
            objectName: "loginCreateButton"
            Layout.alignment: Qt.AlignHCenter
            flat: true
            implicitHeight: 34
            topInset: 0
            bottomInset: 0
            text: qsTr("New to XMPP? Create an account…")
            Material.foreground: Theme.accent
            Accessible.name: qsTr("Create a new account on a server that allows it")
            onClicked: root.createRequested()
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingS
            spacing: 6

            Icon {
                path: Icons.lock
                size: 14
                color: Theme.success
            }
            Text {
                text: qsTr("Your connection is always encrypted (TLS required).")
                textFormat: Text.PlainText
                color: Theme.textTertiary
                font.pixelSize: Theme.fontSmall
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
