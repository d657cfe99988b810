import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Linnet
import Linnet.Core

// A strip above everything while a signed-in account is not connected.
Rectangle {
    id: root

    required property ConnectionController connection

    // "Sign in again" after a final error (password, certificate).
    signal signOutRequested()

    readonly property bool waiting: connection.state === ConnectionController.WaitingToReconnect
    readonly property bool reconnecting: connection.state === ConnectionController.Connecting
    readonly property bool failed: connection.state === ConnectionController.Disconnected
    readonly property string message: {
        if (waiting)
            return qsTr("Connection lost. Reconnecting in %n s.", "", connection.reconnectInSeconds);
        if (reconnecting)
            return qsTr("Reconnecting…");
        if (connection.errorMessage.length > 0)
            return qsTr("Disconnected: %1").arg(connection.errorMessage);
        return qsTr("Disconnected.");
    }

    objectName: "connectionBanner"
    visible: waiting || reconnecting || failed
    implicitHeight: visible ? 40 : 0
    color: failed ? Theme.dangerSurface : Theme.warningSurface
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

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
            visible: !root.reconnecting
            path: root.failed ? Icons.error : Icons.cloudOff
            size: 18
            color: root.failed ? Theme.danger : Theme.warning
        }
        BusyIndicator {
            visible: root.reconnecting
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
            visible: !root.reconnecting
            flat: true
            // After a final error (password, certificate) only signing in again can help.
            text: root.failed ? qsTr("Sign in again") : qsTr("Reconnect now")
            implicitHeight: 32
            topInset: 0
            bottomInset: 0
            font.weight: Font.DemiBold
            Material.foreground: root.failed ? Theme.danger : Theme.warning
            Accessible.name: text
            onClicked: {
                if (root.failed)
                    root.signOutRequested();
                else
                    root.connection.reconnectNow();
            }
        }
    }
}
