# One-to-one chat: conversations, the message store (SQLite) and how stanzas become stored
# messages. Included by app/CMakeLists.txt; paths are relative to app/.
set(LINNET_CHAT_SOURCES
    chat/ChatModel.h chat/ChatModel.cpp
    chat/ChatController.h chat/ChatController.cpp
    chat/MessageConversion.h chat/MessageConversion.cpp
    chat/Attachment.h chat/Attachment.cpp
    chat/StoredMessage.h chat/MessageSchema.h chat/MessageStore.h chat/MessageStore.cpp
    chat/MessageStoreWriter.h chat/MessageStoreWriter.cpp chat/MessageStoreQueries.cpp
    chat/MessageStoreStatements_p.h
)
