// The AMQP anchors of the bench (bench-amqp-proton): plain Qpid Proton C++ with nothing of
// Linnet in it. A publisher that fills queues or publishes live at a fixed rate, and a minimal
// receiver that accepts each delivery and decodes nothing. No Qt: what these measure is Proton
// and the broker. Output: one JSON object per stdout line, like the other bench programs.
#pragma once

#include <proton/connection_options.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace protonbench {

struct Options {
    std::string url;       // amqps://linnet.test:PORT (Proton checks the certificate by DNS name)
    std::string ca;        // PEM of the broker's CA
    std::string user;      // SASL PLAIN; the password is stdin's first line
    std::string password;
    std::vector<std::string> addresses;  // /queues/NAME
    // publish
    long count = 0;        // fill: messages per address (as fast as the broker takes them)
    double rate = 0;       // live: messages/s over all devices, for `seconds`
    double seconds = 0;
    int devices = 10;      // readings spread over this many devices (one series each)
    // receive
    long expect = 0;       // stop once this many arrived
    int credit = 1000;     // Proton's credit window
    bool settled = false;  // pre-settled deliveries (at-most-once): the broker's fastest path
    int progressMs = 200;
};

proton::connection_options connectionOptions(const Options &o);

// Wall clock in microseconds since the epoch (the driver's clock), and this process's CPU.
int64_t wallUs();
double cpuSeconds();

// {"type":TYPE, fields...} on one stdout line, flushed. fields: preformatted `"k":v` pairs.
void printLine(const char *type, const std::string &fields);
std::string field(const char *key, double value);
std::string field(const char *key, const std::string &value);

int runPublisher(const Options &o);
int runReceiver(const Options &o);

}  // namespace protonbench
