// Logging category of the benchmark programs. Enable with QT_LOGGING_RULES="linnet.bench.debug=true".
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBench)
