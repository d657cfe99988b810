import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One session (resource) of an account on the accounts page: its state in words (offline,
// connecting, online with its presence, reconnecting with the countdown, or the error and its
// reason), the action that helps, connect/disconnect and remove.
Item {
    id: root

    required property Account account
    required property Session session
    // The first session keeps the roster: it cannot be removed.
    property bool removable: true

    signal trustRequested(Session session)
    signal passwordRequested()

    // The account deletes a removed session before the row goes: read it through these.
    readonly property string resource: session ? session.resource : ""
    readonly property string fullJid: session ? session.jid : ""
    readonly property int availability: session ? session.presence.availability : Presence.Offline
    // What the link runs over ("WebSocket (wss://…)"); empty without a link.
    readonly property string transportName: session ? session.connection.transportName : ""

    readonly property alias status: status
    readonly property bool busy: status.kind === SessionState.Connecting || status.kind === SessionState.Reconnecting
    readonly property bool connected: status.kind === SessionState.Online || busy

    implicitHeight: root.transportName.length > 0 ? 76 : 60
    Accessible.role: Accessible.ListItem
    Accessible.name: root.transportName.length > 0
                     ? qsTr("Resource %1: %2. %3. Connected over %4").arg(root.resource).arg(status.label)
                                                                      .arg(status.detail).arg(root.transportName)
                     : qsTr("Resource %1: %2. %3").arg(root.resource).arg(status.label).arg(status.detail)

    SessionState {
        id: status
        session: root.session
        accountEnabled: root.account ? root.account.enabled : false
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingM

        // The state at a glance: a tinted disc with the presence dot, a spinner or an icon.
        Rectangle {
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
            radius: 16
            color: Qt.alpha(status.color, Theme.dark ? 0.18 : 0.12)

            PresenceDot {
                anchors.centerIn: parent
                visible: status.kind === SessionState.Online
                size: 12
                border.width: 0
                availability: root.availability
            }
            BusyIndicator {
                anchors.centerIn: parent
                visible: status.kind === SessionState.Connecting
                running: visible
                width: 22
                height: 22
                padding: 0
                Material.accent: Theme.warning
                Accessible.ignored: true
            }
            Icon {
                anchors.centerIn: parent
                visible: status.kind !== SessionState.Online && status.kind !== SessionState.Connecting
                path: status.iconPath
                size: 18
                color: status.color
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Text {
                    objectName: "sessionResource"
                    text: root.resource
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    Layout.maximumWidth: 200
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.fillWidth: true
                    text: root.fullJid
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: Theme.textTertiary
                    font.pixelSize: Theme.fontSmall
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6

                Text {
                    objectName: "sessionState"
                    text: status.label
                    textFormat: Text.PlainText
                    color: status.kind === SessionState.Online ? Theme.success
                         : status.kind === SessionState.Offline || status.kind === SessionState.Disabled ? Theme.textSecondary
                         : status.color
                    font.pixelSize: Theme.fontSmall + 1
                    font.weight: Font.DemiBold
                }
                Text {
                    objectName: "sessionDetail"
                    Layout.fillWidth: true
                    text: "· " + status.detail
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall + 1
                    ToolTip.visible: detailHover.hovered && truncated
                    ToolTip.text: status.detail
                    HoverHandler { id: detailHover }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.transportName.length > 0
                spacing: 4

                Icon {
                    path: AccountIcons.server
                    size: 14
                    color: Theme.textTertiary
                }
                Text {
                    objectName: "sessionTransport"
                    Layout.fillWidth: true
                    text: qsTr("Connected over %1").arg(root.transportName)
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: Theme.textTertiary
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        // The action that helps in this state.
        Button {
            objectName: "sessionFixButton"
            visible: status.kind === SessionState.Reconnecting || status.certificateRefused || status.passwordRefused
            flat: true
            implicitHeight: 36
            topInset: 0
            bottomInset: 0
            text: status.kind === SessionState.Reconnecting ? qsTr("Reconnect now")
                : status.certificateRefused ? qsTr("Review certificate…") : qsTr("Enter password…")
            font.weight: Font.DemiBold
            Material.foreground: status.kind === SessionState.Reconnecting ? Theme.accent : Theme.danger
            Accessible.name: qsTr("%1 (%2)").arg(text).arg(root.resource)
            onClicked: {
                if (status.kind === SessionState.Reconnecting)
                    root.session.connection.reconnectNow();
                else if (status.certificateRefused)
                    root.trustRequested(root.session);
                else
                    root.passwordRequested();
            }
        }

        PrimaryButton {
            objectName: "sessionConnectButton"
            visible: !root.connected
            implicitHeight: 36
            implicitWidth: 112
            enabled: status.accountEnabled
            text: status.kind === SessionState.Failed ? qsTr("Try again") : qsTr("Connect")
            Accessible.name: qsTr("%1: %2").arg(text).arg(root.resource)
            onClicked: root.account.connectSession(root.session)
        }
        Button {
            objectName: "sessionDisconnectButton"
            visible: root.connected
            implicitHeight: 36
            implicitWidth: 112
            topInset: 0
            bottomInset: 0
            flat: true
            text: status.kind === SessionState.Online ? qsTr("Disconnect") : qsTr("Cancel")
            Accessible.name: qsTr("%1: %2").arg(text).arg(root.resource)
            onClicked: root.account.disconnectSession(root.session)
        }

        Item {
            implicitWidth: 36
            implicitHeight: 36

            IconButton {
                objectName: "sessionRemoveButton"
                anchors.fill: parent
                visible: root.removable
                iconPath: AccountIcons.remove
                iconColor: Theme.danger
                toolTipText: qsTr("Remove the resource %1").arg(root.resource)
                onClicked: root.account.removeSession(root.session)
            }
        }
    }
}
