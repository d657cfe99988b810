pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Adds a contact (address, name, groups) or edits one (name and groups; the address is fixed).
// Groups are typed separated by commas; the roster's existing groups are offered below.
AccountDialog {
    id: root

    required property RosterModel roster
    // Empty: add a new contact. Otherwise the contact being edited.
    property string jid
    property string initialName
    property var initialGroups: []

    readonly property bool editing: jid.length > 0
    readonly property string address: editing ? jid : roster.validJid(addressField.text)
    readonly property bool acceptable: address.length > 0

    function openToAdd() {
        jid = "";
        initialName = "";
        initialGroups = [];
        open();
    }

    // An xmpp:?roster link: the address filled in, for the user to confirm.
    property string offeredAddress
    function openToOffer(address: string, name: string, group: string) {
        jid = "";
        initialName = name;
        initialGroups = group.length > 0 ? [group] : [];
        offeredAddress = address;
        open();
    }

    function openToEdit(contactJid: string, name: string, groups: var) {
        jid = contactJid;
        initialName = name;
        initialGroups = groups;
        open();
    }

    function addGroup(group: string) {
        const current = groupsField.text.trim();
        groupsField.text = current.length > 0 ? current + ", " + group : group;
    }

    function submit() {
        if (!acceptable)
            return;
        const groups = groupsField.text.split(",");
        if (editing) {
            if (nameField.text.trim() !== initialName)
                roster.renameContact(jid, nameField.text);
            roster.setContactGroups(jid, groups);
        } else {
            roster.addContact(address, nameField.text, groups);
        }
        close();
    }

    objectName: "contactDialog"
    heading: editing ? qsTr("Edit %1").arg(jid) : qsTr("Add a contact")
    message: editing ? "" : qsTr("They get a request to share presence; once they accept, you see when they are online.")

    onAboutToShow: {
        addressField.text = offeredAddress;
        offeredAddress = "";
        nameField.text = initialName;
        groupsField.text = initialGroups.join(", ");
    }
    onOpened: (editing ? nameField : addressField).forceActiveFocus()

    TextField {
        id: addressField
        objectName: "contactAddressField"
        Layout.fillWidth: true
        visible: !root.editing
        placeholderText: qsTr("Address, like bob@example.org")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Contact address")
        onAccepted: nameField.forceActiveFocus()
    }
    TextField {
        id: nameField
        objectName: "contactNameField"
        Layout.fillWidth: true
        placeholderText: qsTr("Name (optional)")
        maximumLength: 200
        Accessible.name: qsTr("Contact name")
        onAccepted: groupsField.forceActiveFocus()
    }
    TextField {
        id: groupsField
        objectName: "contactGroupsField"
        Layout.fillWidth: true
        placeholderText: qsTr("Groups, separated by commas (optional)")
        Accessible.name: qsTr("Groups, separated by commas")
        onAccepted: root.submit()
    }
    Flow {
        Layout.fillWidth: true
        visible: root.roster.groups.length > 0
        spacing: Theme.spacingXs
        Repeater {
            model: root.roster.groups
            delegate: Button {
                required property string modelData
                flat: true
                implicitHeight: 30
                topInset: 0
                bottomInset: 0
                text: modelData
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Add to the group %1").arg(modelData)
                onClicked: root.addGroup(modelData)
            }
        }
    }

    buttons: [
        Button {
            objectName: "contactDialogCancel"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: root.close()
        },
        PrimaryButton {
            objectName: "contactDialogSubmit"
            implicitHeight: 40
            enabled: root.acceptable
            text: root.editing ? qsTr("Save") : qsTr("Add contact")
            Accessible.name: root.editing ? qsTr("Save the contact") : qsTr("Add the contact")
            onClicked: root.submit()
        }
    ]
}
