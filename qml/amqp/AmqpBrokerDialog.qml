import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Adding an AMQP 1.0 broker to an account: a name for it, its amqps:// address, the login
// (none for anonymous), the addresses to read and an optional CA file. The password goes to the
// keychain. Enter adds, Escape cancels.
AccountDialog {
    id: root

    required property AmqpConnectionsModel brokers

    function submit() {
        if (!root.brokers.add(nameField.text, urlField.text, userField.text, passwordField.text, sourcesField.text,
                              caField.text))
            return;
        root.accept();
    }

    objectName: "amqpBrokerDialog"
    heading: qsTr("Add a message broker")
    message: qsTr("Readings that devices send to the broker go into this account's dashboards. Linnet connects over TLS only.")

    onAboutToShow: {
        for (const field of [nameField, urlField, userField, passwordField, caField])
            field.text = "";
        sourcesField.text = "/queues/sensors";
    }
    onOpened: nameField.forceActiveFocus()

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM
        Keys.onReturnPressed: root.submit()
        Keys.onEnterPressed: root.submit()

        TextField {
            id: nameField
            objectName: "brokerNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("Name, e.g. factory")
            maximumLength: 64
            Accessible.name: qsTr("Name of the broker connection")
        }
        TextField {
            id: urlField
            objectName: "brokerUrlField"
            Layout.fillWidth: true
            placeholderText: qsTr("amqps://broker.example.org:5671")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Address of the broker, amqps://host:port")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TextField {
                id: userField
                objectName: "brokerUserField"
                Layout.fillWidth: true
                placeholderText: qsTr("User (empty: anonymous)")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("User name at the broker; empty logs in anonymously")
            }
            TextField {
                id: passwordField
                objectName: "brokerPasswordField"
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                enabled: userField.text.length > 0
                Accessible.name: qsTr("Password at the broker")
            }
        }
        TextField {
            id: sourcesField
            objectName: "brokerSourcesField"
            Layout.fillWidth: true
            placeholderText: qsTr("Addresses to read, e.g. /queues/sensors")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Addresses to read readings from, separated by commas")
        }
        TextField {
            id: caField
            objectName: "brokerCaField"
            Layout.fillWidth: true
            placeholderText: qsTr("Extra CA certificate file, PEM (optional)")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Path of an extra CA certificate file to trust for this broker, optional")
        }
        Banner {
            objectName: "brokerAddError"
            Layout.fillWidth: true
            visible: root.brokers !== null && root.brokers.addError.length > 0
            tone: Banner.Error
            text: root.brokers ? root.brokers.addError : ""
        }
    }

    buttons: [
        Button {
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel adding a broker (Esc)")
            onClicked: root.reject()
        },
        PrimaryButton {
            objectName: "brokerAddButton"
            implicitHeight: 40
            text: qsTr("Add")
            Accessible.name: qsTr("Add the broker and connect (Enter)")
            onClicked: root.submit()
        }
    ]
}
