// The scenarios of issue 3. Each runs Linnet's subscriber and the anchor the same way, one
// after the other, on the Bench's current server, and adds its rows to the table.
#pragma once

namespace bench {
class Bench;

void runLive(Bench &bench);          // "live": at the server ceiling: items/s, CPU, the ceiling
void runBacklogPause(Bench &bench);  // "pause": SIGSTOP 10 s at 1,000 items/s, then drain
void runBacklogQueue(Bench &bench);  // "queue": 20,000 items queued while stopped, then drain
void runTransports(Bench &bench);    // "transports": live and queue over WebSocket and BOSH next to TCP (issue 12)
void runReplay(Bench &bench);        // "replay": pre-serialized stanzas over loopback, no server
void runLatency(Bench &bench);       // "latency": publish→store at 1,000 items/s, nagle off, then on
void runSessions(Bench &bench);      // "sessions": 5 accounts x 4 resources at once (issue 7)
void runTimeseries(Bench &bench);
void runDashboard(Bench &bench);      // "dashboard": fleet at the server ceiling, 20 x 5 live chart tiles: keeps up, frame times (issue 8)
void runPanZoom(Bench &bench);        // "panzoom": 1,000,000 points in a ChartTile, a zoom/pan step per frame (issue 8)
void runFleetScenarios(Bench &bench); // "discovery", "reconnect": a fleet of 1,000 devices (issue 8)    // "timeseries": store memory/disk per sample, write rate, decimation (issue 8)
void runChatStore(Bench &bench);      // "chatstore": 100,000-message conversation among 1,000,000: first screen, pages, search (issue 10)
void runChatBurst(Bench &bench);      // "chatburst": 10,000 live messages into Account + ChatController: stored, shown, GUI stall (issue 10)
void runRoster(Bench &bench);         // "roster": a 5,000-contact roster, connected to painted; second login (issue 10)
void runArchive(Bench &bench);        // "archive": MAM catch-up of 10,000 archived messages (issue 10)
void runEjabberd(Bench &bench);       // "ejabberd": the live scenario on ejabberd: its ceiling, Linnet keeping up (issue 12)
void runAmqp(Bench &bench);           // "amqp": RabbitMQ: consume at the broker's ceiling, a 10 s store stall (issue 13)
void runCluster(Bench &bench);        // "cluster": the live scenario on a two-node ejabberd cluster next to one node (issue 12)
}  // namespace bench
