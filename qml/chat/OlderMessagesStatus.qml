import QtQuick
import QtQuick.Controls
import Linnet
import Linnet.Core

// Above the oldest message shown: what paging back is doing. "Loading older messages…" while
// the store answers, "Fetching from the server…" while the archive works, "Beginning of the
// conversation" once there is nothing older anywhere.
Item {
    id: root

    property ChatModel chat

    readonly property bool fetching: chat !== null && chat.archiveBusy
    readonly property bool loading: chat !== null && (chat.loadingOlder || chat.loading)
    readonly property bool beginning: chat !== null && chat.loaded && !chat.hasOlder && chat.archiveComplete
                                      && chat.count > 0
    readonly property string text: fetching ? qsTr("Fetching from the server…")
                                 : loading ? qsTr("Loading older messages…")
                                 : beginning ? qsTr("Beginning of the conversation") : ""

    implicitHeight: text.length > 0 ? 44 : Theme.spacingS

    Accessible.role: Accessible.StaticText
    Accessible.name: text
    Accessible.ignored: text.length === 0

    Row {
        objectName: "historyStatus"
        anchors.centerIn: parent
        spacing: Theme.spacingS
        visible: root.text.length > 0

        BusyIndicator {
            objectName: "historyBusy"
            anchors.verticalCenter: parent.verticalCenter
            visible: root.fetching || root.loading
            running: visible
            implicitWidth: 20
            implicitHeight: 20
            Accessible.ignored: true
        }
        Text {
            objectName: "historyStatusText"
            anchors.verticalCenter: parent.verticalCenter
            text: root.text
            textFormat: Text.PlainText
            color: Theme.textTertiary
            font.pixelSize: Theme.fontSmall
            font.weight: root.beginning ? Font.Normal : Font.Medium
        }
    }
}
