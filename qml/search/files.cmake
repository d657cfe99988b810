# QML of the message search (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    search/SearchPopup.qml
    search/SearchResultDelegate.qml
)
