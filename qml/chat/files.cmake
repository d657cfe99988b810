# QML of one-to-one chat (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    chat/ChatHeader.qml
    chat/ChatPage.qml
    chat/Composer.qml
    chat/ContactInfo.qml
    chat/DateSeparator.qml
    chat/OlderMessagesStatus.qml
    chat/MessageBubble.qml
    chat/MessageList.qml
    chat/MessageMeta.qml
)
