import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Confirms removing an account: its sessions sign out and its stored password is deleted; its
// local data too when the box is ticked.
AccountDialog {
    id: root

    property Account account: null
    readonly property alias deleteDataBox: deleteDataBox

    signal removeConfirmed(Account account, bool removeLocalData)

    objectName: "removeAccountDialog"
    heading: account ? qsTr("Remove %1?").arg(account.jid) : ""
    message: qsTr("Linnet signs out every session of this account and forgets its saved password. "
                  + "The account itself stays on its server: you can add it again later.")

    onAboutToShow: deleteDataBox.checked = false
    onOpened: cancelButton.forceActiveFocus()

    CheckBox {
        id: deleteDataBox
        objectName: "deleteDataBox"
        Layout.leftMargin: -Theme.spacingS
        text: qsTr("Also delete local data")
        Accessible.name: qsTr("Also delete local data: chat history and device readings on this computer")
    }
    Text {
        Layout.fillWidth: true
        Layout.topMargin: -Theme.spacingM
        Layout.leftMargin: deleteDataBox.indicator.width + Theme.spacingXs
        text: qsTr("Chat history and device readings kept on this computer.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textTertiary
        font.pixelSize: Theme.fontSmall + 1
    }

    buttons: [
        Button {
            id: cancelButton
            objectName: "removeAccountCancel"
            flat: true
            implicitHeight: 40
            topInset: 0
            bottomInset: 0
            text: qsTr("Cancel")
            Accessible.name: qsTr("Keep the account")
            onClicked: root.reject()
        },
        DangerButton {
            id: removeButton
            objectName: "removeAccountConfirm"
            text: qsTr("Remove account")
            Accessible.name: root.account ? qsTr("Remove the account %1").arg(root.account.jid) : text
            onClicked: {
                const account = root.account;
                const removeData = deleteDataBox.checked;
                root.close();
                root.removeConfirmed(account, removeData);
            }
        }
    ]
}
