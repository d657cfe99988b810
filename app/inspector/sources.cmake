# The protocol inspector: a bounded, thread-safe trace of AMQP performatives and XMPP stanzas,
# and the models its page shows. Included by app/CMakeLists.txt; paths are relative to app/.
set(LINNET_INSPECTOR_SOURCES
    inspector/ProtocolTrace.h inspector/ProtocolTrace.cpp
    inspector/InspectorModel.h inspector/InspectorModel.cpp
    inspector/InspectorFilterModel.h inspector/InspectorFilterModel.cpp
    inspector/TraceExport.h inspector/TraceExport.cpp
    inspector/XmppTraceTap.h inspector/XmppTraceTap.cpp
    inspector/FastLaneTrace.h
)
