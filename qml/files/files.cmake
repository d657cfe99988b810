# QML of uploads and attachments (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    files/AttachmentView.qml
    files/FileIcons.qml
    files/UploadStrip.qml
)
set_source_files_properties(files/FileIcons.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
