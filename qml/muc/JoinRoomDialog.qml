pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Joins a room (its address, or a name on the account's conference service), or creates one:
// instant, or reserved with a name. The room is kept as a bookmark and joined at every login.
AccountDialog {
    id: root

    required property RoomsController rooms
    readonly property string address: rooms.roomJidFor(addressField.text)
    readonly property bool acceptable: address.length > 0 && (!createBox.checked || !reservedBox.checked || nameField.text.trim().length > 0)

    signal joined(string jid)

    function submit() {
        if (!acceptable)
            return;
        let ok;
        if (createBox.checked)
            ok = rooms.create(address, nickField.text, nameField.text, reservedBox.checked);
        else
            ok = rooms.join(address, nickField.text, passwordField.text, true);
        if (ok) {
            root.joined(address);
            close();
        }
    }

    objectName: "joinRoomDialog"
    heading: createBox.checked ? qsTr("Create a room") : qsTr("Join a room")
    message: qsTr("Type a room's address, or just a name for a room on %1.").arg(rooms.defaultService)

    onAboutToShow: {
        addressField.text = "";
        nickField.text = rooms.defaultNick;
        passwordField.text = "";
        nameField.text = "";
        createBox.checked = false;
        reservedBox.checked = false;
    }
    onOpened: addressField.forceActiveFocus()

    TextField {
        id: addressField
        objectName: "roomAddressField"
        Layout.fillWidth: true
        placeholderText: qsTr("Room, like team or team@%1").arg(root.rooms.defaultService)
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Room address")
        onAccepted: nickField.forceActiveFocus()
    }
    Text {
        Layout.fillWidth: true
        visible: addressField.text.length > 0
        text: root.address.length > 0 ? root.address : qsTr("That is not a room address.")
        textFormat: Text.PlainText
        elide: Text.ElideMiddle
        color: root.address.length > 0 ? Theme.textSecondary : Theme.danger
        font.pixelSize: Theme.fontSmall
    }
    TextField {
        id: nickField
        objectName: "roomNickField"
        Layout.fillWidth: true
        placeholderText: qsTr("Your nickname in the room")
        maximumLength: 100
        Accessible.name: qsTr("Nickname")
        onAccepted: root.submit()
    }
    TextField {
        id: passwordField
        objectName: "roomPasswordField"
        Layout.fillWidth: true
        visible: !createBox.checked
        echoMode: TextInput.Password
        placeholderText: qsTr("Password (only if the room has one)")
        Accessible.name: qsTr("Room password")
        onAccepted: root.submit()
    }
    CheckBox {
        id: createBox
        objectName: "createRoomBox"
        text: qsTr("Create a new room")
        Accessible.name: text
    }
    CheckBox {
        id: reservedBox
        objectName: "reservedRoomBox"
        visible: createBox.checked
        text: qsTr("Keep it when everyone leaves, with a name")
        Accessible.name: text
    }
    TextField {
        id: nameField
        objectName: "roomNameField"
        Layout.fillWidth: true
        visible: createBox.checked
        placeholderText: reservedBox.checked ? qsTr("Room name") : qsTr("Room name (optional)")
        maximumLength: 200
        Accessible.name: qsTr("Room name")
        onAccepted: root.submit()
    }

    buttons: [
        Button {
            objectName: "joinRoomCancel"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: root.close()
        },
        PrimaryButton {
            objectName: "joinRoomSubmit"
            implicitHeight: 40
            enabled: root.acceptable
            text: createBox.checked ? qsTr("Create") : qsTr("Join")
            Accessible.name: createBox.checked ? qsTr("Create the room") : qsTr("Join the room")
            onClicked: root.submit()
        }
    ]
}
