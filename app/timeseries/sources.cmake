# Time series: samples in memory and on disk, decimation for drawing. Included by
# app/CMakeLists.txt; paths are relative to app/.
set(LINNET_TIMESERIES_SOURCES
    timeseries/Sample.h
    timeseries/SampleRing.h timeseries/SampleRing.cpp
    timeseries/ChunkCodec.h timeseries/ChunkCodec.cpp
    timeseries/History.h timeseries/History.cpp timeseries/HistoryWriter.h timeseries/HistoryWriter.cpp
    timeseries/HistorySchema.h timeseries/HistoryRestore.cpp
    timeseries/ReadingStoreHistory.cpp
    timeseries/Decimation.h timeseries/Decimation.cpp
)
