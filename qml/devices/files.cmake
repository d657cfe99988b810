# QML of the devices feature (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    devices/DiscoveryPage.qml
    devices/DiscoveryRow.qml
    devices/FeedsList.qml
)
