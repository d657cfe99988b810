# QML of the commands feature (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    commands/CommandIcons.qml
    commands/CommandsDialog.qml
    commands/CommandsView.qml
    commands/CommandsHeader.qml
    commands/CommandList.qml
    commands/CommandPanel.qml
    commands/CommandErrorBanner.qml
    commands/NotesView.qml
    commands/FormView.qml
    commands/FormField.qml
    commands/FieldText.qml
    commands/FieldLines.qml
    commands/FieldBoolean.qml
    commands/FieldListSingle.qml
    commands/FieldListMulti.qml
    commands/FieldFixed.qml
    commands/FieldReadOnly.qml
    commands/ResultTable.qml
    commands/ActionBar.qml
    commands/CommandHistoryView.qml
    commands/CommandHistoryDialog.qml
)
set_source_files_properties(commands/CommandIcons.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
