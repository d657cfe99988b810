"""CPU and memory of one client, from /proc, every 0.2 s (peers.md: how the anchors were taken).

A client runs in a process group of its own (peersession starts it with a new session): its
D-Bus session bus, the client and anything it spawns. The figures are the sum over that group
without the bus (dbus-run-session, dbus-daemon), which every client has and none of them is.
"""
import asyncio
import os

PERIOD = 0.2
TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
BUS = {"dbus-run-session", "dbus-daemon", "dbus-broker", "dbus-launch"}


def _group_pids(pgid):
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[2]) == pgid and comm not in BUS:  # fields[2]: pgrp
            pids.append((int(name), fields))
    return pids


def process_cpu(pid):
    """user + system CPU seconds of one process (all its threads); None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, ValueError, IndexError):
        return None


def sample(pgid):
    """(cpu seconds, resident bytes, threads) of the group now."""
    cpu = rss = threads = 0
    for _, fields in _group_pids(pgid):
        cpu += (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime
        threads += int(fields[17])
        rss += int(fields[21]) * PAGE
    return cpu, rss, threads


class Monitor:
    """Samples a process group until stopped; answers questions about the samples."""

    def __init__(self, pgid):
        self.pgid = pgid
        self.samples = []  # (loop time, cpu s, rss bytes, threads)
        self._task = asyncio.ensure_future(self._run())

    async def _run(self):
        loop = asyncio.get_running_loop()
        while True:
            cpu, rss, threads = sample(self.pgid)
            self.samples.append((loop.time(), cpu, rss, threads))
            await asyncio.sleep(PERIOD)

    def stop(self):
        self._task.cancel()

    def now(self):
        return self.samples[-1] if self.samples else (0, 0, 0, 0)

    def peak_rss(self, since=0.0):
        return max((s[2] for s in self.samples if s[0] >= since), default=0)

    def cpu_between(self, t0, t1):
        inside = [s for s in self.samples if t0 <= s[0] <= t1]
        return inside[-1][1] - inside[0][1] if len(inside) > 1 else 0.0

    async def quiet(self, after, window=1.0, threshold=0.05, limit=120.0):
        """The loop time at which the group's CPU went quiet (less than threshold of a core over
        window seconds) at or after `after`; None if it was still busy `limit` seconds later."""
        loop = asyncio.get_running_loop()
        while True:
            inside = [s for s in self.samples if s[0] >= after]
            for i, start in enumerate(inside):
                later = [s for s in inside[i:] if s[0] - start[0] >= window]
                if later and (later[0][1] - start[1]) / (later[0][0] - start[0]) < threshold:
                    return start[0]
            if loop.time() - after > limit:
                return None
            await asyncio.sleep(window)
