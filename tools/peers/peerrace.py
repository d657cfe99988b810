#!/usr/bin/env python3
"""./dev bench --peers: issue 10's race, Linnet against Kaidan, Dino, Gajim and a bare slixmpp bot.

  peerrace.py RUN_DIR [--clients bot,linnet,kaidan,gajim,dino] [--count 10000] [--idle 30] ...

One fresh fixture Prosody (linnet-peers-server, started by ./dev) and one slixmpp sender, which
is also the watcher. Every client, one after the other, each in a session of its own
(peersession: user `peer`, Xvfb, software rendering) and with a fresh home per phase:
  (c) start to online (its available presence at the sender), then (d) resident memory after
      --idle seconds idle;
  (a) a live flood of --count receipt-requesting messages: first send to the last receipt, and
      until its CPU went quiet (under 5% of a core over 1 s); peak memory;
  (b) a fresh account with --count messages waiting offline (the server has them all before the
      client starts): start to the last receipt and to all stored (rows in its message table;
      the bot stores nothing); peak memory;
  (e) a fresh account with a 2,000-contact roster: start to online, and CPU seconds from start
      until quiet.
CPU and memory: raceproc (the client's process group without its D-Bus bus, every 0.2 s).
Prints one table per client and the bench table (Linnet, anchor = the others in this run,
target, ok/short); writes RUN_DIR/race.json. A client that cannot be driven is a row saying why.
"""
import argparse
import asyncio
import json
import logging
import os
import shutil
import sys
import time

from peercheck import first_run, tail
from peerclients import CLIENTS, Account, Client, Linnet
from peersession import Session
from racetable import render
from raceproc import Monitor, process_cpu
from racexmpp import Sender

HERE = os.path.dirname(os.path.abspath(__file__))


class Bot(Client):
    """The floor: racexmpp's bot as a process of the same kind as the clients (no display used)."""

    def __init__(self):
        super().__init__("bot", [], "", "", {}, (), first_run=False)

    def argv(self, home, account, server, uid, gid):
        return ["python3", os.path.join(HERE, "racexmpp.py"), "bot", f"{account.jid}/{account.resource}",
                server["password"], server["ca"], server["host"], str(server["port"])]

    def write_account(self, home, account):
        pass


class Run:
    """One client's running process with its monitor."""

    def __init__(self, process, monitor, started, log):
        self.process, self.monitor, self.started, self.log = process, monitor, started, log


