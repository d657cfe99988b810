import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// Sign-in: a centred card on a quiet backdrop.
Page {
    id: root

    required property AccountsModel accounts
    // The account being signed in (set on submit).
    property Account account: null
    readonly property ConnectionController connection: account?.mainSession?.connection ?? null
    readonly property int state: connection ? connection.state : ConnectionController.Disconnected
    readonly property bool busy: state === ConnectionController.Connecting || state === ConnectionController.Connected
    readonly property string errorMessage: accounts.addError.length > 0 ? accounts.addError
                                          : connection && !busy ? connection.errorMessage : ""
    // What the form starts with: the profile's first account, if any.
    readonly property Account saved: accounts.count > 0 ? accounts.at(0) : null

    signal signedIn(Account account)
    signal accountsRequested()
    signal createRequested()

    onStateChanged: {
        if (state === ConnectionController.Connected)
            root.signedIn(root.account);
    }

    title: qsTr("Sign in")
    background: LoginBackdrop {}

    Component.onCompleted: card.focusFirstField()

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.implicitHeight + 2 * Theme.spacingXxl)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        LoginCard {
            id: card
            anchors.centerIn: parent
            width: Math.min(420, parent.width - 2 * Theme.spacingL)
            busy: root.busy
            errorMessage: root.errorMessage
            keychainProblem: root.accounts.keychainProblem
            savedJid: root.saved?.jid ?? ""
            savedHost: root.saved?.host ?? ""
            savedPort: root.saved?.port ?? 0
            accountCount: root.accounts.count
            onSubmitted: (jid, password, host, port, remember) => root.account = root.accounts.addAccount(jid, password, host, port, remember)
            onCancelled: root.account?.disconnectAll()
            onAccountsRequested: root.accountsRequested()
            onCreateRequested: root.createRequested()
        }
    }
}
