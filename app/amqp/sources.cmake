# AMQP 1.0 feeds and commands beside XMPP (Qpid Proton C++ on a thread of its own, bridged to Qt
# with queued signals). Included by app/CMakeLists.txt; paths are relative to app/.
set(LINNET_AMQP_SOURCES
    amqp/AmqpSettings.h
)
