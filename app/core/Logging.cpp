#include "Logging.h"

Q_LOGGING_CATEGORY(lcApp, "linnet.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "linnet.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "linnet.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRoster, "linnet.roster", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChat, "linnet.chat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDevices, "linnet.devices", QtInfoMsg)
// Raw stanzas; off by default because they carry message bodies.
Q_LOGGING_CATEGORY(lcXmpp, "linnet.xmpp", QtWarningMsg)
