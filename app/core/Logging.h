// Logging categories, one per feature. Enable with QT_LOGGING_RULES="linnet.*.debug=true".
#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcConnection)
Q_DECLARE_LOGGING_CATEGORY(lcRoster)
Q_DECLARE_LOGGING_CATEGORY(lcChat)
Q_DECLARE_LOGGING_CATEGORY(lcDevices)
Q_DECLARE_LOGGING_CATEGORY(lcTimeseries)
Q_DECLARE_LOGGING_CATEGORY(lcDashboards)
Q_DECLARE_LOGGING_CATEGORY(lcXmpp)
