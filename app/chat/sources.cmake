# One-to-one chat: conversations, the message store (SQLite) and how stanzas become stored
# messages. Included by app/CMakeLists.txt; paths are relative to app/.
set(LINNET_CHAT_SOURCES
    chat/ChatModel.h chat/ChatModel.cpp chat/ChatModelPaging.cpp chat/ChatModelContent.cpp chat/PastedFiles.h chat/PastedFiles.cpp
    chat/ChatController.h chat/ChatController.cpp chat/ChatControllerStates.cpp chat/Outbox.h chat/Outbox.cpp
    chat/MessageConversion.h chat/MessageConversion.cpp
    chat/Attachment.h chat/Attachment.cpp
    chat/ArchiveSync.h chat/ArchiveSync.cpp chat/ArchiveQuery.h chat/ArchiveQuery.cpp
    chat/StoredMessage.h chat/MessageSchema.h chat/MessageStore.h chat/MessageStore.cpp
    chat/MessageStoreWriter.h chat/MessageStoreWriter.cpp chat/MessageStoreQueries.cpp
    chat/MessageStoreConversations.cpp
    chat/UnreadTracker.h chat/UnreadTracker.cpp chat/UnreadSummary.h chat/UnreadSummary.cpp
    chat/ChatNotifier.h chat/ChatNotifier.cpp
    chat/MessageStoreStatements_p.h
)
