# QML of the roster (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    roster/RosterDelegate.qml
    roster/RosterList.qml
    roster/GroupHeader.qml
    roster/RequestDelegate.qml
    roster/ContactMenu.qml
    roster/ContactDialog.qml
    roster/RemoveContactDialog.qml
)
