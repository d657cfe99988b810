// Logging category of the test support code (the Prosody fixture).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLinnetTest)
