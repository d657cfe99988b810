import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// Sign-in: a centred card on a quiet backdrop.
Page {
    id: root

    readonly property Account account: AccountManager.current
    readonly property int state: account ? account.connection.state : ConnectionController.Disconnected
    readonly property bool busy: state === ConnectionController.Connecting || state === ConnectionController.Connected
    readonly property string errorMessage: account && !busy ? account.connection.errorMessage : ""

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
            onSubmitted: (jid, password, host, port) => AccountManager.login(jid, password, host, port)
            onCancelled: root.account?.connection.disconnectFromServer()
        }
    }
}
