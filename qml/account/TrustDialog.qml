pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Linnet
import Linnet.Core

// A server showed a certificate that does not validate: who it names, who signed it, when it is
// valid, its SHA-256 fingerprint and why it was refused, with a warning that is stronger when the
// certificate changed since the user trusted one. For an XMPP session (session set), "Trust for
// this account" pins it in the account; for an AMQP broker (brokerName set), "Trust for this
// broker" pins it in that broker's settings. Either tries again; Cancel and Escape leave it refused.
AccountDialog {
    id: root

    property Account account: null
    property Session session: null
    // An AMQP broker of the account instead of a session: its name in account.amqp.
    property string brokerName: ""
    readonly property bool forBroker: root.session === null && root.brokerName.length > 0
    // What the session's connection refused; the fields below follow it, and tests (or callers
    // without a CertificateInfo) can set them directly.
    property certificateInfo certificate
    // The name the certificate must carry: the broker URL's host, or the account's domain.
    property string serverName: !account ? ""
                                : forBroker ? account.amqp.host(brokerName)
                                : account.jid.substring(account.jid.indexOf("@") + 1)
    property string subject: certificate.subject
    property string issuer: certificate.issuer
    property date validFrom: certificate.validFrom
    property date validUntil: certificate.validUntil
    property string fingerprint: certificate.sha256
    property list<string> errors: certificate.errors
    property bool changed: certificate.changed

    readonly property string fingerprintLines: {
        const bytes = fingerprint.split(":");
        return bytes.length > 16 ? bytes.slice(0, 16).join(":") + "\n" + bytes.slice(16).join(":") : fingerprint;
    }
    readonly property bool expired: !isNaN(validUntil.getTime()) && validUntil.getTime() < Date.now()
    readonly property alias trustButton: trustButton
    readonly property alias cancelButton: cancelButton

    signal trusted()

    function dateText(stamp: date): string {
        return isNaN(stamp.getTime()) ? qsTr("unknown") : stamp.toLocaleDateString(Qt.locale(), Locale.LongFormat);
    }

    objectName: "trustDialog"

    Binding {
        when: root.session !== null
        root.certificate: root.session.connection.refusedCertificate
    }
    // A refused broker does not try again by itself, so its certificate stays while this asks.
    Binding {
        when: root.forBroker && root.account !== null
        root.certificate: root.account.amqp.refusedCertificate(root.brokerName)
    }
    width: Math.min(600, (parent ? parent.width : 600) - 2 * Theme.spacingXl)
    heading: root.changed ? qsTr("The certificate of %1 changed").arg(root.serverName)
                          : qsTr("Do you trust %1?").arg(root.serverName)
    message: root.session ? qsTr("The session %1 was refused because the server's certificate could not be verified.").arg(root.session.jid)
           : root.forBroker ? qsTr("The message broker %1 (%2) was refused because its certificate could not be verified.")
                                  .arg(root.brokerName).arg(root.serverName)
           : ""
    onOpened: cancelButton.forceActiveFocus()

    // The warning: what an unverified certificate means and what to check.
    Rectangle {
        objectName: "trustWarning"
        Layout.fillWidth: true
        implicitHeight: warningRow.implicitHeight + 2 * Theme.spacingM
        radius: Theme.radiusM
        color: root.changed ? Theme.dangerSurface : Theme.warningSurface
        border.width: root.changed ? 1 : 0
        border.color: Theme.danger
        Accessible.role: Accessible.AlertMessage
        Accessible.name: warningText.text

        RowLayout {
            id: warningRow
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingM

            Icon {
                Layout.alignment: Qt.AlignTop
                path: AccountIcons.warning
                size: 22
                color: root.changed ? Theme.danger : Theme.warning
            }
            Text {
                id: warningText
                objectName: "trustWarningText"
                Layout.fillWidth: true
                text: root.changed && root.forBroker
                      ? qsTr("The broker's certificate changed since you trusted it. Brokers renew certificates, but a changed certificate is "
                             + "also exactly what someone intercepting the connection would show. Trust it only if the broker's administrator "
                             + "confirms the new fingerprint below.")
                      : root.forBroker
                      ? qsTr("Linnet could not verify that this broker is %1. Someone could be intercepting the connection, reading your "
                             + "devices' data and password and sending commands in your name. Trust this certificate only if you expected it "
                             + "(a private broker with its own certificate, say) and its fingerprint matches the one the broker's "
                             + "administrator gave you.").arg(root.serverName)
                      : root.changed
                      ? qsTr("The certificate changed since you trusted it. Servers renew certificates, but a changed certificate is also "
                             + "exactly what someone intercepting your connection would show. Trust it only if the server's administrator "
                             + "confirms the new fingerprint below.")
                      : qsTr("Linnet could not verify that this server is %1. Someone could be intercepting the connection and reading "
                             + "your messages and password. Trust this certificate only if you expected it (a private server with its "
                             + "own certificate, say) and its fingerprint matches the one the server's administrator gave you.").arg(root.serverName)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: root.changed ? Theme.danger : Theme.textPrimary
                font.pixelSize: Theme.fontSmall + 1
                font.weight: root.changed ? Font.DemiBold : Font.Normal
                lineHeight: 1.1
                Accessible.ignored: true
            }
        }
    }

    // The certificate's details.
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacingL
        rowSpacing: Theme.spacingS

        component Key: Text {
            Layout.alignment: Qt.AlignTop | Qt.AlignLeft
            textFormat: Text.PlainText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.DemiBold
        }
        component Value: TextEdit {
            required property string label
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            color: Theme.textPrimary
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            font.pixelSize: Theme.fontSmall + 1
            activeFocusOnTab: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1: %2").arg(label).arg(text)
        }

        Key { text: qsTr("Issued to") }
        Value {
            objectName: "certificateSubject"
            label: qsTr("Issued to")
            text: root.subject.length > 0 ? root.subject : qsTr("(no name)")
        }
        Key { text: qsTr("Issued by") }
        Value {
            objectName: "certificateIssuer"
            label: qsTr("Issued by")
            text: root.issuer.length > 0 ? root.issuer : qsTr("(no name)")
        }
        Key { text: qsTr("Valid") }
        Value {
            objectName: "certificateValidity"
            label: qsTr("Valid")
            text: qsTr("%1 to %2").arg(root.dateText(root.validFrom)).arg(root.dateText(root.validUntil))
                  + (root.expired ? " " + qsTr("(expired)") : "")
            color: root.expired ? Theme.danger : Theme.textPrimary
        }
        Key { text: qsTr("SHA-256") }
        Value {
            objectName: "certificateFingerprint"
            label: qsTr("SHA-256 fingerprint")
            // Two lines of 16 bytes, as people read fingerprints out to each other.
            text: root.fingerprintLines
            Accessible.name: qsTr("SHA-256 fingerprint: %1").arg(root.fingerprint)
            font.family: "monospace"
            font.pixelSize: Theme.fontSmall
        }
        Key {
            visible: root.errors.length > 0
            text: qsTr("Problems")
        }
        ColumnLayout {
            objectName: "certificateErrors"
            Layout.fillWidth: true
            visible: root.errors.length > 0
            spacing: 2
            Repeater {
                model: root.errors
                delegate: Text {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "• " + modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall + 1
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData
                }
            }
        }
    }

    buttons: [
        Button {
            id: trustButton
            objectName: "trustConfirm"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: root.forBroker ? qsTr("Trust for this broker") : qsTr("Trust for this account")
            Material.foreground: Theme.danger
            Accessible.name: root.forBroker ? qsTr("Trust this certificate for the broker %1").arg(root.brokerName)
                           : root.account ? qsTr("Trust this certificate for %1").arg(root.account.jid) : text
            onClicked: {
                if (root.account && root.session)
                    root.account.trustRefusedCertificate(root.session);
                else if (root.account && root.forBroker)
                    root.account.amqp.trustRefusedCertificate(root.brokerName);
                root.trusted();
                root.accept();
            }
        },
        PrimaryButton {
            id: cancelButton
            objectName: "trustCancel"
            implicitHeight: 40
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel: do not trust this certificate (Esc)")
            onClicked: root.reject()
        }
    ]
}
