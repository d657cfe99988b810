import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The open conversation: header, messages (paged from the store), uploads in progress, the
// composer. Files dropped anywhere on the page are shared with the contact.
Rectangle {
    id: root

    required property Account account
    // Drafts by bare JID, for the composer; MainPage gives one that outlives this page.
    property var drafts: ({})
    readonly property ChatModel chat: account.chats.currentChat
    readonly property string jid: account.chats.currentJid

    signal commandsRequested(string jid, string name)

    // Uploads (the account's UploadController), then sent as attachments.
    function share(urls: list<url>) {
        if (!account.uploads) {
            composer.notice = qsTr("File sharing is not available for this account.");
            return;
        }
        for (const url of urls)
            account.uploads.upload(jid, url);
    }

    color: Theme.chatBackground
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation with %1").arg(contact.name)

    ContactInfo {
        id: contact
        account: root.account
        jid: root.jid
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ChatHeader {
            id: header
            objectName: "chatHeader"
            Layout.fillWidth: true
            contact: contact
            activity: root.chat ? root.chat.peerActivity : ""
            onCloseRequested: root.account.chats.closeChat()
            onCommandsRequested: jid => root.commandsRequested(jid, contact.name)
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            MessageList {
                id: messages
                objectName: "messageView"
                anchors.fill: parent
                chat: root.chat
                peerName: contact.name
                account: root.account
                onRetryRequested: messageId => root.account.chats.retry(messageId, root.jid)
            }

            EmptyState {
                objectName: "chatEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXxl, 340)
                visible: root.chat !== null && root.chat.loaded && root.chat.count === 0
                emoji: "👋"
                title: qsTr("Say hello to %1").arg(contact.name)
                hint: qsTr("Write your first message below.")
            }
        }

        UploadStrip {
            objectName: "uploadStrip"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            Layout.bottomMargin: visible ? Theme.spacingS : 0
            account: root.account
            peer: root.jid
        }

        Composer {
            id: composer
            objectName: "composer"
            Layout.fillWidth: true
            jid: root.jid
            chat: root.chat
            peerName: contact.name
            drafts: root.drafts
            onFilesChosen: urls => root.share(urls)
            onCorrectRequested: text => {
                if (root.account.chats.correctLast(text)) {
                    composer.clear();
                    messages.scrollToEnd();
                } else {
                    composer.notice = qsTr("The correction could not be sent.");
                }
            }
            // The contact sees "typing…" (ChatController debounces and pauses).
            onEdited: hasText => root.account.chats.setComposing(hasText, header.resource)
            // What was typed stays unless the message went out.
            onSendRequested: text => {
                if (root.account.chats.sendMessage(text, header.resource)) {
                    composer.clear();
                    messages.scrollToEnd();
                } else {
                    composer.notice = root.account.onlineSessions > 0
                            ? qsTr("The message could not be sent.")
                            : qsTr("Not sent: %1 is offline. Your message stays here to send once it is connected.").arg(root.account.jid);
                }
            }
        }
    }

    // Files dragged in from the desktop.
    DropArea {
        id: drop
        objectName: "fileDropArea"
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: event => {
            if (event.hasUrls) {
                root.share(event.urls);
                event.acceptProposedAction();
            }
        }
    }

    Rectangle {
        objectName: "dropHint"
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        visible: drop.containsDrag
        radius: Theme.radiusL
        color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.12)
        border.width: 2
        border.color: Theme.accent
        Text {
            anchors.centerIn: parent
            text: qsTr("Drop files to share them with %1").arg(contact.name)
            textFormat: Text.PlainText
            color: Theme.accent
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
        }
    }

    Component.onCompleted: composer.focusInput()
    onJidChanged: composer.focusInput()
}
