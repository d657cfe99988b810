pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Pins an AMQP quick action of a device to the dashboard as a command tile (issue 13): the
// broker (one of the account's AMQP connections), the device (one its readings came from, or
// typed: a device that has sent nothing yet still takes commands), and the action: the relay
// as a switch or the reporting interval as a slider. The tile sends a request to the device's
// command queue and shows its reply. Without a broker it says where to add one.
AccountDialog {
    id: root

    required property Account account
    property Dashboard dashboard: null
    // Read when the dialog opens: the account's brokers, the chosen broker's devices.
    property var brokers: []
    property var devices: []
    property string action: "relay"  // Dashboards::RelayAction | IntervalAction
    property string errorText
    readonly property bool hasBroker: root.brokers.length > 0
    readonly property string broker: root.brokers[brokerBox.currentIndex] ?? ""

    signal pinned(string tileId)

    function readDevices() {
        root.devices = root.broker.length > 0 ? root.account.dashboards.amqpDevices(root.broker) : [];
        deviceBox.currentIndex = root.devices.length > 0 ? 0 : -1;
        deviceBox.editText = root.devices.length > 0 ? root.devices[0] : "";
    }

    function submit() {
        if (!root.hasBroker || !root.dashboard)
            return;
        const device = deviceBox.editText.trim();
        // As Dashboards::amqpQuickAction takes them: the name goes into the queue's address.
        if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(device)) {
            root.errorText = device.length === 0 ? qsTr("Choose or type the device, e.g. press-1.")
                                                 : qsTr("A device name has letters, digits, dots, colons or dashes, e.g. press-1.");
            return;
        }
        const tileId = root.dashboard.tiles.pinAmqpAction(root.broker, device, root.action, titleField.text.trim());
        if (tileId.length === 0) {
            root.errorText = qsTr("The tile does not fit on the dashboard.");
            return;
        }
        root.close();
        root.pinned(tileId);
    }

    objectName: "pinAmqpActionDialog"
    heading: qsTr("Pin a device action")
    message: root.hasBroker ? qsTr("The tile sends the action to the device over the AMQP broker and shows its reply.")
                            : ""
    // open() starts afresh: the brokers may have changed since the last time.
    onAboutToShow: {
        root.brokers = root.account.amqp ? root.account.amqp.names() : [];
        brokerBox.currentIndex = root.hasBroker ? 0 : -1;
        root.action = "relay";
        root.errorText = "";
        titleField.text = "";
        root.readDevices();
    }
    onOpened: {
        if (root.hasBroker)
            brokerBox.forceActiveFocus();
        else
            closeButton.forceActiveFocus();
    }

    EmptyState {
        objectName: "noAmqpBroker"
        Layout.fillWidth: true
        visible: !root.hasBroker
        iconPath: DashboardIcons.sensors
        title: qsTr("This account has no AMQP broker")
        hint: qsTr("Add one under “Message brokers (AMQP 1.0)” on the account's page; its devices' relay and reporting interval can then be pinned here.")
    }

    GridLayout {
        Layout.fillWidth: true
        visible: root.hasBroker
        columns: 2
        columnSpacing: Theme.spacingM
        rowSpacing: Theme.spacingS

        Text {
            text: qsTr("Broker")
            textFormat: Text.PlainText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            Accessible.ignored: true
        }
        ComboBox {
            id: brokerBox
            objectName: "amqpBrokerBox"
            Layout.fillWidth: true
            model: root.brokers
            Accessible.name: qsTr("AMQP broker")
            onActivated: root.readDevices()
        }

        Text {
            text: qsTr("Device")
            textFormat: Text.PlainText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            Accessible.ignored: true
        }
        ComboBox {
            id: deviceBox
            objectName: "amqpDeviceBox"
            Layout.fillWidth: true
            editable: true
            model: root.devices
            Accessible.name: qsTr("Device: one that sent readings over this broker, or type its name")
            onAccepted: root.submit()
        }
    }

    Text {
        objectName: "amqpNoDevices"
        Layout.fillWidth: true
        visible: root.hasBroker && root.devices.length === 0
        text: qsTr("No readings from this broker yet: type the device's name.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textTertiary
        font.pixelSize: Theme.fontSmall
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.hasBroker
        spacing: Theme.spacingS
        Repeater {
            model: [{ action: "relay", label: qsTr("Relay (switch)") },
                    { action: "interval", label: qsTr("Reporting interval (slider)") }]
            delegate: RadioButton {
                required property var modelData
                objectName: "amqpAction_" + modelData.action
                Layout.fillWidth: true
                text: modelData.label
                checked: root.action === modelData.action
                Accessible.name: modelData.label
                onClicked: root.action = modelData.action
            }
        }
    }

    TextField {
        id: titleField
        objectName: "amqpTitleField"
        Layout.fillWidth: true
        visible: root.hasBroker
        placeholderText: qsTr("Title (optional), e.g. Press 1 relay")
        maximumLength: 80
        Accessible.name: qsTr("Tile title")
        onAccepted: root.submit()
    }

    Text {
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        text: root.errorText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontSmall + 1
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    buttons: [
        Button {
            id: closeButton
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: root.hasBroker ? qsTr("Cancel") : qsTr("Close")
            Accessible.name: text
            onClicked: root.reject()
        },
        PrimaryButton {
            objectName: "amqpPinConfirm"
            visible: root.hasBroker
            implicitHeight: 40
            text: qsTr("Pin tile")
            onClicked: root.submit()
        }
    ]
}
