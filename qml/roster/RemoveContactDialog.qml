import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// Confirms removing a contact: both sides stop seeing each other's presence.
AccountDialog {
    id: root

    required property RosterModel roster
    property string jid
    property string name

    function openFor(contactJid: string, contactName: string) {
        jid = contactJid;
        name = contactName;
        open();
    }

    objectName: "removeContactDialog"
    heading: qsTr("Remove %1?").arg(name)
    message: qsTr("%1 leaves your contacts, and neither of you sees the other's presence any more. The chat history stays.").arg(jid)
    onOpened: cancelButton.forceActiveFocus()

    buttons: [
        Button {
            id: cancelButton
            objectName: "removeContactCancel"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: qsTr("Keep the contact")
            onClicked: root.close()
        },
        DangerButton {
            objectName: "removeContactConfirm"
            text: qsTr("Remove contact")
            Accessible.name: qsTr("Remove the contact %1").arg(root.jid)
            onClicked: {
                root.roster.removeContact(root.jid);
                root.close();
            }
        }
    ]
}
