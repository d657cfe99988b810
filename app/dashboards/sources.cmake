# Dashboards: tiles, chart feeding, thresholds and alerts, export. Included by
# app/CMakeLists.txt; paths are relative to app/.
set(LINNET_DASHBOARDS_SOURCES
)
