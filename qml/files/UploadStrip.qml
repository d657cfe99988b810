pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// The uploads of one conversation above the composer: file name, progress, cancel (while it
// runs) or dismiss/retry (when it failed). Hidden when nothing is uploading. Rows, labels and
// states come from the account's UploadController (C++).
Rectangle {
    id: root

    required property var account    // Account: its `uploads` (UploadController)
    required property string peer    // bare JID of the conversation

    readonly property var uploads: account && account.uploads ? account.uploads.forPeer(peer) : null

    visible: list.count > 0
    implicitHeight: visible ? list.contentHeight + 2 * Theme.spacingS : 0
    color: Theme.surface
    border.width: 1
    border.color: Theme.divider
    radius: Theme.radiusM

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Uploads")

    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        interactive: false
        spacing: Theme.spacingXs
        model: root.uploads
        keyNavigationEnabled: true

        delegate: Item {
            id: row
            required property int uploadId
            required property string fileName
            required property string statusText
            required property real progress
            required property bool active
            required property bool failed

            width: ListView.view.width
            height: 44
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1: %2").arg(fileName).arg(statusText)

            Icon {
                id: icon
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                path: row.failed ? Icons.error : FileIcons.upload
                color: row.failed ? Theme.danger : Theme.textSecondary
                size: 20
            }
            Column {
                anchors.left: icon.right
                anchors.leftMargin: Theme.spacingS
                anchors.right: actions.left
                anchors.rightMargin: Theme.spacingS
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2
                Row {
                    width: parent.width
                    spacing: Theme.spacingS
                    Label {
                        width: Math.min(implicitWidth, parent.width * 0.6)
                        text: row.fileName
                        elide: Text.ElideMiddle
                        color: Theme.textPrimary
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                    Label {
                        width: parent.width - x
                        text: row.statusText
                        elide: Text.ElideRight
                        color: row.failed ? Theme.danger : Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                    }
                }
                ProgressBar {
                    width: parent.width
                    visible: row.active
                    indeterminate: row.progress < 0
                    value: Math.max(0, row.progress)
                    Accessible.name: qsTr("Uploading %1").arg(row.fileName)
                }
            }
            Row {
                id: actions
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                IconButton {
                    visible: row.failed
                    iconPath: FileIcons.retry
                    toolTipText: qsTr("Retry upload of %1").arg(row.fileName)
                    onClicked: root.account.uploads.retry(row.uploadId)
                }
                IconButton {
                    iconPath: FileIcons.cancel
                    toolTipText: row.active ? qsTr("Cancel upload of %1").arg(row.fileName)
                                            : qsTr("Dismiss %1").arg(row.fileName)
                    onClicked: row.active ? root.account.uploads.cancel(row.uploadId)
                                          : root.account.uploads.dismiss(row.uploadId)
                }
            }
        }
    }
}
