# QML of the protocol inspector (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    inspector/InspectorPage.qml
    inspector/InspectorToolbar.qml
    inspector/InspectorRow.qml
    inspector/InspectorDetail.qml
)
