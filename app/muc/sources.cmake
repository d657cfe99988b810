# Group chat (XEP-0045 rooms) and bookmarks (XEP-0402). Included by app/CMakeLists.txt; paths
# are relative to app/.
set(LINNET_MUC_SOURCES
    muc/RoomBookmark.h muc/RoomBookmark.cpp
    muc/BookmarkStore.h muc/BookmarkStore.cpp
    muc/OccupantsModel.h muc/OccupantsModel.cpp
    muc/Room.h muc/Room.cpp
    muc/RoomsModel.h muc/RoomsModel.cpp
    muc/RoomsController.h muc/RoomsController.cpp muc/RoomMessages.cpp muc/RoomSetup.cpp
)
