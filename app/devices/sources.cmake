# Device feeds: the receive path's SenML fast lane, subscriptions, discovery. Included by
# app/CMakeLists.txt; paths are relative to app/.
set(LINNET_DEVICES_SOURCES
    devices/Reading.h
    devices/ReadingStore.h devices/ReadingStore.cpp
    devices/ReadingSubscriptions.h devices/ReadingSubscriptions.cpp
    devices/ReadingInterceptor.h devices/ReadingInterceptor.cpp
    devices/FeedHealth.h devices/FeedHealth.cpp
    devices/PayloadDecoder.h devices/PayloadDecoder.cpp devices/SenmlJson.cpp
    devices/JsonReader.h devices/JsonReader.cpp devices/StringCache.h devices/StringCache.cpp
    devices/DeviceController.h devices/DeviceController.cpp devices/DeviceControllerBackfill.cpp
    devices/Backfill.h devices/Backfill.cpp
    devices/DevicePresence.h devices/DevicePresence.cpp
    devices/DiscoveryModel.h devices/DiscoveryModel.cpp devices/DiscoveryModelFetch.cpp devices/DiscoveryEntry.h
    devices/FeedsModel.h devices/FeedsModel.cpp
)
