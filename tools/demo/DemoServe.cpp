// linnet-demo --serve: the demo's server, bots and devices for a client started elsewhere (the
// end-to-end test of the installed package, installer/test/e2e). Whoever started it holds a pipe
// to its stdin: when that closes (the caller ended, even by a crash), everything stops.
#include "Demo.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

void Demo::serveReady()
{
    qCInfo(lcDemo) << "serving until stdin closes";
    std::printf("READY %s\n", qPrintable(path(QStringLiteral("demo.json"))));
    std::fflush(stdout);
    auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(input, &QSocketNotifier::activated, this, [this, input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) > 0)
            return;  // what the caller writes is ignored; only the end counts
        input->setEnabled(false);
        qCInfo(lcDemo) << "stdin closed - stopping everything";
        finish(0);
    });
}
