pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Linnet
import Linnet.Core

// One account on the accounts page: who it is, where it connects, on/off, every session with
// its state and actions, adding a resource, editing and removing the account. The labels come
// from the AccountsModel row; the account object is for the sessions and the actions.
Pane {
    id: root

    required property Account account
    required property string jid
    required property string displayName
    required property int onlineSessions
    required property int sessionCount
    // The model deletes a removed account before its card goes: read it through these.
    readonly property bool accountEnabled: account ? account.enabled : false
    readonly property bool accountActive: account ? account.active : false
    readonly property string host: account ? account.host : ""
    readonly property int port: account ? account.port : 0
    readonly property bool rememberPassword: account ? account.rememberPassword : false
    // The transport is read when the account's configuration changes (AccountTransport is no
    // property of the account).
    property int transport: AccountTransport.Automatic
    property string endpoint
    // Where and how it connects, in words.
    readonly property string serverText: {
        const transportName = root.transport === AccountTransport.StartTls ? "STARTTLS"
                            : root.transport === AccountTransport.DirectTls ? qsTr("Direct TLS")
                            : root.transport === AccountTransport.WebSocket ? "WebSocket"
                            : root.transport === AccountTransport.Bosh ? "BOSH" : "";
        if (root.transport === AccountTransport.WebSocket || root.transport === AccountTransport.Bosh) {
            return root.endpoint.length > 0 ? qsTr("%1 at %2").arg(transportName).arg(root.endpoint)
                                            : qsTr("%1, address asked from the server").arg(transportName);
        }
        const server = root.host.length > 0
                ? qsTr("Server %1:%2").arg(root.host).arg(root.port > 0 ? root.port : (root.transport === AccountTransport.DirectTls ? 5223 : 5222))
                : qsTr("Server found from the address");
        return transportName.length > 0 ? qsTr("%1 · %2").arg(server).arg(transportName) : server;
    }
    // Not list<Session>: Qt 6.8 copies a QQmlListProperty into a typed list as empty.
    readonly property var sessions: root.account ? root.account.sessions : []
    // The account the main window acts for.
    property bool current: false

    signal openRequested(Account account)
    signal editRequested(Account account)
    signal removeRequested(Account account)
    signal trustRequested(Account account, Session session)
    signal brokerTrustRequested(Account account, string broker)
    signal passwordRequested(Account account)
    // The ad-hoc commands of the account's server (XEP-0050; admins get the server's own).
    signal serverCommandsRequested(Account account)

    function addResource() {
        const name = resourceField.text.trim();
        if (name.length === 0) {
            resourceField.forceActiveFocus();
            return;
        }
        if (root.account.addSession(name)) {
            resourceField.clear();
            resourceError.text = "";
        } else {
            resourceError.text = qsTr("“%1” is already a resource of this account, or not a valid name (no “/”).").arg(name);
        }
    }

    function readTransport() {
        root.transport = root.account ? AccountTransport.kindOf(root.account) : AccountTransport.Automatic;
        root.endpoint = root.account ? AccountTransport.endpointOf(root.account) : "";
    }

    Component.onCompleted: readTransport()
    onAccountChanged: readTransport()
    Connections {
        target: root.account
        function onConfigChanged() {
            root.readTransport();
        }
    }

    function connectAll() {
        root.account.enabled = true;
        for (const session of root.sessions)
            root.account.connectSession(session);
    }

    padding: 0
    Material.elevation: 0
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Account %1").arg(root.jid)

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.width: root.current ? 2 : 1
        border.color: root.current ? Theme.accent : Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: 0

        // Who, where, and the account-wide switches.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            Layout.bottomMargin: Theme.spacingM
            spacing: Theme.spacingM

            Avatar {
                size: 44
                initials: ContactLook.initials(root.displayName)
                color: ContactLook.color(root.jid)
                opacity: root.accountEnabled ? 1 : 0.5
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                RowLayout {
                    spacing: Theme.spacingS
                    Text {
                        objectName: "accountTitle"
                        Layout.maximumWidth: 320
                        text: root.displayName
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontHeading - 3
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Rectangle {
                        visible: root.current
                        implicitWidth: currentLabel.implicitWidth + 12
                        implicitHeight: 20
                        radius: 10
                        color: Theme.selected
                        Text {
                            id: currentLabel
                            anchors.centerIn: parent
                            text: qsTr("Shown in the window")
                            textFormat: Text.PlainText
                            color: Theme.accent
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.DemiBold
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: !root.accountEnabled ? qsTr("%1 · turned off").arg(root.jid)
                        : root.sessionCount === 1 ? (root.onlineSessions > 0 ? qsTr("%1 · online").arg(root.jid) : qsTr("%1 · offline").arg(root.jid))
                        : qsTr("%1 · %2 of %3 sessions online").arg(root.jid).arg(root.onlineSessions).arg(root.sessionCount)
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall + 1
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Icon {
                        path: AccountIcons.server
                        size: 14
                        color: Theme.textTertiary
                    }
                    Text {
                        objectName: "accountServer"
                        // Shrinks (eliding) before the card overflows; a long address would.
                        Layout.fillWidth: true
                        Layout.maximumWidth: implicitWidth
                        text: root.serverText
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        color: Theme.textTertiary
                        font.pixelSize: Theme.fontSmall
                    }
                    Icon {
                        Layout.leftMargin: Theme.spacingS
                        path: AccountIcons.key
                        size: 14
                        color: Theme.textTertiary
                    }
                    Text {
                        text: root.rememberPassword ? qsTr("Password in the system keychain") : qsTr("Password asked at each start")
                        textFormat: Text.PlainText
                        color: Theme.textTertiary
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }

            Button {
                objectName: "openAccountButton"
                visible: !root.current
                flat: true
                text: qsTr("Show in window")
                implicitHeight: 36
                topInset: 0
                bottomInset: 0
                Material.foreground: Theme.accent
                Accessible.name: qsTr("Show %1 in the window").arg(root.jid)
                onClicked: root.openRequested(root.account)
            }

            Switch {
                id: enabledSwitch
                objectName: "accountEnabledSwitch"
                text: root.accountEnabled ? qsTr("On") : qsTr("Off")
                checked: root.accountEnabled
                Accessible.name: qsTr("Account %1 turned on").arg(root.jid)
                onToggled: {
                    root.account.enabled = checked;
                    if (checked)
                        root.account.connectAll();
                    // Follow the account again, whoever turns it on or off next.
                    checked = Qt.binding(() => root.accountEnabled);
                }
            }

            IconButton {
                objectName: "editAccountButton"
                iconPath: AccountIcons.edit
                toolTipText: qsTr("Edit the account %1…").arg(root.jid)
                onClicked: root.editRequested(root.account)
            }

            IconButton {
                objectName: "removeAccountButton"
                iconPath: AccountIcons.remove
                iconColor: Theme.danger
                toolTipText: qsTr("Remove the account %1…").arg(root.jid)
                onClicked: root.removeRequested(root.account)
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        // Every session, each with its state.
        Repeater {
            model: root.sessions
            delegate: SessionRow {
                required property Session modelData
                required property int index
                Layout.fillWidth: true
                account: root.account
                session: modelData
                removable: index > 0
                onTrustRequested: session => root.trustRequested(root.account, session)
                onPasswordRequested: root.passwordRequested(root.account)
            }
        }

        // Its AMQP brokers (qml/amqp), whose readings its dashboards show too.
        AmqpBrokersSection {
            Layout.fillWidth: true
            account: root.account
            onTrustRequested: broker => root.brokerTrustRequested(root.account, broker)
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        // Adding a resource; the account's connect and disconnect-all.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            Layout.topMargin: Theme.spacingM
            Layout.bottomMargin: resourceError.text.length > 0 ? 0 : Theme.spacingM
            spacing: Theme.spacingS

            TextField {
                id: resourceField
                objectName: "resourceField"
                Layout.preferredWidth: 260
                placeholderText: qsTr("New resource, e.g. lab")
                maximumLength: 200
                Accessible.name: qsTr("Name of a new resource (session) for %1").arg(root.jid)
                onAccepted: root.addResource()
                onTextChanged: resourceError.text = ""
            }
            Button {
                objectName: "addResourceButton"
                flat: true
                text: qsTr("Add resource")
                implicitHeight: 40
                topInset: 0
                bottomInset: 0
                Material.foreground: Theme.accent
                Accessible.name: qsTr("Add the resource to %1").arg(root.jid)
                onClicked: root.addResource()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "serverCommandsButton"
                visible: root.onlineSessions > 0
                flat: true
                text: qsTr("Server commands…")
                implicitHeight: 40
                topInset: 0
                bottomInset: 0
                Accessible.name: qsTr("Commands of the server of %1").arg(root.jid)
                onClicked: root.serverCommandsRequested(root.account)
            }
            Button {
                objectName: "connectAllButton"
                visible: root.onlineSessions < root.sessionCount || !root.accountEnabled
                flat: true
                text: qsTr("Connect all")
                implicitHeight: 40
                topInset: 0
                bottomInset: 0
                Accessible.name: qsTr("Connect every session of %1").arg(root.jid)
                onClicked: root.connectAll()
            }
            Button {
                objectName: "disconnectAllButton"
                visible: root.accountActive
                flat: true
                text: qsTr("Disconnect all")
                implicitHeight: 40
                topInset: 0
                bottomInset: 0
                Accessible.name: qsTr("Disconnect every session of %1").arg(root.jid)
                onClicked: root.account.disconnectAll()
            }
        }
        Text {
            id: resourceError
            objectName: "resourceError"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingL
            Layout.rightMargin: Theme.spacingL
            Layout.bottomMargin: Theme.spacingM
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSmall + 1
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
