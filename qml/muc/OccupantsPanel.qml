pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// Who is in the room, in sections by role (moderators first); each with presence, nick,
// affiliation and status text. Labels come from OccupantsModel's roles.
Rectangle {
    id: root

    required property OccupantsModel occupants

    color: Theme.sidebar
    implicitWidth: 240

    ListView {
        id: list
        objectName: "occupantList"
        anchors.fill: parent
        anchors.topMargin: Theme.spacingS
        model: root.occupants
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("People in the room")
        ScrollBar.vertical: ScrollBar {}

        section.property: "section"
        section.delegate: Text {
            required property string section
            width: list.width
            leftPadding: Theme.spacingM
            topPadding: Theme.spacingS
            bottomPadding: Theme.spacingXs
            text: section
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: section
        }

        delegate: ItemDelegate {
            id: row
            required property string nick
            required property string affiliationLabel
            required property string roleLabel
            required property string statusText
            required property int availability
            required property bool isSelf
            width: list.width
            implicitHeight: 36
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            focusPolicy: Qt.TabFocus
            Accessible.role: Accessible.ListItem
            Accessible.name: [nick, roleLabel, affiliationLabel, statusText].filter(s => s.length > 0).join(", ")

            contentItem: RowLayout {
                spacing: Theme.spacingS
                PresenceDot {
                    availability: row.availability
                }
                Text {
                    Layout.fillWidth: true
                    text: row.isSelf ? qsTr("%1 (you)").arg(row.nick) : row.nick
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                    font.weight: row.isSelf ? Font.DemiBold : Font.Normal
                }
                Text {
                    visible: row.affiliationLabel.length > 0
                    text: row.affiliationLabel
                    textFormat: Text.PlainText
                    color: Theme.textTertiary
                    font.pixelSize: Theme.fontCaption
                }
            }
            ToolTip.visible: hovered && statusText.length > 0
            ToolTip.text: statusText
            background: Rectangle {
                color: row.hovered ? Theme.hover : "transparent"
                border.width: row.visualFocus ? 2 : 0
                border.color: Theme.focusRing
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingM
        visible: list.count === 0
        iconPath: MucIcons.people
        title: qsTr("Nobody here")
        hint: qsTr("Join the room to see who is in it.")
    }
}
