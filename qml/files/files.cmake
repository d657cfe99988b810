# QML of uploads and attachments (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
)
