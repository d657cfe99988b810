import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Another resource of the own account (a phone, another computer), as the account's
// OwnResourcesModel reports it: presence, name, client and status message, all from roles.
Item {
    id: root

    required property string resource
    required property int availability
    required property string statusText
    required property string client
    required property bool thisApp

    readonly property string clientLabel: client.length > 0 ? client : qsTr("unknown client")

    implicitHeight: 26
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 on %2: %3 %4").arg(root.resource).arg(root.clientLabel)
                     .arg(ContactLook.presenceLabel(root.availability)).arg(root.statusText)

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        PresenceDot {
            size: 8
            border.width: 0
            availability: root.availability
        }
        Text {
            text: root.resource
            textFormat: Text.PlainText
            elide: Text.ElideRight
            Layout.maximumWidth: 110
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.Medium
        }
        Text {
            Layout.fillWidth: true
            text: root.statusText.length > 0 ? root.clientLabel + " · " + root.statusText : root.clientLabel
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textTertiary
            font.pixelSize: Theme.fontSmall
        }
    }
}
