#!/usr/bin/env python3
"""./dev peers check: proves each desktop client can be driven in the peers root.

  peercheck.py RUN_DIR [CLIENT...]    (CLIENT: kaidan, dino, gajim; all by default)

For each client: a session of its own (peersession), a first run that creates its files, its
fixture account written into its database (peerclients), then a timed start; "online" is the
client's available presence as the slixmpp watcher sees it. Prints one line per client, either
"start to online" or the reason it could not be driven. Exit 0 only if every client came online.
Logs and the clients' homes: RUN_DIR/CLIENT/ (copied from /tmp/peers, which ends with the run).
"""
import asyncio
import json
import logging
import os
import shutil
import sys

from peerclients import CLIENTS, Account
from peersession import Session
from peerwatch import Watcher

FIRST_RUN_TIMEOUT = 60   # s until the client has created its database
ONLINE_TIMEOUT = 60      # s from start until its presence arrives


def tail(path, lines=15):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


async def first_run(client, session, log):
    """Starts the client without an account until its database has the table we edit."""
    process = await session.start(client.command, log, client.env)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + FIRST_RUN_TIMEOUT
    try:
        while not client.initialised(session.home):
            if process.returncode is not None:
                raise RuntimeError(f"first run exited ({process.returncode}) before creating {client.database}")
            if loop.time() > deadline:
                raise RuntimeError(f"first run created no table '{client.table}' in {client.database} "
                                   f"within {FIRST_RUN_TIMEOUT} s")
            await asyncio.sleep(0.1)
        await asyncio.sleep(1)  # let it finish its own set-up writes before it is stopped
    finally:
        await Session.stop(process)


async def drive(client, server, watcher, run_dir):
    session = Session(client.name)
    log = os.path.join(session.dir, "client.log")
    process = None
    try:
        await session.start_display()
        await first_run(client, session, os.path.join(session.dir, "first-run.log"))
        account = Account(f"{client.name}@{server['domain']}", server["password"], "peers")
        client.write_account(session.home, account)
        loop = asyncio.get_running_loop()
        started = loop.time()
        seen = watcher.expect(account.bare, started)
        process = await session.start(client.command, log, client.env)
        exited = asyncio.ensure_future(process.wait())
        done, _ = await asyncio.wait({seen, exited}, timeout=ONLINE_TIMEOUT,
                                     return_when=asyncio.FIRST_COMPLETED)
        if seen in done:
            at, full_jid = seen.result()
            return True, f"start to online {at - started:.2f} s ({full_jid})"
        if exited in done:
            return False, f"exited with {process.returncode} before it was online; log:\n{tail(log)}"
        return False, f"not online within {ONLINE_TIMEOUT} s; log:\n{tail(log)}"
    except Exception as e:  # any reason a client cannot be driven is reported, not raised
        return False, f"{e}\n{tail(log)}"
    finally:
        await Session.stop(process)
        await session.close()
        shutil.copytree(session.dir, os.path.join(run_dir, client.name), symlinks=True,
                        ignore_dangling_symlinks=True, dirs_exist_ok=True)


async def main(run_dir, names):
    with open(os.path.join(run_dir, "server.json")) as f:
        server = json.load(f)
    watcher = Watcher(f"watcher@{server['domain']}/check", server["password"], server["ca"])
    watcher.connect(server["host"], server["port"])
    await watcher.online()
    results = {}
    for name in names:
        ok, text = await drive(CLIENTS[name], server, watcher, run_dir)
        results[name] = ok
        print(f"{name:7} {'' if ok else 'NOT DRIVEN: '}{text}", flush=True)
    watcher.disconnect()
    return all(results.values())


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    names = args[1:] or list(CLIENTS)
    unknown = [n for n in names if n not in CLIENTS]
    if unknown:
        sys.exit(f"unknown client(s): {', '.join(unknown)}; known: {', '.join(CLIENTS)}")
    sys.exit(0 if asyncio.run(main(args[0], names)) else 1)
