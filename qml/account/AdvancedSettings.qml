import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Where an account connects: server host and port overrides and, in the account editor, the
// transport (automatic, STARTTLS, direct TLS, WebSocket, BOSH) with the WebSocket or BOSH
// address. The sign-in form shows it folded behind "Advanced", host and port only.
ColumnLayout {
    id: root

    property bool expanded: false
    // The sign-in form folds it away; the account editor shows it open, without the toggle.
    property bool collapsible: true
    // The transport choice (the sign-in form always starts with Automatic).
    property bool transportShown: false
    property string savedHost
    property int savedPort
    property alias hostField: hostField
    property alias portField: portField
    property alias transportBox: transportBox
    property alias endpointField: endpointField

    readonly property bool open: root.expanded || !root.collapsible
    // AccountTransport.Kind of the choice.
    readonly property int transport: transportBox.currentIndex >= 0 ? transportBox.currentValue : AccountTransport.Automatic
    readonly property bool usesEndpoint: root.transportShown && AccountTransport.usesEndpoint(root.transport)
    // Why the address typed cannot be used, else empty.
    readonly property string endpointProblem: root.usesEndpoint
                                              ? AccountTransport.endpointProblem(root.transport, endpointField.text) : ""

    signal accepted()
    // A field changed (the account editor clears its error then).
    signal edited()

    // Shows this transport and address (the account editor, when it opens).
    function showTransport(kind: int, endpoint: string) {
        transportBox.currentIndex = Math.max(0, transportBox.indexOfValue(kind));
        endpointField.text = endpoint;
    }

    spacing: Theme.spacingS

    AbstractButton {
        id: toggle
        Layout.alignment: Qt.AlignLeft
        visible: root.collapsible
        implicitHeight: 30
        implicitWidth: toggleRow.implicitWidth + 8
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Advanced settings")
        Accessible.checkable: true
        Accessible.checked: root.expanded
        onClicked: root.expanded = !root.expanded

        contentItem: RowLayout {
            id: toggleRow
            spacing: 2
            Text {
                text: qsTr("Advanced")
                textFormat: Text.PlainText
                color: toggle.enabled ? Theme.accent : Theme.textTertiary
                font.pixelSize: Theme.fontSmall + 1
                font.weight: Font.DemiBold
            }
            Icon {
                path: root.expanded ? Icons.expandLess : Icons.expandMore
                size: 18
                color: toggle.enabled ? Theme.accent : Theme.textTertiary
            }
        }
        background: Rectangle {
            radius: Theme.radiusS
            color: toggle.hovered ? Theme.hover : "transparent"
            border.width: toggle.visualFocus ? 2 : 0
            border.color: Theme.focusRing
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.open && root.transportShown
        spacing: Theme.spacingM

        Label {
            text: qsTr("Connect over")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
        }
        ComboBox {
            id: transportBox
            objectName: "transportBox"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: AccountTransport.Automatic, text: qsTr("Automatic") },
                { value: AccountTransport.StartTls, text: "STARTTLS" },
                { value: AccountTransport.DirectTls, text: qsTr("Direct TLS") },
                { value: AccountTransport.WebSocket, text: "WebSocket" },
                { value: AccountTransport.Bosh, text: "BOSH" }
            ]
            Accessible.name: qsTr("Connect over: %1").arg(displayText)
            // Plain text, not the style's read-only text field: one control, one name.
            contentItem: Text {
                leftPadding: Theme.spacingL
                rightPadding: transportBox.indicator ? transportBox.indicator.width : 0
                text: transportBox.displayText
                textFormat: Text.PlainText
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: transportBox.enabled ? Theme.textPrimary : Theme.textTertiary
                font: transportBox.font
            }
        }
    }

    Text {
        objectName: "transportHint"
        Layout.fillWidth: true
        visible: root.open && root.transportShown
        text: root.transport === AccountTransport.StartTls
              ? qsTr("XMPP over TCP (usually port 5222), encrypted with STARTTLS before signing in.")
              : root.transport === AccountTransport.DirectTls
              ? qsTr("XMPP over TLS from the first byte (XEP-0368), usually port 5223 or 443.")
              : root.transport === AccountTransport.WebSocket
              ? qsTr("XMPP over a secure WebSocket, for networks that let only web traffic through.")
              : root.transport === AccountTransport.Bosh
              ? qsTr("XMPP over HTTPS long-polling, for networks that let only web traffic through, even without WebSocket.")
              : qsTr("Finds the server through DNS (STARTTLS and direct TLS), then tries the WebSocket and BOSH addresses it announces.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textTertiary
        font.pixelSize: Theme.fontSmall
    }

    TextField {
        id: endpointField
        objectName: "endpointField"
        Layout.fillWidth: true
        visible: root.open && root.usesEndpoint
        placeholderText: root.transport === AccountTransport.Bosh ? "https://example.org/http-bind"
                                                                   : "wss://example.org/xmpp-websocket"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: root.transport === AccountTransport.Bosh
                         ? qsTr("BOSH address starting with https://, optional; asked from the server when empty")
                         : qsTr("WebSocket address starting with wss://, optional; asked from the server when empty")
        Accessible.description: root.endpointProblem
        onAccepted: root.accepted()
        onTextChanged: root.edited()
    }

    Text {
        objectName: "endpointProblem"
        Layout.fillWidth: true
        visible: root.open && root.endpointProblem.length > 0
        text: root.endpointProblem
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontSmall + 1
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // Over WebSocket and BOSH the address says where: host and port are for the TCP transports.
    RowLayout {
        Layout.fillWidth: true
        visible: root.open && !root.usesEndpoint
        spacing: Theme.spacingS

        TextField {
            id: hostField
            objectName: "hostField"
            Layout.fillWidth: true
            text: root.savedHost
            placeholderText: qsTr("Server host (optional)")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Server host, optional; found from the address when empty")
            onAccepted: root.accepted()
            onTextChanged: root.edited()
        }

        TextField {
            id: portField
            objectName: "portField"
            Layout.preferredWidth: root.collapsible ? 96 : 110
            text: root.savedPort > 0 ? root.savedPort : ""
            placeholderText: qsTr("Port")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 1; top: 65535 }
            Accessible.name: qsTr("Port, optional")
            onAccepted: root.accepted()
            onTextChanged: root.edited()
        }
    }

    Text {
        Layout.fillWidth: true
        visible: root.open
        text: root.usesEndpoint ? qsTr("Leave empty to ask the server for its address (XEP-0156).")
                                : qsTr("Leave empty to find the server from your address.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textTertiary
        font.pixelSize: Theme.fontSmall
    }
}
