pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The commands an entity offers, one row each (its resource too when it has several online);
// while loading, on an error, when a contact or device is offline and when there are none it
// says so and what to do. Enter or a click runs the current command.
ListView {
    id: root

    required property CommandListModel commands
    required property Account account
    // The running command (highlighted).
    property string currentJid
    property string currentNode
    property string entityName

    signal commandChosen(string jid, string node, string name)

    readonly property bool online: root.account.onlineSessions > 0
    // Several of the entity's resources answered: say which one each command is on.
    readonly property bool manyTargets: root.account.commands.targets(root.commands.jid).length > 1

    objectName: "commandList"
    model: root.commands
    clip: true
    focus: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Commands of %1").arg(root.entityName)
    ScrollBar.vertical: ScrollBar {}

    Keys.onReturnPressed: (root.currentItem as ItemDelegate)?.clicked()
    Keys.onEnterPressed: (root.currentItem as ItemDelegate)?.clicked()

    delegate: ItemDelegate {
        id: row

        required property int index
        required property string name
        required property string node
        required property string jid
        required property string resource
        readonly property bool running: row.node === root.currentNode && row.jid === root.currentJid

        objectName: "command_" + row.node
        width: ListView.view.width
        implicitHeight: 52
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingM
        highlighted: row.running
        focusPolicy: Qt.NoFocus
        Accessible.role: Accessible.ListItem
        Accessible.name: row.name + (root.manyTargets && row.resource.length > 0 ? ", " + qsTr("on %1").arg(row.resource) : "")
        onClicked: {
            root.currentIndex = row.index;
            root.commandChosen(row.jid, row.node, row.name);
        }

        background: Rectangle {
            color: row.running ? Theme.selected
                 : row.ListView.isCurrentItem && root.activeFocus ? Theme.hover
                 : row.hovered ? Theme.hover : "transparent"
            Rectangle {
                visible: row.running
                width: 3
                height: parent.height
                color: Theme.accent
            }
        }
        contentItem: RowLayout {
            spacing: Theme.spacingM
            Icon {
                path: CommandIcons.terminal
                size: 18
                color: row.running ? Theme.accent : Theme.textTertiary
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Text {
                    Layout.fillWidth: true
                    text: row.name
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: row.running ? Theme.accent : Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                    font.weight: row.running ? Font.DemiBold : Font.Normal
                }
                Text {
                    Layout.fillWidth: true
                    text: root.manyTargets && row.resource.length > 0 ? qsTr("%1 · on %2").arg(row.node).arg(row.resource) : row.node
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: Theme.textTertiary
                    font.pixelSize: Theme.fontCaption
                }
            }
            Icon {
                path: CommandIcons.chevronRight
                size: 18
                color: Theme.textTertiary
            }
        }
    }

    // Loading, offline, an error, or nothing offered.
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, 300)
        visible: root.count === 0
        spacing: Theme.spacingM

        BusyIndicator {
            objectName: "commandListBusy"
            Layout.alignment: Qt.AlignHCenter
            visible: root.commands.loading && root.online
            running: visible
            Accessible.name: qsTr("Loading the commands")
        }
        EmptyState {
            objectName: "commandListState"
            Layout.fillWidth: true
            iconPath: !root.online ? Icons.cloudOff : root.commands.offline ? CommandIcons.offline
                    : root.commands.loading ? "" : root.commands.errorText.length > 0 ? CommandIcons.error : CommandIcons.terminal
            title: !root.online ? qsTr("Not connected")
                 : root.commands.offline ? qsTr("%1 is offline").arg(root.entityName)
                 : root.commands.loading ? qsTr("Asking %1 for its commands…").arg(root.entityName)
                 : root.commands.errorText.length > 0 ? qsTr("Could not list the commands")
                 : qsTr("No commands")
            // Offline: the list fills in by itself when its presence comes (no Try again).
            hint: !root.online ? qsTr("Commands go through a session of this account: connect one first.")
                : root.commands.offline ? qsTr("Its commands are listed when it comes online.")
                : root.commands.loading ? ""
                : root.commands.errorText.length > 0 ? root.commands.errorText
                : qsTr("%1 offers no commands to %2. A device lists its commands only to the addresses it allows.")
                      .arg(root.entityName).arg(root.account.jid)
        }
        Button {
            objectName: "reloadCommands"
            Layout.alignment: Qt.AlignHCenter
            visible: root.online && !root.commands.loading && !root.commands.offline
            text: qsTr("Try again")
            flat: true
            Accessible.name: qsTr("List the commands again")
            onClicked: root.commands.refresh()
        }
    }
}
