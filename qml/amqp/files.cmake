# QML of an account's AMQP brokers (paths relative to qml/); included by qml/CMakeLists.txt.
list(APPEND LINNET_QML_FILES
    amqp/AmqpBrokersSection.qml
    amqp/AmqpBrokerRow.qml
    amqp/AmqpBrokerDialog.qml
)
