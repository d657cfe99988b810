# The protocol inspector: a bounded, thread-safe trace of AMQP performatives and XMPP stanzas,
# and the models its page shows. Included by app/CMakeLists.txt; paths are relative to app/.
set(LINNET_INSPECTOR_SOURCES
    inspector/ProtocolTrace.h inspector/ProtocolTrace.cpp
)
