import QtQuick
import QtQuick.Layouts
import Linnet
import Linnet.Core

// The open conversation: header, messages, composer.
Rectangle {
    id: root

    required property Account account
    // Drafts by bare JID, for the composer; MainPage gives one that outlives this page.
    property var drafts: ({})
    readonly property ChatModel chat: account.chats.currentChat
    readonly property string jid: account.chats.currentJid

    signal commandsRequested(string jid, string name)

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
                anchors.fill: parent
                chat: root.chat
                peerName: contact.name
            }

            EmptyState {
                objectName: "chatEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXxl, 340)
                visible: root.chat !== null && root.chat.count === 0
                emoji: "👋"
                title: qsTr("Say hello to %1").arg(contact.name)
                hint: qsTr("Write your first message below.")
            }
        }

        Composer {
            id: composer
            objectName: "composer"
            Layout.fillWidth: true
            jid: root.jid
            peerName: contact.name
            drafts: root.drafts
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

    Component.onCompleted: composer.focusInput()
    onJidChanged: composer.focusInput()
}
