#include "Logging.h"

Q_LOGGING_CATEGORY(lcApp, "linnet.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "linnet.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "linnet.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRoster, "linnet.roster", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChat, "linnet.chat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArchive, "linnet.archive", QtInfoMsg)  // MAM catch-up and paging
Q_LOGGING_CATEGORY(lcRooms, "linnet.muc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFiles, "linnet.files", QtInfoMsg)  // uploads, attachments
Q_LOGGING_CATEGORY(lcI18n, "linnet.i18n", QtInfoMsg)  // UI languages, catalogues
Q_LOGGING_CATEGORY(lcDevices, "linnet.devices", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTimeseries, "linnet.timeseries", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDashboards, "linnet.dashboards", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCommands, "linnet.commands", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAmqp, "linnet.amqp", QtInfoMsg)  // AMQP 1.0 connections, links, deliveries
Q_LOGGING_CATEGORY(lcInspector, "linnet.inspector", QtInfoMsg)
// Raw stanzas, off by default, with SASL exchanges and message bodies redacted (bodies are
// shown with LINNET_LOG_BODIES=1: not a category, so "linnet.*" never turns them on).
Q_LOGGING_CATEGORY(lcXmpp, "linnet.xmpp", QtWarningMsg)
