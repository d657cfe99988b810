# QML of group chat rooms and bookmarks (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    muc/MucIcons.qml
    muc/RoomsSection.qml
    muc/JoinRoomDialog.qml
    muc/RoomPage.qml
    muc/OccupantsPanel.qml
)
set_source_files_properties(muc/MucIcons.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
