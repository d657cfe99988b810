# QML of the settings and About dialogs (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    settings/SettingsBar.qml
    settings/SettingsDialog.qml
    settings/AboutDialog.qml
)
