import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One AMQP broker of an account on the accounts page: its state in words with what it has
// stored and refused, why it is not connected, connect or disconnect, and remove. While its
// certificate is refused, "Trust certificate…" asks again (after the window's question was
// cancelled).
Item {
    id: root

    required property AmqpConnection connection
    required property string name
    required property string url
    required property string sources
    required property string problem
    required property certificateInfo refusedCertificate
    required property int index

    signal openRequested(int index)
    signal removeRequested(int index)
    signal trustRequested(string name)

    readonly property bool certificateRefused: !root.refusedCertificate.isNull && root.state === AmqpConnection.Disconnected

    readonly property int state: connection ? connection.state : AmqpConnection.Disconnected
    readonly property bool busy: state === AmqpConnection.Connecting || state === AmqpConnection.WaitingToReconnect
    readonly property string errorText: connection ? connection.errorText : ""
    readonly property string stateText: state === AmqpConnection.Connected ? qsTr("Connected")
                                      : state === AmqpConnection.Connecting ? qsTr("Connecting…")
                                      : state === AmqpConnection.WaitingToReconnect ? qsTr("Reconnecting soon")
                                      : qsTr("Not connected")
    readonly property string countsText: connection
        ? qsTr("%n reading(s) stored", "", connection.stored)
          + (connection.refused > 0 ? " · " + qsTr("%n message(s) refused", "", connection.refused) : "")
          + (connection.duplicates > 0 ? " · " + qsTr("%n redelivery(ies) skipped", "", connection.duplicates) : "")
        : ""
    readonly property string reason: root.problem.length > 0 ? root.problem : root.errorText
    readonly property color stateColor: state === AmqpConnection.Connected ? Theme.success
                                      : busy ? Theme.warning
                                      : reason.length > 0 ? Theme.danger : Theme.textTertiary

    implicitHeight: Math.max(60, column.implicitHeight + 2 * Theme.spacingM)
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Broker %1 at %2: %3. %4 %5").arg(root.name).arg(root.url).arg(root.stateText)
                                                        .arg(root.countsText).arg(root.reason)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingM

        Rectangle {
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
            radius: 16
            color: Qt.alpha(root.stateColor, Theme.dark ? 0.18 : 0.12)
            Rectangle {
                anchors.centerIn: parent
                visible: !root.busy
                width: 12
                height: 12
                radius: 6
                color: root.stateColor
            }
            BusyIndicator {
                anchors.centerIn: parent
                visible: root.busy
                running: visible
                width: 22
                height: 22
                padding: 0
                Material.accent: Theme.warning
                Accessible.ignored: true
            }
        }

        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    objectName: "brokerName"
                    text: root.name
                    textFormat: Text.PlainText
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.fillWidth: true
                    text: root.url + " · " + root.sources
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: Theme.textTertiary
                    font.pixelSize: Theme.fontSmall
                }
            }
            Text {
                objectName: "brokerState"
                Layout.fillWidth: true
                text: root.countsText.length > 0 ? root.stateText + " · " + root.countsText : root.stateText
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: root.state === AmqpConnection.Connected ? Theme.success : Theme.textSecondary
                font.pixelSize: Theme.fontSmall + 1
            }
            Text {
                objectName: "brokerReason"
                Layout.fillWidth: true
                visible: root.reason.length > 0 && root.state !== AmqpConnection.Connected
                text: root.reason
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontSmall + 1
            }
        }

        Button {
            objectName: "brokerTrustButton"
            visible: root.certificateRefused
            flat: true
            implicitHeight: 36
            topInset: 0
            bottomInset: 0
            text: qsTr("Trust certificate…")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Review the certificate of the broker %1 and decide whether to trust it").arg(root.name)
            onClicked: root.trustRequested(root.name)
        }
        Button {
            objectName: "brokerConnectButton"
            flat: true
            implicitHeight: 36
            topInset: 0
            bottomInset: 0
            text: root.state === AmqpConnection.Disconnected ? qsTr("Connect") : qsTr("Disconnect")
            Accessible.name: root.state === AmqpConnection.Disconnected ? qsTr("Connect to the broker %1").arg(root.name)
                                                                        : qsTr("Disconnect from the broker %1").arg(root.name)
            onClicked: {
                if (root.state === AmqpConnection.Disconnected)
                    root.openRequested(root.index);
                else
                    root.connection.close();
            }
        }
        IconButton {
            objectName: "brokerRemoveButton"
            iconPath: AccountIcons.remove
            iconColor: Theme.danger
            toolTipText: qsTr("Remove the broker %1 and forget its password").arg(root.name)
            onClicked: root.removeRequested(root.index)
        }
    }
}
