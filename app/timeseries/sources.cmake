# Time series: samples in memory and on disk, decimation for drawing. Included by
# app/CMakeLists.txt; paths are relative to app/.
set(LINNET_TIMESERIES_SOURCES
)
