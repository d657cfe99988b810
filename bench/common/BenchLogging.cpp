#include "BenchLogging.h"

Q_LOGGING_CATEGORY(lcBench, "linnet.bench")
