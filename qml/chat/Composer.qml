import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtQuick.Templates as T
import Linnet
import Linnet.Core

// Writing a message: Enter sends, Shift+Enter starts a new line. Keeps a draft per buddy.
// Up in an empty field brings back the last message sent, to correct it (XEP-0308; Enter sends
// the correction, Escape gives up). The paperclip picks files to share; pasting files or an
// image shares them too.
Rectangle {
    id: root

    property string jid
    property string peerName
    // The open conversation: where Up finds the last message sent.
    property ChatModel chat
    // Why the last message was not sent (shown above the field until the text changes).
    property string notice
    // Correcting the last message sent (Up in an empty field) rather than writing a new one.
    property bool correcting

    signal sendRequested(string text)
    signal correctRequested(string text)
    // Files to share (the attach button's dialog, a drop, a paste), where files can be shared.
    signal filesChosen(list<url> urls)
    property bool canShareFiles: true
    // The user changed the text (not a draft coming back): whether any is left.
    signal edited(bool hasText)

    // Drafts by bare JID. Give it an object that outlives the composer (MainPage's), so that a
    // draft survives closing the chat too.
    property var drafts: ({})
    property string draftJid
    // Set while the text is replaced by a draft, which is no typing of the user's.
    property bool restoringDraft

    function focusInput() {
        input.forceActiveFocus();
    }

    function clear() {
        input.clear();
        correcting = false;
    }

    function send() {
        if (input.text.trim().length === 0)
            return;
        if (correcting)
            correctRequested(input.text);
        else
            sendRequested(input.text);
    }

    // Up in an empty field: the last message sent comes back to be corrected.
    function startCorrecting(): bool {
        const last = chat && chat.atNewest ? chat.lastOutgoingText() : "";
        if (last.length === 0)
            return false;
        restoringDraft = true;
        input.text = last;
        restoringDraft = false;
        input.cursorPosition = input.length;
        correcting = true;
        return true;
    }

    function stopCorrecting() {
        correcting = false;
        input.clear();
    }

    function keepDraft() {
        if (draftJid.length === 0)
            return;
        if (input.text.length > 0)
            drafts[draftJid] = input.text;
        else
            delete drafts[draftJid];
    }

    onJidChanged: {
        keepDraft();
        restoringDraft = true;
        input.text = drafts[jid] ?? "";
        restoringDraft = false;
        input.cursorPosition = input.length;
        draftJid = jid;
        notice = "";
        correcting = false;
    }
    Component.onDestruction: keepDraft()

    readonly property real noticeHeight: (noticeText.visible ? noticeText.height + Theme.spacingXs : 0)
                                         + (correctingBar.visible ? correctingBar.height + Theme.spacingXs : 0)

    implicitHeight: noticeHeight + frame.implicitHeight + 2 * Theme.spacingM
    color: Theme.background

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    Text {
        id: noticeText
        objectName: "composerNotice"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.spacingXl + Theme.spacingL
        anchors.rightMargin: Theme.spacingXl
        anchors.topMargin: Theme.spacingM
        visible: root.notice.length > 0
        text: root.notice
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Medium
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // Saying that Enter now replaces the last message, and how to give up.
    Row {
        id: correctingBar
        objectName: "correctingBar"
        anchors.left: parent.left
        anchors.top: noticeText.visible ? noticeText.bottom : parent.top
        anchors.leftMargin: Theme.spacingXl + Theme.spacingL
        anchors.topMargin: noticeText.visible ? Theme.spacingXs : Theme.spacingM
        visible: root.correcting
        spacing: Theme.spacingS
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Correcting your last message · Enter replaces it, Escape cancels")
            textFormat: Text.PlainText
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Medium
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    Connections {
        target: PastedFiles
        function onFilesReady(tag, urls) {
            if (tag === root.jid)
                root.filesChosen(urls);
        }
        function onFailed(tag, reason) {
            if (tag === root.jid)
                root.notice = reason;
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Share files with %1").arg(root.peerName)
        fileMode: FileDialog.OpenFiles
        onAccepted: root.filesChosen(selectedFiles)
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXl
        anchors.rightMargin: Theme.spacingXl
        anchors.topMargin: Theme.spacingM + root.noticeHeight
        anchors.bottomMargin: Theme.spacingM
        spacing: Theme.spacingS

        RoundButton {
            id: attachButton
            objectName: "attachButton"
            visible: root.canShareFiles
            Layout.alignment: Qt.AlignBottom
            Layout.bottomMargin: 1
            implicitWidth: 44
            implicitHeight: 44
            padding: 0
            flat: true
            focusPolicy: Qt.TabFocus
            Accessible.name: qsTr("Share files")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Share files (or drop them here)")
            onClicked: fileDialog.open()

            // Material "attach_file"; belongs in Icons.qml once that file is free to change.
            contentItem: Item {
                Icon {
                    anchors.centerIn: parent
                    path: "M16.5 6v11.5c0 2.21-1.79 4-4 4s-4-1.79-4-4V5c0-1.38 1.12-2.5 2.5-2.5s2.5 1.12 2.5 2.5v10.5c0 .55-.45 1-1 1s-1-.45-1-1V6H10v9.5c0 1.38 1.12 2.5 2.5 2.5s2.5-1.12 2.5-2.5V5c0-2.21-1.79-4-4-4S7 2.79 7 5v12.5c0 3.04 2.46 5.5 5.5 5.5s5.5-2.46 5.5-5.5V6h-1.5z"
                    size: 22
                    color: attachButton.hovered || attachButton.visualFocus ? Theme.accent : Theme.textSecondary
                }
            }
            background: Rectangle {
                radius: width / 2
                color: attachButton.down ? Theme.hover : "transparent"
                border.width: attachButton.visualFocus ? 2 : 0
                border.color: Theme.focusRing
            }
        }

        Rectangle {
            id: frame
            Layout.fillWidth: true
            implicitHeight: Math.min(scroll.implicitHeight, 160) + 2
            radius: Theme.radiusL + 4
            color: input.activeFocus ? Theme.surface : Theme.field
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.focusRing : Theme.field

            ScrollView {
                id: scroll
                anchors.fill: parent
                anchors.margins: 1
                implicitHeight: input.implicitHeight

                T.TextArea {
                    id: input
                    objectName: "messageField"
                    placeholderText: qsTr("Message %1").arg(root.peerName)
                    placeholderTextColor: Theme.textTertiary
                    color: Theme.textPrimary
                    selectionColor: Theme.accent
                    selectedTextColor: Theme.textOnAccent
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    font.pixelSize: Theme.fontBody
                    leftPadding: Theme.spacingL
                    rightPadding: Theme.spacingL
                    topPadding: 11
                    bottomPadding: 11
                    implicitWidth: 200
                    implicitHeight: Math.max(contentHeight, placeholder.implicitHeight) + topPadding + bottomPadding
                    selectByMouse: true
                    Accessible.role: Accessible.EditableText
                    Accessible.multiLine: true
                    Accessible.name: qsTr("Message to %1; Enter sends, Shift+Enter starts a new line, Up corrects the last message").arg(root.peerName)

                    Text {
                        id: placeholder
                        x: input.leftPadding
                        y: input.topPadding
                        width: input.width - input.leftPadding - input.rightPadding
                        visible: input.length === 0 && input.preeditText.length === 0
                        text: input.placeholderText
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: input.placeholderTextColor
                        font: input.font
                        Accessible.ignored: true
                    }

                    onTextChanged: {
                        root.notice = "";
                        if (input.length === 0)
                            root.correcting = false;
                        if (!root.restoringDraft)
                            root.edited(input.length > 0);
                    }
                    Keys.onReturnPressed: event => root.handleReturn(event)
                    Keys.onEnterPressed: event => root.handleReturn(event)
                    // Files or an image on the clipboard are shared, not pasted as text.
                    Keys.onPressed: event => {
                        if (event.matches(StandardKey.Paste) && PastedFiles.available()) {
                            event.accepted = true;
                            PastedFiles.take(root.jid);
                        }
                    }
                    Keys.onUpPressed: event => {
                        event.accepted = input.length === 0 && root.startCorrecting();
                    }
                    Keys.onEscapePressed: event => {
                        event.accepted = root.correcting;
                        if (root.correcting)
                            root.stopCorrecting();
                    }
                }
            }
        }

        RoundButton {
            id: sendButton
            objectName: "sendButton"
            Layout.alignment: Qt.AlignBottom
            Layout.bottomMargin: 1
            implicitWidth: 44
            implicitHeight: 44
            padding: 0
            enabled: input.text.trim().length > 0
            focusPolicy: Qt.TabFocus
            Accessible.name: root.correcting ? qsTr("Replace the last message") : qsTr("Send message")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: root.correcting ? qsTr("Replace (Enter)") : qsTr("Send (Enter)")
            onClicked: {
                root.send();
                root.focusInput();
            }

            contentItem: Item {
                Icon {
                    anchors.centerIn: parent
                    anchors.horizontalCenterOffset: 1
                    path: Icons.send
                    size: 20
                    color: sendButton.enabled ? Theme.textOnAccent : Theme.textTertiary
                }
            }
            background: Rectangle {
                radius: width / 2
                color: sendButton.enabled ? (sendButton.down ? Qt.darker(Theme.accentStrong, 1.15) : Theme.accentStrong)
                                          : Theme.field
                border.width: sendButton.visualFocus ? 2 : 0
                border.color: Theme.dark ? "white" : Theme.textPrimary
            }
        }
    }

    function handleReturn(event: KeyEvent) {
        if (event.modifiers & Qt.ShiftModifier) {
            event.accepted = false;
            return;
        }
        event.accepted = true;
        send();
    }
}
