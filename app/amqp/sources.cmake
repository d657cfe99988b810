# AMQP 1.0 feeds and commands beside XMPP (Qpid Proton C++ on a thread of its own, bridged to Qt
# with queued signals). Included by app/CMakeLists.txt; paths are relative to app/.
set(LINNET_AMQP_SOURCES
    amqp/AmqpSettings.h
    amqp/AmqpClient.h amqp/AmqpClient.cpp amqp/AmqpClientLinks.cpp amqp/AmqpClientReadings.cpp
    amqp/AmqpClientCommands.cpp amqp/AmqpClientManagement.cpp amqp/AmqpClientMessage.h
    amqp/AmqpConnection.h amqp/AmqpConnection.cpp
    amqp/AmqpConnectionsModel.h amqp/AmqpConnectionsModel.cpp
    amqp/AmqpIdLog.h amqp/AmqpIdLog.cpp
    amqp/AmqpTraceParse.h amqp/AmqpTraceParse.cpp
)
# The frame tracer is Proton's C API (pn_transport_set_tracer), from the core library that
# Proton::cpp links privately.
target_link_libraries(linnet_core PRIVATE Proton::core)
