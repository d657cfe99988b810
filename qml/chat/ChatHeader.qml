pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Who the conversation is with: avatar, name, presence and status message, and where messages
// go: any device (the bare JID, the server picks) or one of the contact's online resources.
Rectangle {
    id: root

    required property ContactInfo contact
    // The resource messages are addressed to; empty: the bare JID ("any device").
    property string resource
    // What the contact is doing in this chat ("typing…", from ChatModel.peerActivity), or empty.
    property string activity

    signal closeRequested()
    // The contact's ad-hoc commands: at the chosen resource, else at every online one.
    signal commandsRequested(string jid)

    // Steps through "any device" and each online resource (Ctrl+Shift+R).
    function nextTarget() {
        const targets = [""].concat(contact.resources);
        resource = targets[(targets.indexOf(resource) + 1) % targets.length];
    }

    // One choice of where messages go.
    component TargetChip: AbstractButton {
        id: chip
        required property string target
        required property string label
        property string current
        signal chosen(string target)
        checked: current === target
        implicitHeight: 28
        implicitWidth: Math.min(chipText.implicitWidth, 140) + leftPadding + rightPadding
        leftPadding: Theme.spacingS + 2
        rightPadding: Theme.spacingS + 2
        focusPolicy: Qt.TabFocus
        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.checked: checked
        ToolTip.visible: hovered
        ToolTip.delay: 500
        onClicked: chosen(target)

        contentItem: Text {
            id: chipText
            text: chip.label
            textFormat: Text.PlainText
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: chip.checked ? Theme.accent : Theme.textSecondary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: chip.checked ? Font.DemiBold : Font.Medium
        }
        background: Rectangle {
            radius: height / 2
            color: chip.checked ? Theme.selected : chip.hovered ? Theme.hover : "transparent"
            border.width: chip.visualFocus ? 2 : 1
            border.color: chip.visualFocus ? Theme.focusRing : chip.checked ? "transparent" : Theme.divider
        }
    }

    implicitHeight: Theme.headerHeight
    color: Theme.background

    // A resource that went offline cannot be addressed any more: back to any device.
    Connections {
        target: root.contact
        function onResourcesChanged() {
            if (root.resource.length > 0 && root.contact.resources.indexOf(root.resource) < 0)
                root.resource = "";
        }
        function onJidChanged() {
            root.resource = "";
        }
    }

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
            objectName: "chatAvatar"
            size: 40
            initials: root.contact.initials
            color: root.contact.color
            source: root.contact.avatarUrl
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
                    objectName: "chatPresence"
                    text: root.contact.presenceLabel
                    textFormat: Text.PlainText
                    color: root.contact.availability === Presence.Offline ? Theme.textTertiary
                                                                          : Theme.presenceColor(root.contact.availability)
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.activity.length === 0
                    text: root.contact.statusText.length > 0 ? "· " + root.contact.statusText + " · " + root.contact.jid
                                                             : "· " + root.contact.jid
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
                // While the contact writes, that says more than their status line.
                Text {
                    objectName: "chatActivity"
                    Layout.fillWidth: true
                    visible: root.activity.length > 0
                    text: "· " + root.activity
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                    font.italic: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: root.activity
                    Accessible.ignored: !visible
                }
            }
        }

        // Where messages go: any device, or one online resource.
        RowLayout {
            objectName: "resourcePicker"
            Layout.fillWidth: false
            Layout.maximumWidth: 520
            spacing: 4
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Send to (Ctrl+Shift+R)")

            Text {
                Layout.rightMargin: 2
                text: qsTr("Send to")
                textFormat: Text.PlainText
                color: Theme.textTertiary
                font.pixelSize: Theme.fontSmall
            }

            TargetChip {
                objectName: "anyDeviceChip"
                target: ""
                label: qsTr("Any device")
                current: root.resource
                onChosen: target => root.resource = target
                Accessible.name: qsTr("Send to any device of %1 (the server picks)").arg(root.contact.name)
                ToolTip.text: root.contact.resources.length > 0
                              ? qsTr("Send to %1: the server delivers to their devices").arg(root.contact.jid)
                              : qsTr("%1 has no device online: the server keeps the message").arg(root.contact.name)
            }
            Repeater {
                model: root.contact.resources
                // The resource's presence, client and status ("Away · Gajim 2.1.0 · at the desk")
                // come from C++ (ResourcesModel); the list is re-read when any of them changes.
                delegate: TargetChip {
                    required property string modelData
                    readonly property string details: root.contact.resourceList ? root.contact.resourceList.descriptionOf(modelData) : ""
                    target: modelData
                    label: modelData
                    current: root.resource
                    onChosen: target => root.resource = target
                    Accessible.name: qsTr("Send only to %1's device %2").arg(root.contact.name).arg(modelData)
                    Accessible.description: details
                    ToolTip.text: details.length > 0 ? qsTr("Send only to %1/%2 (%3)").arg(root.contact.jid).arg(modelData).arg(details)
                                                     : qsTr("Send only to %1/%2").arg(root.contact.jid).arg(modelData)
                }
            }
        }

        IconButton {
            objectName: "contactCommandsButton"
            iconPath: CommandIcons.terminal
            toolTipText: root.resource.length > 0 ? qsTr("Commands of %1/%2…").arg(root.contact.name).arg(root.resource)
                                                  : qsTr("Commands of %1…").arg(root.contact.name)
            onClicked: root.commandsRequested(root.resource.length > 0 ? root.contact.jid + "/" + root.resource : root.contact.jid)
        }

        IconButton {
            objectName: "closeChatButton"
            iconPath: Icons.close
            toolTipText: qsTr("Close conversation (Esc)")
            onClicked: root.closeRequested()
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+R"
        onActivated: root.nextTarget()
    }

    Accessible.role: Accessible.StaticText
    Accessible.name: (root.contact.statusText.length > 0
                      ? qsTr("%1, %2, %3").arg(root.contact.name).arg(root.contact.presenceLabel).arg(root.contact.statusText)
                      : qsTr("%1, %2").arg(root.contact.name).arg(root.contact.presenceLabel))
                     + (root.activity.length > 0 ? ", " + root.activity : "")
}
