// bench-replay: pre-serialized PubSub notifications (ReplayStream) written into a loopback TCP
// socket by a writer thread, read in the main thread and fed chunk by chunk into a ReplayTarget.
// No server, no TLS: only the receive path's own cost. Prints one JSON line per run and then
// the best one:
//   {"type":"result"|"best","target":..,"mode":..,"items":N,"bytes":B,"wall_s":..,"cpu_s":..,
//    "rate_wall":items/s,"rate_cpu":items per CPU-second of the reading thread}
//   bench-replay --target floor|linnet [--items 100000] [--repeat 3] [--chunk 0]
#include "BenchLogging.h"
#include "ReplayStream.h"
#include "ReplayTarget.h"
#include "ToolIo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <arpa/inet.h>
#include <cmath>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <functional>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Writes all of data to 127.0.0.1:port with plain blocking sends, as a server's kernel would
// deliver it; runs on its own thread so the reader's thread CPU time is the receive path's.
void writeAll(quint16 port, const QByteArray &data)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return;
    }
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        // MSG_NOSIGNAL: if the reader gives up and closes, fail the write instead of SIGPIPE.
        const ssize_t n = ::send(fd, p, size_t(std::min<qsizetype>(left, 64 * 1024)), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        p += n;
        left -= n;
    }
    ::close(fd);
}

QJsonObject runOnce(const QByteArray &data, int items, qsizetype chunk, const std::function<std::unique_ptr<ReplayTarget>()> &make,
                    QString *error)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        *error = server.errorString();
        return {};
    }
    auto target = make();
    std::thread writer(writeAll, server.serverPort(), std::cref(data));
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, [&] {
        *error = QStringLiteral("timeout after %1 of %2 items").arg(target->itemsDone()).arg(items);
        loop.quit();
    });
    QTcpSocket *socket = nullptr;
    QElapsedTimer wall;
    double cpu0 = 0, cpu1 = 0, wallS = 0;
    qint64 bytes = 0;
    QObject::connect(&server, &QTcpServer::newConnection, &loop, [&] {
        socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&] {
            if (!wall.isValid()) {
                wall.start();
                cpu0 = threadCpuSeconds();
            }
            while (socket->bytesAvailable() > 0) {
                const QByteArray bytesRead = chunk > 0 ? socket->read(chunk) : socket->readAll();
                bytes += bytesRead.size();
                if (!target->feed(bytesRead)) {
                    *error = QStringLiteral("rejected: %1").arg(target->error());
                    loop.quit();
                    return;
                }
            }
            if (target->itemsDone() >= quint64(items)) {
                cpu1 = threadCpuSeconds();
                wallS = double(wall.nsecsElapsed()) / 1e9;
                loop.quit();
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, &loop, [&] {
            if (target->itemsDone() < quint64(items)) {
                *error = QStringLiteral("stream ended after %1 of %2 items").arg(target->itemsDone()).arg(items);
                loop.quit();
            }
        });
    });
    loop.exec();
    if (socket)
        socket->abort();  // unblocks the writer if we stopped early
    writer.join();
    if (!error->isEmpty())
        return {};
    const double cpuS = cpu1 - cpu0;
    return {{QStringLiteral("type"), QStringLiteral("result")},
            {QStringLiteral("mode"), target->mode()},
            {QStringLiteral("items"), items},
            {QStringLiteral("bytes"), double(bytes)},
            {QStringLiteral("wall_s"), wallS},
            {QStringLiteral("cpu_s"), cpuS},
            {QStringLiteral("rate_wall"), std::round(double(items) / wallS)},
            {QStringLiteral("rate_cpu"), std::round(double(items) / cpuS)}};
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-replay"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Replays PubSub notifications over loopback into a receive path."));
    parser.addHelpOption();
    const QCommandLineOption targetOpt(QStringLiteral("target"), QStringLiteral("floor or linnet."), QStringLiteral("name"));
    const QCommandLineOption itemsOpt(QStringLiteral("items"), QStringLiteral("Notifications per run (default 100000)."), QStringLiteral("n"),
                                      QStringLiteral("100000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs (default 3)."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption chunkOpt(QStringLiteral("chunk"), QStringLiteral("Feed at most this many bytes at once (default 0: what one read gives)."),
                                      QStringLiteral("bytes"), QStringLiteral("0"));
    parser.addOptions({targetOpt, itemsOpt, repeatOpt, chunkOpt});
    parser.process(app);

    const QString target = parser.value(targetOpt);
    const int items = parser.value(itemsOpt).toInt();
    const int repeat = parser.value(repeatOpt).toInt();
    const qsizetype chunk = parser.value(chunkOpt).toLongLong();
    ReplayStreamSpec spec;
    spec.items = items;
    std::function<std::unique_ptr<ReplayTarget>()> make;
    if (target == u"floor")
        make = makeFloorTarget;
    else if (target == u"linnet")
        make = [&spec] { return makeLinnetTarget(spec.service, spec.node); };
    if (!make || items <= 0 || repeat <= 0 || chunk < 0) {
        std::fprintf(stderr, "bench-replay: --target floor|linnet, positive --items and --repeat (see --help)\n");
        return 2;
    }

    const QByteArray data = replayStream(spec);
    QJsonObject best;
    for (int i = 0; i < repeat; ++i) {
        QString error;
        QJsonObject result = runOnce(data, items, chunk, make, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench-replay: %s: %s\n", qPrintable(target), qPrintable(error));
            return 1;
        }
        result.insert(QStringLiteral("target"), target);
        printJsonLine(result);
        if (best.isEmpty() || result.value(u"rate_cpu").toDouble() > best.value(u"rate_cpu").toDouble())
            best = result;
    }
    best.insert(QStringLiteral("type"), QStringLiteral("best"));
    printJsonLine(best);
    return 0;
}
