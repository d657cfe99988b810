# QML of group chat rooms and bookmarks (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
)
