import QtQuick
import Linnet
import Linnet.Core

// How one session's connection reads to a user: a kind, a short label, a sentence with the
// reason, a colour and an icon, for every place that shows a session (accounts page, sidebar,
// banner). Declarative states, no script: each place that shows a session holds one of these.
Item {
    id: root

    enum Kind { Offline, Connecting, Online, Reconnecting, Failed, Disabled }

    required property Session session
    property bool accountEnabled: true

    readonly property ConnectionController connection: session ? session.connection : null
    readonly property PresenceController presence: session ? session.presence : null
    readonly property int connectionState: connection ? connection.state : ConnectionController.Disconnected
    readonly property int error: connection ? connection.error : ConnectionError.None
    readonly property string errorMessage: connection ? connection.errorMessage : ""
    // Only the trust dialog can help (it needs the refused certificate to show).
    readonly property bool certificateRefused: error === ConnectionError.CertificateRejected
                                               && connection !== null && !connection.refusedCertificate.isNull
    // Only another password can help.
    readonly property bool passwordRefused: error === ConnectionError.AuthenticationFailed

    property int kind: SessionState.Offline
    property string label: qsTr("Offline")
    property string detail: qsTr("Not connected.")
    property color color: Theme.textTertiary
    property string iconPath: Icons.cloudOff

    visible: false
    Accessible.ignored: true

    states: [
        State {
            name: "disabled"
            when: !root.accountEnabled
            PropertyChanges {
                root.kind: SessionState.Disabled
                root.label: qsTr("Disabled")
                root.detail: qsTr("The account is turned off.")
                root.color: Theme.textTertiary
                root.iconPath: AccountIcons.power
            }
        },
        State {
            name: "online"
            when: root.connectionState === ConnectionController.Connected
            PropertyChanges {
                root.kind: SessionState.Online
                root.label: qsTr("Online")
                root.detail: root.presence.statusText.length > 0
                             ? qsTr("%1 · %2").arg(root.presence.label).arg(root.presence.statusText)
                             : root.presence.label
                root.color: Theme.presenceColor(root.presence.availability)
                root.iconPath: Icons.check
            }
        },
        State {
            name: "connecting"
            when: root.connectionState === ConnectionController.Connecting
            PropertyChanges {
                root.kind: SessionState.Connecting
                root.label: qsTr("Connecting…")
                root.detail: qsTr("Signing in to the server.")
                root.color: Theme.warning
                root.iconPath: Icons.schedule
            }
        },
        State {
            name: "reconnecting"
            when: root.connectionState === ConnectionController.WaitingToReconnect
            PropertyChanges {
                root.kind: SessionState.Reconnecting
                root.label: qsTr("Reconnecting in %n s", "", root.connection.reconnectInSeconds)
                root.detail: root.errorMessage.length > 0 ? root.errorMessage : qsTr("The connection was lost.")
                root.color: Theme.warning
                root.iconPath: Icons.schedule
            }
        },
        State {
            name: "failed"
            when: root.error !== ConnectionError.None
            PropertyChanges {
                root.kind: SessionState.Failed
                root.label: root.certificateRefused ? qsTr("Certificate not trusted")
                          : root.passwordRefused ? qsTr("Password refused") : qsTr("Not connected")
                root.detail: root.errorMessage.length > 0 ? root.errorMessage : qsTr("The connection failed.")
                root.color: Theme.danger
                root.iconPath: Icons.error
            }
        }
    ]
}
