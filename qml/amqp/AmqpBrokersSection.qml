pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The AMQP 1.0 brokers of an account, under its sessions on the accounts page: their readings
// go into the account's dashboards beside its PubSub feeds. A broker refused for its
// certificate asks the window (trustRequested) from its row.
ColumnLayout {
    id: root

    required property Account account
    readonly property AmqpConnectionsModel brokers: account ? account.amqp : null

    signal trustRequested(string broker)

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingL
        Layout.rightMargin: Theme.spacingS
        Layout.topMargin: Theme.spacingS
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            text: root.brokers && root.brokers.count > 0
                  ? qsTr("Message brokers (AMQP 1.0)")
                  : qsTr("No message brokers: add an AMQP 1.0 broker to chart its devices next to your XMPP feeds.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: root.brokers && root.brokers.count > 0 ? Font.DemiBold : Font.Normal
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Button {
            objectName: "addBrokerButton"
            flat: true
            text: qsTr("Add broker…")
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            Material.foreground: Theme.accent
            Accessible.name: qsTr("Add an AMQP broker to %1").arg(root.account ? root.account.jid : "")
            onClicked: dialog.open()
        }
    }

    Repeater {
        model: root.brokers
        delegate: AmqpBrokerRow {
            Layout.fillWidth: true
            onOpenRequested: row => root.brokers.open(row)
            onRemoveRequested: row => root.brokers.remove(row)
            onTrustRequested: name => root.trustRequested(name)
        }
    }

    AmqpBrokerDialog {
        id: dialog
        brokers: root.brokers
    }
}
