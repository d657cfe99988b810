import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Templates as T
import Linnet

// Writing a message: Enter sends, Shift+Enter starts a new line. Keeps a draft per buddy.
Rectangle {
    id: root

    property string jid
    property string peerName
    // Why the last message was not sent (shown above the field until the text changes).
    property string notice

    signal sendRequested(string text)
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
    }

    function send() {
        if (input.text.trim().length > 0)
            sendRequested(input.text);
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
    }
    Component.onDestruction: keepDraft()

    readonly property real noticeHeight: noticeText.visible ? noticeText.height + Theme.spacingXs : 0

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

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXl
        anchors.rightMargin: Theme.spacingXl
        anchors.topMargin: Theme.spacingM + root.noticeHeight
        anchors.bottomMargin: Theme.spacingM
        spacing: Theme.spacingS

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
                    Accessible.name: qsTr("Message to %1; Enter sends, Shift+Enter starts a new line").arg(root.peerName)

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
                        if (!root.restoringDraft)
                            root.edited(input.length > 0);
                    }
                    Keys.onReturnPressed: event => root.handleReturn(event)
                    Keys.onEnterPressed: event => root.handleReturn(event)
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
            Accessible.name: qsTr("Send message")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Send (Enter)")
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
