# QML of the dashboards feature (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    dashboards/DashboardIcons.qml
    dashboards/DevicesSection.qml
    dashboards/NameDialog.qml
    dashboards/DashboardPage.qml
    dashboards/DashboardHeader.qml
    dashboards/TileGrid.qml
    dashboards/TileFrame.qml
    dashboards/TileMenu.qml
    dashboards/HistoryStatus.qml
    dashboards/Pill.qml
    dashboards/ChartTile.qml
    dashboards/GaugeTile.qml
    dashboards/TimelineTile.qml
    dashboards/SeriesPicker.qml
    dashboards/TileEditor.qml
    dashboards/KindChip.qml
    dashboards/ChosenSeriesChips.qml
    dashboards/CommandTile.qml
    dashboards/CommandTileSettings.qml
    dashboards/PinCommandDialog.qml
    dashboards/PinAmqpActionDialog.qml
    dashboards/AlertLog.qml
)
set_source_files_properties(dashboards/DashboardIcons.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
