import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The command view's header: whose commands these are, Commands / History, reload and close.
Rectangle {
    id: root

    required property Account account
    required property string jid
    property string entityName
    property bool historyShown: false

    signal historyRequested(bool shown)
    signal reloadRequested()
    signal closeRequested()

    component Segment: AbstractButton {
        id: segment
        implicitHeight: 30
        implicitWidth: label.implicitWidth + 2 * Theme.spacingL
        focusPolicy: Qt.TabFocus
        Accessible.role: Accessible.PageTab
        Accessible.checkable: true
        Accessible.checked: checked
        contentItem: Text {
            id: label
            text: segment.text
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: segment.checked ? Theme.textPrimary : Theme.textSecondary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: segment.checked ? Font.DemiBold : Font.Medium
        }
        background: Rectangle {
            radius: height / 2
            color: segment.checked ? Theme.surfaceRaised : segment.hovered ? Theme.hover : "transparent"
            border.width: segment.visualFocus ? 2 : segment.checked ? 1 : 0
            border.color: segment.visualFocus ? Theme.focusRing : Theme.divider
        }
    }

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

        Rectangle {
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: Theme.selected
            Icon {
                anchors.centerIn: parent
                path: CommandIcons.terminal
                size: 22
                color: Theme.accent
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Text {
                objectName: "commandsTitle"
                Layout.fillWidth: true
                text: qsTr("Commands of %1").arg(root.entityName)
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textPrimary
                font.pixelSize: Theme.fontTitle + 1
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: root.entityName === root.jid ? qsTr("as %1").arg(root.account.jid)
                                                   : qsTr("%1 · as %2").arg(root.jid).arg(root.account.jid)
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
        // Commands | History
        Rectangle {
            implicitWidth: segments.implicitWidth + 6
            implicitHeight: 36
            radius: height / 2
            color: Theme.field
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Commands or history")
            Row {
                id: segments
                anchors.centerIn: parent
                spacing: 2
                Segment {
                    objectName: "showCommandsButton"
                    text: qsTr("Commands")
                    checked: !root.historyShown
                    Accessible.name: qsTr("Show the commands")
                    onClicked: root.historyRequested(false)
                }
                Segment {
                    objectName: "showHistoryButton"
                    text: qsTr("History")
                    checked: root.historyShown
                    Accessible.name: qsTr("Show the command history of %1").arg(root.entityName)
                    onClicked: root.historyRequested(true)
                }
            }
        }
        IconButton {
            objectName: "reloadCommandsButton"
            iconPath: CommandIcons.refresh
            toolTipText: qsTr("List the commands again (F5)")
            enabled: root.account.onlineSessions > 0
            onClicked: root.reloadRequested()
        }
        IconButton {
            objectName: "closeCommandsButton"
            iconPath: Icons.close
            toolTipText: qsTr("Close (Esc)")
            onClicked: root.closeRequested()
        }
    }
}
