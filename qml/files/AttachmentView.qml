import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Linnet
import Linnet.Core

// A received or sent attachment inside a message bubble: an image preview (downloaded once into
// the profile's cache, kept to its aspect ratio) or a file card with icon, name, size and
// Open / Save as… actions; progress while downloading. All state comes from AttachmentDownload
// (C++), which shares one download per URL through the account's AttachmentCache.
Item {
    id: root

    required property url url
    required property string fileName
    required property int kind          // AttachmentDownload.Kind: File, Image, Audio, Video
    required property bool outgoing
    required property var account       // Account (its uploads.cache downloads with its TLS trust)

    property real maxWidth: 320
    property real maxHeight: 320

    readonly property color foreground: outgoing ? Theme.bubbleOutgoingText : Theme.textPrimary
    readonly property color secondary: outgoing ? Theme.bubbleOutgoingMeta : Theme.textSecondary

    implicitWidth: preview.visible ? preview.width : card.implicitWidth
    implicitHeight: preview.visible ? preview.height : card.implicitHeight

    Accessible.role: Accessible.Grouping
    Accessible.name: download.accessibleText
    activeFocusOnTab: true

    Keys.onReturnPressed: download.open()
    Keys.onEnterPressed: download.open()

    AttachmentDownload {
        id: download
        cache: root.account && root.account.uploads ? root.account.uploads.cache : null
        url: root.url
        fileName: root.fileName
        kind: root.kind
    }

    // The preview: shown once the cached copy has been decoded (off the GUI thread).
    Image {
        id: preview
        visible: download.showPreview && status === Image.Ready
        source: download.showPreview ? download.localUrl : ""
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        sourceSize.width: root.maxWidth * Screen.devicePixelRatio
        sourceSize.height: root.maxHeight * Screen.devicePixelRatio
        // Within maxWidth x maxHeight at the image's aspect ratio, never scaled up.
        readonly property real fit: implicitWidth > 0 && implicitHeight > 0
                                    ? Math.min(1, root.maxWidth / implicitWidth, root.maxHeight / implicitHeight) : 1
        width: Math.round(implicitWidth * fit)
        height: Math.round(implicitHeight * fit)
        smooth: true
        Accessible.ignored: true

        MouseArea {
            anchors.fill: parent
            cursorShape: Qt.PointingHandCursor
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            onClicked: mouse => mouse.button === Qt.RightButton ? menu.popup() : download.open()
        }
    }

    // The file card: everything that is not (yet) a decoded preview.
    Row {
        id: card
        visible: !preview.visible
        spacing: Theme.spacingS

        Rectangle {
            width: 40
            height: 40
            radius: Theme.radiusS
            anchors.verticalCenter: parent.verticalCenter
            color: root.outgoing ? Qt.rgba(1, 1, 1, 0.18) : Theme.field
            Icon {
                anchors.centerIn: parent
                path: FileIcons.forKind(root.kind)
                size: 22
                color: root.foreground
            }
        }

        Column {
            anchors.verticalCenter: parent.verticalCenter
            // As wide as the longer line, within the bubble (the labels elide beyond that).
            width: Math.max(120, Math.min(Math.max(nameLabel.implicitWidth, statusLabel.implicitWidth),
                                          root.maxWidth - 40 - 2 * 36 - 3 * card.spacing))
            spacing: 2
            Label {
                id: nameLabel
                width: parent.width
                text: root.fileName
                elide: Text.ElideMiddle
                color: root.foreground
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                Accessible.ignored: true
            }
            Label {
                id: statusLabel
                width: parent.width
                text: download.statusText
                elide: Text.ElideRight
                color: download.failed ? (root.outgoing ? root.foreground : Theme.danger) : root.secondary
                font.pixelSize: Theme.fontSmall
                Accessible.ignored: true
            }
            ProgressBar {
                width: parent.width
                visible: download.busy
                indeterminate: download.progress < 0
                value: Math.max(0, download.progress)
                Accessible.name: qsTr("Downloading %1").arg(root.fileName)
            }
        }

        IconButton {
            anchors.verticalCenter: parent.verticalCenter
            iconPath: FileIcons.openExternal
            iconColor: root.foreground
            toolTipText: qsTr("Open %1").arg(root.fileName)
            enabled: !download.busy
            onClicked: download.open()
        }
        IconButton {
            anchors.verticalCenter: parent.verticalCenter
            iconPath: download.busy ? FileIcons.cancel : FileIcons.download
            iconColor: root.foreground
            toolTipText: download.busy ? qsTr("Cancel download of %1").arg(root.fileName)
                                       : qsTr("Save %1 as…").arg(root.fileName)
            onClicked: download.busy ? download.cancel() : saveDialog.open()
        }
    }

    // Keyboard focus (Tab reaches the attachment; Enter opens it).
    Rectangle {
        anchors.fill: parent
        anchors.margins: -3
        visible: root.activeFocus
        color: "transparent"
        radius: Theme.radiusS
        border.width: 2
        border.color: Theme.focusRing
    }

    Menu {
        id: menu
        MenuItem {
            text: qsTr("Open")
            onTriggered: download.open()
        }
        MenuItem {
            text: qsTr("Save as…")
            onTriggered: saveDialog.open()
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save %1").arg(root.fileName)
        fileMode: FileDialog.SaveFile
        selectedFile: download.suggestedSaveUrl
        onAccepted: download.saveAs(selectedFile)
    }
}
