# Ad-hoc commands in the app: listing and running an entity's commands, the form and result
# view-models, the per-device command history. Included by app/CMakeLists.txt; paths are
# relative to app/. The protocol itself is the linnet_adhoc library (app/adhoc).
set(LINNET_COMMANDS_SOURCES
    commands/CommandsController.h commands/CommandsController.cpp
    commands/CommandHistory.h commands/CommandHistory.cpp
    commands/CommandHistorySchema.h commands/CommandHistoryWriter.h commands/CommandHistoryWriter.cpp
    commands/CommandHistoryModel.h commands/CommandHistoryModel.cpp
    commands/CommandListModel.h commands/CommandListModel.cpp
    commands/CommandRunner.h commands/CommandRunner.cpp commands/CommandRunnerProperties.cpp
    commands/CommandErrors.h commands/CommandErrors.cpp
    commands/DataFormModel.h commands/DataFormModel.cpp
    commands/ReportedModel.h commands/ReportedModel.cpp
    commands/NotesModel.h commands/NotesModel.cpp
)
