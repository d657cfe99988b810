import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Linnet
import Linnet.Core

// A strip above everything while the account the window acts for has no session online: what
// its main session is doing, and the one action that helps (reconnect now, review the
// certificate, enter the password, connect).
Rectangle {
    id: root

    required property Account account
    readonly property Session session: account.mainSession

    signal trustRequested(Session session)
    signal passwordRequested()
    signal accountsPageRequested()

    readonly property bool failed: status.kind === SessionState.Failed || status.kind === SessionState.Offline
                                   || status.kind === SessionState.Disabled
    readonly property string message: {
        switch (status.kind) {
        case SessionState.Reconnecting:
            return qsTr("%1 is offline. Reconnecting in %n s.", "", root.session.connection.reconnectInSeconds).arg(root.account.jid);
        case SessionState.Connecting:
            return qsTr("Connecting %1…").arg(root.session.jid);
        case SessionState.Failed:
            return qsTr("%1: %2").arg(status.label).arg(status.detail);
        case SessionState.Disabled:
            return qsTr("%1 is turned off.").arg(root.account.jid);
        }
        return qsTr("%1 is offline.").arg(root.account.jid);
    }

    objectName: "connectionBanner"
    visible: root.account.onlineSessions === 0
    implicitHeight: visible ? 44 : 0
    color: failed ? Theme.dangerSurface : Theme.warningSurface
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    SessionState {
        id: status
        session: root.session
        accountEnabled: root.account.enabled
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingM

        Icon {
            visible: status.kind !== SessionState.Connecting
            path: status.kind === SessionState.Failed ? Icons.error : Icons.cloudOff
            size: 18
            color: root.failed ? Theme.danger : Theme.warning
        }
        BusyIndicator {
            visible: status.kind === SessionState.Connecting
            running: visible
            padding: 0
            Layout.preferredWidth: 18
            Layout.preferredHeight: 18
            Material.accent: Theme.warning
            Accessible.ignored: true
        }
        Text {
            Layout.fillWidth: true
            text: root.message
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: root.failed ? Theme.danger : Theme.warning
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.Medium
            Accessible.ignored: true
        }
        Button {
            objectName: "reconnectButton"
            visible: status.kind !== SessionState.Connecting
            flat: true
            text: status.kind === SessionState.Reconnecting ? qsTr("Reconnect now")
                : status.certificateRefused ? qsTr("Review certificate")
                : status.passwordRefused ? qsTr("Enter password")
                : status.kind === SessionState.Disabled ? qsTr("Turn on and connect")
                : qsTr("Connect")
            implicitHeight: 34
            topInset: 0
            bottomInset: 0
            font.weight: Font.DemiBold
            Material.foreground: root.failed ? Theme.danger : Theme.warning
            Accessible.name: text
            onClicked: {
                if (status.kind === SessionState.Reconnecting) {
                    root.session.connection.reconnectNow();
                } else if (status.certificateRefused) {
                    root.trustRequested(root.session);
                } else if (status.passwordRefused) {
                    root.passwordRequested();
                } else {
                    root.account.enabled = true;
                    root.account.connectAll();
                }
            }
        }
        Button {
            objectName: "bannerAccountsButton"
            flat: true
            text: qsTr("Accounts…")
            implicitHeight: 34
            topInset: 0
            bottomInset: 0
            Material.foreground: root.failed ? Theme.danger : Theme.warning
            Accessible.name: qsTr("Open the accounts page (Ctrl+Shift+A)")
            onClicked: root.accountsPageRequested()
        }
    }
}
