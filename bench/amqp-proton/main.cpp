// bench-amqp-proton: the plain Proton C++ side of the bench's AMQP scenario (ScenarioAmqp.cpp).
//
//   bench-amqp-proton publish --url amqps://linnet.test:PORT --ca CA --user U --address /queues/Q ...
//                             (--count N | --rate R --seconds S) [--devices 10]
//   bench-amqp-proton receive --url ... --ca CA --user U --address /queues/Q --expect N
//                             [--credit 1000] [--settled]
//
// The password is stdin's first line. stdout: "ready", "progress" and "result" or "error" lines.
// Exit 0 on success, 1 on a failure, 2 on bad arguments.
#include "ProtonBench.h"

#include <proton/ssl.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <iostream>

namespace protonbench {

proton::connection_options connectionOptions(const Options &o)
{
    proton::connection_options c;
    c.ssl_client_options(proton::ssl_client_options(o.ca, proton::ssl::VERIFY_PEER_NAME));
    c.sasl_allowed_mechs("PLAIN");
    c.user(o.user);
    c.password(o.password);
    return c;
}

int64_t wallUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void printLine(const char *type, const std::string &fields)
{
    std::printf("{\"type\":\"%s\"%s%s}\n", type, fields.empty() ? "" : ",", fields.c_str());
    std::fflush(stdout);
}

std::string field(const char *key, double value)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, "\"%s\":%.6f", key, value);
    return buf;
}

std::string field(const char *key, const std::string &value)
{
    std::string escaped;
    for (char ch : value) {
        if (ch == '"' || ch == '\\')
            escaped += '\\';
        escaped += (ch == '\n' || ch == '\r') ? ' ' : ch;
    }
    return std::string("\"") + key + "\":\"" + escaped + "\"";
}

}  // namespace protonbench

using namespace protonbench;

int main(int argc, char *argv[])
{
    if (argc < 2 || (std::strcmp(argv[1], "publish") != 0 && std::strcmp(argv[1], "receive") != 0)) {
        std::fprintf(stderr, "usage: bench-amqp-proton publish|receive --url URL --ca FILE --user U --address A ...\n");
        return 2;
    }
    const bool publish = std::strcmp(argv[1], "publish") == 0;
    Options o;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        auto value = [&] { return std::string(argv[++i]); };
        if (a == "--settled") {
            o.settled = true;
        } else if (!hasValue) {
            std::fprintf(stderr, "bench-amqp-proton: %s needs a value\n", a.c_str());
            return 2;
        } else if (a == "--url") {
            o.url = value();
        } else if (a == "--ca") {
            o.ca = value();
        } else if (a == "--user") {
            o.user = value();
        } else if (a == "--address") {
            o.addresses.push_back(value());
        } else if (a == "--count") {
            o.count = std::stol(value());
        } else if (a == "--rate") {
            o.rate = std::stod(value());
        } else if (a == "--seconds") {
            o.seconds = std::stod(value());
        } else if (a == "--devices") {
            o.devices = std::max(1, std::stoi(value()));
        } else if (a == "--expect") {
            o.expect = std::stol(value());
        } else if (a == "--credit") {
            o.credit = std::max(1, std::stoi(value()));
        } else if (a == "--progress-ms") {
            o.progressMs = std::max(10, std::stoi(value()));
        } else {
            std::fprintf(stderr, "bench-amqp-proton: unknown option %s\n", a.c_str());
            return 2;
        }
    }
    if (o.url.empty() || o.addresses.empty() || (publish && o.count <= 0 && (o.rate <= 0 || o.seconds <= 0))
        || (!publish && (o.expect <= 0 || o.addresses.size() != 1))) {
        std::fprintf(stderr, "bench-amqp-proton: missing --url, --address, --count/--rate+--seconds or --expect\n");
        return 2;
    }
    // The password on stdin keeps it out of ps.
    if (!o.user.empty() && !std::getline(std::cin, o.password)) {
        std::fprintf(stderr, "bench-amqp-proton: no password on stdin\n");
        return 2;
    }
    try {
        return publish ? runPublisher(o) : runReceiver(o);
    } catch (const std::exception &e) {
        printLine("error", field("error", std::string(e.what())));
        return 1;
    }
}