class Race:
    def __init__(self, server, sender, args, run_dir):
        self.server, self.sender, self.args, self.run_dir = server, sender, args, run_dir
        self.loop = asyncio.get_running_loop()

    def server_cpu(self):
        return process_cpu(self.server["prosody_pid"]) if self.server.get("prosody_pid") else None

    def account(self, client, suffix=""):
        return Account(f"{client.name}{suffix}@{self.server['domain']}", self.server["password"], "race")

    async def prepare(self, client, phase, suffix):
        """A session with a fresh home in which the client's account `name+suffix` is set up."""
        session = Session(f"{client.name}-{phase}")
        await session.start_display()
        if client.first_run:
            await first_run(client, session, os.path.join(session.dir, "first-run.log"))
        account = self.account(client, suffix)
        client.write_account(session.home, account)
        return session, account

    async def start(self, client, session, account):
        log = os.path.join(session.dir, "client.log")
        started = self.loop.time()
        if isinstance(client, (Linnet, Bot)):
            argv = client.argv(session.home, account, self.server, session.user.pw_uid, session.user.pw_gid)
            if isinstance(client, Linnet):
                process = await session.start_chrooted(argv, log, client.env, self.server["password"])
            else:
                process = await session._spawn(argv, log, client.env)
        else:
            process = await session.start(client.command, log, client.env)
        return Run(process, Monitor(process.pid), started, log)

    async def online(self, run, bare):
        """Seconds from start to the client's available presence at the sender."""
        seen = self.sender.expect(bare, run.started)
        exited = asyncio.ensure_future(run.process.wait())
        done, _ = await asyncio.wait({seen, exited}, timeout=self.args.online_timeout, return_when=asyncio.FIRST_COMPLETED)
        if seen in done:
            return seen.result()[0] - run.started
        why = f"exited with {run.process.returncode}" if exited in done else f"not online within {self.args.online_timeout} s"
        raise RuntimeError(f"{why}; log:\n{tail(run.log)}")

    async def finish(self, session, run):
        if run:
            run.monitor.stop()
            await Session.stop(run.process)
        await session.close()
        shutil.copytree(session.dir, os.path.join(self.run_dir, os.path.basename(session.dir)), symlinks=True,
                        ignore_dangling_symlinks=True, dirs_exist_ok=True)

    async def live(self, client, r):
        """(c), (d) idle and (a): one session, one account."""
        session, account = await self.prepare(client, "live", "")
        run = None
        try:
            run = await self.start(client, session, account)
            r["online_s"] = await self.online(run, account.bare)
            await asyncio.sleep(self.args.idle)
            r["idle_rss_mb"] = run.monitor.now()[2] / 2**20
            r["threads"] = run.monitor.now()[3]
            n = self.args.count
            self.sender.reset()
            last = self.sender.expect_receipts(n)
            cpu0, server0 = time.process_time(), self.server_cpu()
            first = await self.sender.flood(account.bare, n, f"{client.name}-live")
            try:
                end = await asyncio.wait_for(last, self.args.flood_timeout)
                r["flood_last_receipt_s"] = end - first
            except asyncio.TimeoutError:
                r["flood_receipts"] = self.sender.receipts
                end = self.loop.time()
            # The sender's own CPU over the flood, and the client's: which side was the bottleneck.
            r["flood_sender_cpu_s"] = time.process_time() - cpu0
            r["flood_client_cpu_s"] = run.monitor.cpu_between(first, end)
            if server0 is not None and self.server_cpu() is not None:
                r["flood_server_cpu_s"] = self.server_cpu() - server0
            quiet = await run.monitor.quiet(end, limit=self.args.quiet_limit) if last.done() else None
            r["flood_quiet_s"] = quiet - first if quiet else None
            r["flood_peak_mb"] = run.monitor.peak_rss(first) / 2**20
            r["flood_stored"] = client.stored(session.home)
        finally:
            await self.finish(session, run)

    async def backlog(self, client, r):
        """(b): count messages wait for a fresh account that never logged in (offline storage,
        not a hibernating stream-management session of an earlier run)."""
        session, account = await self.prepare(client, "offline", "-off")
        run = None
        try:
            n = self.args.count
            self.sender.reset()
            await self.sender.flood(account.bare, n, f"{client.name}-off")
            if not await self.sender.settled():
                r["backlog_note"] = "the server did not answer a ping after the offline flood within 120 s"
            last = self.sender.expect_receipts(n)
            run = await self.start(client, session, account)
            stored_at = None
            deadline = run.started + self.args.backlog_timeout
            while self.loop.time() < deadline and (not last.done() or (client.store and stored_at is None)):
                if last.done() and self.loop.time() - last.result() > self.args.store_grace:
                    break  # every receipt is in and the store has not caught up since
                if client.store and stored_at is None and (client.stored(session.home) or 0) >= n:
                    stored_at = self.loop.time()
                if run.process.returncode is not None:
                    raise RuntimeError(f"exited with {run.process.returncode}; log:\n{tail(run.log)}")
                await asyncio.sleep(0.1)
            if last.done():
                r["backlog_last_receipt_s"] = last.result() - run.started
            else:
                r["backlog_receipts"] = self.sender.receipts
            r["backlog_stored_s"] = stored_at - run.started if stored_at else None
            r["backlog_stored"] = client.stored(session.home)
            quiet = await run.monitor.quiet(last.result(), limit=self.args.quiet_limit) if last.done() else None
            r["backlog_quiet_s"] = quiet - run.started if quiet else None
            r["backlog_peak_mb"] = run.monitor.peak_rss(run.started) / 2**20
        finally:
            await self.finish(session, run)

    async def roster(self, client, r):
        """(e): a fresh account whose roster has 2,000 contacts more."""
        session, account = await self.prepare(client, "roster", "-big")
        run = None
        try:
            run = await self.start(client, session, account)
            r["roster_online_s"] = await self.online(run, account.bare)
            quiet = await run.monitor.quiet(run.started + r["roster_online_s"], limit=self.args.quiet_limit)
            until = quiet if quiet else self.loop.time()
            r["roster_cpu_s"] = run.monitor.cpu_between(run.started, until)
            r["roster_busy_s"] = until - run.started if quiet else None
        finally:
            await self.finish(session, run)

    async def client(self, client):
        r = {"client": client.name}
        for phase in self.args.phases:
            r.setdefault("ran", []).append(phase)
            try:
                await getattr(self, phase)(client, r)
            except Exception as e:  # a client that cannot be driven is reported, not raised
                r.setdefault("errors", {})[phase] = str(e)
            print(f"race: {client.name} {phase}: {json.dumps({k: v for k, v in r.items() if k not in ('errors', 'ran')})}"
                  + (f" error: {r['errors'][phase][:300]}" if phase in r.get("errors", {}) else ""), file=sys.stderr, flush=True)
        return r


async def main(run_dir, args):
    with open(os.path.join(run_dir, "server.json")) as f:
        server = json.load(f)
    sender = Sender(f"sender@{server['domain']}/race", server["password"], server["ca"])
    sender.connect(server["host"], server["port"])
    await sender.online()
    clients = {**CLIENTS, "linnet": Linnet(args.linnet_root, args.linnet), "bot": Bot()}
    race = Race(server, sender, args, run_dir)
    results = []
    for name in args.clients:
        results.append(await race.client(clients[name]))
        with open(os.path.join(run_dir, "race.json"), "w") as f:
            json.dump({"count": args.count, "results": results}, f, indent=1)
    sender.disconnect()
    print(render(results, args))
    return all("errors" not in r for r in results)


def parse(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("run_dir")
    p.add_argument("--clients", default="bot,linnet,kaidan,gajim,dino")
    p.add_argument("--phases", default="live,backlog,roster")
    p.add_argument("--count", type=int, default=10000)
    p.add_argument("--idle", type=float, default=30)
    p.add_argument("--online-timeout", type=float, default=60)
    p.add_argument("--flood-timeout", type=float, default=400)
    p.add_argument("--backlog-timeout", type=float, default=300)
    p.add_argument("--quiet-limit", type=float, default=150)
    p.add_argument("--store-grace", type=float, default=60, help="s after the last receipt to wait for all stored")
    p.add_argument("--linnet", help="the linnet binary (a path in the build root)")
    p.add_argument("--linnet-root", help="where the build root is mounted here")
    args = p.parse_args(argv)
    args.clients = [c for c in args.clients.split(",") if c]
    args.phases = [c for c in args.phases.split(",") if c]
    unknown = set(args.clients) - set(CLIENTS) - {"linnet", "bot"}
    if unknown or set(args.phases) - {"live", "backlog", "roster"}:
        p.error(f"unknown client(s) or phase(s): {', '.join(sorted(unknown))}")
    if "linnet" in args.clients and not (args.linnet and args.linnet_root):
        p.error("linnet needs --linnet and --linnet-root")
    return args


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    arguments = parse(sys.argv[1:])
    sys.exit(0 if asyncio.run(main(arguments.run_dir, arguments)) else 1)
