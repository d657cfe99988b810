// What an ejabberd cluster carries (issue 12): the live scenario on the fixture's two-node
// cluster (tests/support/EjabberdCluster), anchored against a single ejabberd node measured
// the same way in the same run. Two publishers (sensor-a, sensor-b) publish as fast as their
// node acks into one PubSub node; in the cluster sensor-a is on node A, sensor-b and Linnet's
// subscriber on node B, so half the notifications and every Mnesia write cross between nodes.
// sensor-a creates the node beforehand and makes sensor-b an owner (prepareNode).
// Rows: the ceiling with each node's CPU, whether Linnet keeps up, the server CPU per item,
// and the Erlang distribution traffic between the nodes, read from node A's distribution
// socket by a hidden Erlang node (the probe) every 200 ms.
//
// Both Erlang VMs share this machine's cores with the publishers and the subscriber, so on a
// small machine the cluster measures its per-node cost, not the gain of a second machine.
#include "Bench.h"
#include "Child.h"
#include "EjabberdCluster.h"
#include "EjabberdFiles.h"
#include "Scenarios.h"
#include "ServerProcess.h"
#include "Waiting.h"

#include <QThread>

#include <algorithm>
#include <memory>

namespace bench {
namespace {

const QString PubSubNode = QStringLiteral("cluster");
const QString Subscriber = QStringLiteral("linnet");
constexpr int ReadyTimeoutMs = 30000;

// Where each program logs in, and which servers' CPU counts.
struct Layout {
    QString key;  // for log file names
    QList<std::pair<QString, EjabberdServer *>> publishers;  // account, node it logs in to
    EjabberdServer *subscriberNode = nullptr;
    QList<EjabberdServer *> nodes;
};

struct ClusterResult {
    QString error;
    double rate = 0;      // received by Linnet, items/s
    double ceiling = 0;   // acked by the server(s), both publishers, items/s
    double subCpu = 0;    // % of a core
    double lagMs = -1;
    bool keptUp = false;
    QList<double> nodeCpu;  // % of a core, Layout::nodes order; -1 unknown
    // Erlang distribution A <-> B, from node A's socket; -1 without a probe.
    double aToB = -1, bToA = -1;              // bytes/s
    double packetsAToB = -1, packetsBToA = -1;  // distribution packets/s

