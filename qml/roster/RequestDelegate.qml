import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linnet

// Someone asking to see our presence, at the top of the roster until answered: Accept (which
// also asks for theirs) or Deny. On the list, A accepts and D denies the current request.
ItemDelegate {
    id: root

    required property string jid
    required property string name
    required property color color
    required property string initials
    required property string statusLine
    required property string accessibleText

    readonly property bool keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus

    signal accepted()
    signal denied()

    implicitHeight: 96
    leftPadding: Theme.spacingM + Theme.spacingXs
    rightPadding: Theme.spacingM + Theme.spacingXs
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    focusPolicy: Qt.NoFocus

    Accessible.role: Accessible.ListItem
    Accessible.name: accessibleText

    contentItem: ColumnLayout {
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Avatar {
                size: 32
                initials: root.initials
                color: root.color
                showPresence: false
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: root.jid
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    color: Theme.textPrimary
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.fillWidth: true
                    text: root.statusLine
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS
            Button {
                objectName: "requestDeny"
                flat: true
                implicitHeight: 32
                topInset: 0
                bottomInset: 0
                text: qsTr("Deny")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Deny the request from %1").arg(root.jid)
                onClicked: root.denied()
            }
            PrimaryButton {
                objectName: "requestAccept"
                implicitHeight: 32
                text: qsTr("Accept")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Accept the request from %1").arg(root.jid)
                onClicked: root.accepted()
            }
        }
    }

    background: Rectangle {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        anchors.topMargin: 2
        anchors.bottomMargin: 2
        radius: Theme.radiusM
        color: Theme.selected
        border.width: root.keyboardCurrent ? 2 : 0
        border.color: Theme.focusRing
    }
}
