import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Who the conversation is with: avatar, name, presence and status message.
Rectangle {
    id: root

    required property ContactInfo contact
    property PresenceController presenceLabels

    signal closeRequested()

    readonly property string presenceLabel: presenceLabels ? presenceLabels.labelFor(contact.availability) : ""

    implicitHeight: Theme.headerHeight
    color: Theme.background

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXl
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingM

        Avatar {
            size: 40
            name: root.contact.name
            color: root.contact.color
            showPresence: true
            availability: root.contact.availability
            ringColor: Theme.background
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                objectName: "chatTitle"
                Layout.fillWidth: true
                text: root.contact.name
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontTitle + 1
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 6

                Text {
                    text: root.presenceLabel
                    textFormat: Text.PlainText
                    color: root.contact.availability === Presence.Offline ? Theme.textTertiary
                                                                          : Theme.presenceColor(root.contact.availability)
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.contact.statusText.length > 0
                    text: "· " + root.contact.statusText
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
                Item {
                    Layout.fillWidth: true
                    visible: root.contact.statusText.length === 0
                }
            }
        }

        Text {
            Layout.maximumWidth: 260
            text: root.contact.jid
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            color: Theme.textTertiary
            font.pixelSize: Theme.fontSmall
        }

        IconButton {
            objectName: "closeChatButton"
            iconPath: Icons.close
            toolTipText: qsTr("Close conversation (Esc)")
            onClicked: root.closeRequested()
        }
    }

    Accessible.role: Accessible.StaticText
    Accessible.name: root.contact.statusText.length > 0
                     ? qsTr("%1, %2, %3").arg(root.contact.name).arg(presenceLabel).arg(root.contact.statusText)
                     : qsTr("%1, %2").arg(root.contact.name).arg(presenceLabel)
}
