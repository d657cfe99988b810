import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// The command history of one device, from a command tile's menu: what the command view's
// History tab shows, for AMQP devices too (they have no command view). Live while open.
AccountDialog {
    id: root

    required property Account account
    // The history's key and how people name it (TilesModel's commandHistoryDevice, commandTarget).
    property string device
    property string deviceName

    function openFor(device: string, name: string) {
        root.device = device;
        root.deviceName = name;
        open();
    }

    objectName: "commandHistoryDialog"
    width: Math.min(900, (parent ? parent.width : 900) - 2 * Theme.spacingXl)
    heading: qsTr("Command history of %1").arg(root.deviceName)

    CommandHistoryView {
        objectName: "commandHistoryDialogList"
        Layout.fillWidth: true
        Layout.preferredHeight: 380
        account: root.account
        device: root.device
        deviceName: root.deviceName
    }

    buttons: [
        PrimaryButton {
            objectName: "commandHistoryClose"
            text: qsTr("Close")
            Accessible.name: qsTr("Close the command history")
            onClicked: root.close()
        }
    ]
}
