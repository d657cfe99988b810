#include "TestLogging.h"

Q_LOGGING_CATEGORY(lcLinnetTest, "linnet.test")
