# Dashboards: tiles, chart feeding, thresholds and alerts, export. Included by
# app/CMakeLists.txt; paths are relative to app/.
set(LINNET_DASHBOARDS_SOURCES
    dashboards/DashboardData.h dashboards/DashboardData.cpp
    dashboards/DashboardFile.h dashboards/DashboardFile.cpp
    dashboards/DashboardContext.h
    dashboards/TilesModel.h dashboards/TilesModel.cpp dashboards/TilesModelCommands.cpp
    dashboards/CommandTileRunner.h dashboards/CommandTileRunner.cpp
    dashboards/Dashboard.h dashboards/Dashboard.cpp
    dashboards/DashboardsModel.h dashboards/DashboardsModel.cpp dashboards/DashboardsModelStorage.cpp
    dashboards/AlertsModel.h dashboards/AlertsModel.cpp
    dashboards/AlertEngine.h dashboards/AlertEngine.cpp
    dashboards/DesktopNotifier.h dashboards/DesktopNotifier.cpp
    dashboards/SeriesStatus.h dashboards/SeriesStatus.cpp
    dashboards/FrameTicker.h dashboards/FrameTicker.cpp
    dashboards/AxisScale.h dashboards/AxisScale.cpp
    dashboards/ChartFeeder.h dashboards/ChartFeeder.cpp dashboards/ChartFeederLine.h dashboards/ChartFeederRender.cpp dashboards/ChartFeederView.cpp
    dashboards/TileSeriesBinding.h dashboards/TileSeriesBinding.cpp
    dashboards/GaugeModel.h dashboards/GaugeModel.cpp
    dashboards/TimelineModel.h dashboards/TimelineModel.cpp
    dashboards/CsvExport.h dashboards/CsvExport.cpp
)