    double serverCpu() const
    {
        double sum = 0;
        for (double c : nodeCpu)
            sum += qMax(c, 0.0);
        return sum;
    }
};

XmppServerOptions serverOptions()
{
    XmppServerOptions o;
    for (const QString &user : {QStringLiteral("sensor-a"), QStringLiteral("sensor-b"), Subscriber})
        o.accounts.append({user, Bench::password(), user});
    o.logLevel = QStringLiteral("warn");
    return o;
}

// Like Bench::waitReady (the Bench's own starters only know its current server).
bool waitReady(Child &child, const QString &what, QString *error)
{
    waitUntil([&] { return !child.last(QStringLiteral("ready")).isEmpty() || child.hasExited()
                           || !child.last(QStringLiteral("error")).isEmpty(); },
              ReadyTimeoutMs);
    if (!child.last(QStringLiteral("ready")).isEmpty())
        return true;
    const QString why = child.last(QStringLiteral("error")).value(u"error").toString();
    *error = QStringLiteral("%1 did not get ready: %2").arg(what, !why.isEmpty() ? why : interrupted() ? QStringLiteral("interrupted")
                                                                  : child.hasExited() ? child.errorTail()
                                                                                      : QStringLiteral("timeout"));
    return false;
}

// Two publishers share one PubSub node, so it must take both: the devicesim creates nodes with
// the default publish model (publishers only), so the node is created beforehand in sensor-a's
// name, and sensor-b is made an owner too. Both number their items 0, 1, 2, ...; ejabberd lets
// only an owner replace an item another account published, so without that about half of
// sensor-b's publishes would fail as forbidden.
bool prepareNode(const EjabberdServer &server, QString *error)
{
    const QString create = QStringLiteral(
        "<iq type='set' id='bench-create'><pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/>"
        "<configure><x xmlns='jabber:x:data' type='submit'>"
        "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
        "<field var='pubsub#publish_model'><value>open</value></field>"
        "<field var='pubsub#max_items'><value>%2</value></field>"
        "</x></configure></pubsub></iq>")
                               .arg(PubSubNode)
                               .arg(server.options().pubsubMaxItems);
    const QString owner = QStringLiteral(
        "<iq type='set' id='bench-owner'><pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>"
        "<affiliations node='%1'><affiliation jid='%2' affiliation='owner'/></affiliations></pubsub></iq>")
                              .arg(PubSubNode, server.jid(QStringLiteral("sensor-b")));
    const QString from = server.jid(QStringLiteral("sensor-a")) + QStringLiteral("/bench");
    QString output;
    // One VM for both; ejabberd handles them in order (same sender, same PubSub service).
    if (server.runCommands({{QStringLiteral("send_stanza"), from, server.pubsubJid(), create},
                            {QStringLiteral("send_stanza"), from, server.pubsubJid(), owner}},
                           &output))
        return true;
    *error = QStringLiteral("preparing the PubSub node failed: ") + output;
    return false;
}

// 100 outstanding each: 200 in all, as the single publisher of the live scenario, so the
// server's queue (and with it the items' age at the subscriber) is as long as there.
std::unique_ptr<Child> startPublisher(Bench &b, const QString &key, const QString &user, const EjabberdServer &server,
                                      QString *error)
{
    const QStringList args{QStringLiteral("--jid"), server.jid(user), QStringLiteral("--host"), server.host(),
                           QStringLiteral("--port"), QString::number(server.c2sPort()), QStringLiteral("--ca"),
                           server.caCertificateFile(), QStringLiteral("--service"), server.pubsubJid(),
                           QStringLiteral("--node"), PubSubNode, QStringLiteral("--progress-ms"), QStringLiteral("200"),
                           QStringLiteral("--wait-go"), QStringLiteral("--rate"), QStringLiteral("0"),
                           QStringLiteral("--seconds"), QStringLiteral("60"), QStringLiteral("--window"),
                           QStringLiteral("100"), QStringLiteral("--nagle")};
    auto child = b.startProgram(QStringLiteral("devicesim-%1-%2").arg(key, user), QStringLiteral(BENCH_DEVICESIM), args);
    child->send(Bench::password());
    return waitReady(*child, QStringLiteral("publisher ") + user, error) ? std::move(child) : nullptr;
}

std::unique_ptr<Child> startSubscriber(Bench &b, const QString &key, const EjabberdServer &server, QString *error)
{
    const QStringList args{QStringLiteral("--jid"), server.jid(Subscriber), QStringLiteral("--host"), server.host(),
                           QStringLiteral("--port"), QString::number(server.c2sPort()), QStringLiteral("--ca"),
                           server.caCertificateFile(), QStringLiteral("--service"), server.pubsubJid(),
                           QStringLiteral("--node"), PubSubNode};
    auto child = b.startProgram(QStringLiteral("linnet-%1").arg(key), QStringLiteral(BENCH_LINNET_SUBSCRIBER), args);
    child->send(Bench::password());
    return waitReady(*child, QStringLiteral("Linnet subscriber"), error) ? std::move(child) : nullptr;
}

// A hidden Erlang node that prints, every 200 ms, node A's byte and packet counters of its
// distribution connection to node B as progress lines (send = A to B, recv = B to A). The
// probe's own connection to A is a separate one and not counted.
std::unique_ptr<Child> startProbe(Bench &b, const EjabberdCluster &cluster)
{
    const QString eval = QStringLiteral(R"(A = '%1', B = '%2',
case net_kernel:connect_node(A) of true -> ok;
  false -> io:format("{\"type\":\"error\",\"error\":\"probe cannot reach ~s\"}~n", [A]), halt(1) end,
Stat = fun() -> case rpc:call(A, erlang, system_info, [dist_ctrl]) of
    L when is_list(L) -> case proplists:get_value(B, L) of
        undefined -> none;
        P -> rpc:call(A, inet, getstat, [P, [send_oct, recv_oct, send_cnt, recv_cnt]]) end;
    _ -> none end end,
io:format("{\"type\":\"ready\"}~n"),
F = fun Loop() ->
  case Stat() of
    {ok, S} -> io:format("{\"type\":\"progress\",\"t\":~.6f,\"a_to_b\":~b,\"b_to_a\":~b,\"packets_a_to_b\":~b,\"packets_b_to_a\":~b}~n",
        [erlang:system_time(microsecond) / 1.0e6 | [proplists:get_value(K, S) || K <- [send_oct, recv_oct, send_cnt, recv_cnt]]]);
    _ -> ok end,
  timer:sleep(200), Loop() end,
F().)")
                             .arg(cluster.nodeA()->nodeName(), cluster.nodeB()->nodeName());
    // env: Child passes the driver's environment, and the probe must find the cluster's epmd.
    const QStringList args{QStringLiteral("ERL_EPMD_PORT=%1").arg(cluster.nodeA()->epmdPort()),
                           linnet::test::erlProgram(),
                           QStringLiteral("-name"), QStringLiteral("undefined@127.0.0.1"), QStringLiteral("-hidden"),
                           QStringLiteral("-setcookie"), cluster.nodeA()->cookie(), QStringLiteral("-start_epmd"),
                           QStringLiteral("false"), QStringLiteral("-noinput"), QStringLiteral("+sbwt"), QStringLiteral("none"),
                           QStringLiteral("-eval"), eval};
    return b.startProgram(QStringLiteral("cluster-probe"), QStringLiteral("/usr/bin/env"), args);
}

ClusterResult measure(Bench &b, const Layout &layout, Child *probe)
{
    ClusterResult r;
    if (!prepareNode(*layout.subscriberNode, &r.error))
        return r;
    std::vector<std::unique_ptr<Child>> pubs;
    for (const auto &[user, node] : layout.publishers) {
        pubs.push_back(startPublisher(b, layout.key, user, *node, &r.error));
        if (!pubs.back())
            return r;
    }
    auto sub = startSubscriber(b, layout.key, *layout.subscriberNode, &r.error);
    if (!sub)
        return r;
    QList<qint64> pids;
    for (EjabberdServer *node : layout.nodes)
        pids << listeningProcess(node->c2sPort());
    auto nodeCpu = [&] {
        QList<double> out;
        for (qint64 pid : std::as_const(pids))
            out << (pid > 0 ? processCpuSeconds(pid) : -1);
        return out;
    };
    for (const auto &pub : pubs)
        pub->send(QStringLiteral("go"));
    sleepMs(b.ms(3000));  // warm-up, as the live scenario
    const double t0 = nowSeconds();
    const double sub0 = sub->cpuSeconds();
    const QList<double> nodes0 = nodeCpu();
    sleepMs(b.ms(8000));
    const double t1 = nowSeconds();
    const double sub1 = sub->cpuSeconds();
    const QList<double> nodes1 = nodeCpu();
    sleepMs(300);  // lines stamped before t1 are in
    bool exited = sub->hasExited();
    for (const auto &pub : pubs)
        exited = exited || pub->hasExited();
    if (interrupted() || exited) {
        r.error = interrupted() ? QStringLiteral("interrupted") : QStringLiteral("a program ended early: ") + sub->errorTail();
        for (const auto &pub : pubs)
            r.error += pub->errorTail();
        return r;
    }
    const auto subLines = progressOf(*sub);
    r.rate = rateBetween(subLines, t0, t1);
    double failed = 0;
    for (const auto &pub : pubs) {
        r.ceiling += rateBetween(progressOf(*pub, QStringLiteral("acked")), t0, t1);
        failed += lastAtOrBefore(progressOf(*pub, QStringLiteral("errors")), t1).items;
    }
    if (failed > 0) {  // a refused publish is cheaper than a stored one: the ceiling would flatter
        r.error = QStringLiteral("%1 publishes failed (see the publishers' logs)").arg(count(failed));
        return r;
    }
    if (r.ceiling <= 0 || subLines.isEmpty()) {
        r.error = QStringLiteral("no progress lines in the window");
        return r;
    }
    const double window = t1 - t0;
    r.subCpu = 100.0 * (sub1 - sub0) / window;
    for (qsizetype i = 0; i < pids.size(); ++i)
        r.nodeCpu << (nodes0.at(i) >= 0 && nodes1.at(i) >= 0 ? 100.0 * (nodes1.at(i) - nodes0.at(i)) / window : -1);
    for (const Progress &p : subLines) {  // the newest item of the last interval that had any
        if (p.t > t1)
            break;
        if (p.n > 0)
            r.lagMs = p.lastMs;
    }
    r.keptUp = r.rate >= 0.95 * r.ceiling && r.lagMs >= 0 && r.lagMs < 500;
    if (probe && !probe->hasExited()) {
        auto rate = [&](const char *field) { return rateBetween(progressOf(*probe, QString::fromLatin1(field)), t0, t1); };
        r.aToB = rate("a_to_b");
        r.bToA = rate("b_to_a");
        r.packetsAToB = rate("packets_a_to_b");
        r.packetsBToA = rate("packets_b_to_a");
    }
    for (const auto &pub : pubs)
        pub->send(QStringLiteral("stop"));
    waitUntil([&] { return std::all_of(pubs.begin(), pubs.end(), [](const auto &p) { return p->hasExited(); }); }, 10000);
    return r;
}

QString cpuText(double percent)
{
    return percent >= 0 ? fixed(percent, 0) + QLatin1Char('%') : QStringLiteral("?");
}

// Core-seconds of server CPU per 1,000 items.
QString costText(double cpuPercent, double rate)
{
    return rate > 0 ? fixed(cpuPercent / 100.0 / rate * 1000.0, 2) : QStringLiteral("?");
}

}  // namespace

void runCluster(Bench &b)
{
    Table &t = b.table();
    const QString scenario = QStringLiteral("cluster: ceiling, 2 publishers (A, B), Linnet on B (publisher-acked items/s)");
    ClusterResult single, cluster;
    {
        // The anchor: the same programs, all on one node with an epmd of its own.
        EjabberdServer server(serverOptions());
        QString error;
        if (!server.start(&error)) {
            t.failed(scenario, QStringLiteral("single ejabberd node did not start: ") + error);
            return;
        }
        single = measure(b, {QStringLiteral("single"), {{QStringLiteral("sensor-a"), &server}, {QStringLiteral("sensor-b"), &server}},
                             &server, {&server}},
                         nullptr);
    }
    if (!single.error.isEmpty()) {
        t.failed(scenario, QStringLiteral("single node: ") + single.error);
        return;
    }
    {
        EjabberdCluster nodes(serverOptions());
        QString error;
        if (!nodes.start(&error)) {
            t.failed(scenario, QStringLiteral("the cluster did not start: ") + error);
            return;
        }
        auto probe = startProbe(b, nodes);
        EjabberdServer *a = nodes.nodeA(), *bNode = nodes.nodeB();
        cluster = measure(b, {QStringLiteral("cluster"), {{QStringLiteral("sensor-a"), a}, {QStringLiteral("sensor-b"), bNode}},
                              bNode, {a, bNode}},
                          probe.get());
        if (cluster.error.isEmpty() && cluster.aToB < 0)
            cluster.error = QStringLiteral("the distribution probe gave no figures: ") + probe->errorTail();
    }
    if (!cluster.error.isEmpty()) {
        t.failed(scenario, QStringLiteral("cluster: ") + cluster.error);
        return;
    }

    // Two VMs, two publishers and a subscriber on fewer than a core each cannot show what a
    // second machine adds: then the ceiling row is information, its per-node cost the figure.
    const int cores = QThread::idealThreadCount();
    const bool comparable = cores >= 4;
    const QString how = t.note(
        QStringLiteral("cluster: tests/support/EjabberdCluster (2 ejabberd nodes, Mnesia replicated to both, one epmd) against "
                       "one ejabberd node in the same run; sensor-a publishes through node A, sensor-b and Linnet's subscriber "
                       "are on node B, both publishers at --rate 0 (100 outstanding each) into one PubSub node (both owners: "
                       "their item ids collide, so about half the publishes replace an item); %1 s window after %2 s warm-up. Node CPU = each beam.smp over the window. Here %3 cores carry both VMs, both publishers and "
                       "the subscriber%4")
            .arg(b.ms(8000) / 1000.0)
            .arg(b.ms(3000) / 1000.0)
            .arg(cores)
            .arg(comparable ? QStringLiteral(".") : QStringLiteral(", so a cluster cannot beat one node: the verdict is n/a "
                                                                  "and the figures to read are the per-node cost and the "
                                                                  "traffic between the nodes")));
    const Verdict ceilingVerdict = cluster.ceiling >= single.ceiling ? Verdict::Ok
                                   : comparable                     ? Verdict::Short
                                                                    : Verdict::NotApplicable;
    t.add({scenario + QLatin1Char(' ') + how,
           QStringLiteral("%1 (A %2, B %3 CPU)").arg(count(cluster.ceiling), cpuText(cluster.nodeCpu.value(0, -1)),
                                                      cpuText(cluster.nodeCpu.value(1, -1))),
           QStringLiteral("single node %1 (%2 CPU)").arg(count(single.ceiling), cpuText(single.nodeCpu.value(0, -1))),
           QStringLiteral(">= single node"), ceilingVerdict});
    auto received = [](const ClusterResult &r) {
        return count(r.rate)
               + (r.keptUp ? QStringLiteral(" (keeps up") : QStringLiteral(" (behind: newest item %1 s old").arg(fixed(r.lagMs / 1000.0, 1)))
               + QStringLiteral(", %1% of a core)").arg(fixed(r.subCpu, 0));
    };
    t.add({QStringLiteral("cluster: Linnet on node B: items/s received"), received(cluster),
           QStringLiteral("single node ") + received(single), QStringLiteral("= cluster ceiling"),
           cluster.keptUp ? Verdict::Ok : Verdict::Short});
    t.add({QStringLiteral("cluster: server CPU per 1,000 items (core-seconds)"),
           QStringLiteral("%1 (A %2 + B %3)").arg(costText(cluster.serverCpu(), cluster.ceiling),
                                                  costText(cluster.nodeCpu.value(0, -1), cluster.ceiling),
                                                  costText(cluster.nodeCpu.value(1, -1), cluster.ceiling)),
           QStringLiteral("single node %1").arg(costText(single.serverCpu(), single.ceiling)), QStringLiteral("-"), Verdict::Info});
    const double perItem = (cluster.aToB + cluster.bToA) / cluster.ceiling;
    const double packetsPerItem = (cluster.packetsAToB + cluster.packetsBToA) / cluster.ceiling;
    t.add({QStringLiteral("cluster: Erlang distribution between the nodes"),
           QStringLiteral("%1 bytes, %2 packets per item (A->B %3 KB/s, B->A %4 KB/s)")
               .arg(count(perItem), fixed(packetsPerItem, 1), count(cluster.aToB / 1000.0), count(cluster.bToA / 1000.0)),
           QStringLiteral("-"), QStringLiteral("-"), Verdict::Info});
}

}  // namespace bench
