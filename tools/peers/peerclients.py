"""How each desktop client is made to log in without its UI (../shared/notes/peers.md).

Every client is first started once so that it creates its own files, then stopped; its account
is then written into its own database, exactly the fields the client itself would store, and the
client is started again. Nothing here clicks through a UI.
"""
import base64
import json
import os
import sqlite3
from dataclasses import dataclass, field


@dataclass
class Account:
    jid: str
    password: str
    resource: str

    @property
    def bare(self):
        return self.jid


def _columns(db, table):
    return {row[1]: row for row in db.execute(f"PRAGMA table_info({table})")}


def _insert(db, table, values):
    """Inserts values, and a neutral value for every other NOT NULL column without a default,
    so that a schema with more columns than peers.md names still takes the row."""
    cols = _columns(db, table)
    unknown = set(values) - set(cols)
    if unknown:
        raise RuntimeError(f"{table} has no column(s) {', '.join(sorted(unknown))}")
    row = dict(values)
    for name, (_, _, ctype, notnull, default, pk) in cols.items():
        if name not in row and notnull and default is None and not pk:
            row[name] = 0 if any(t in ctype.upper() for t in ("INT", "BOOL", "REAL")) else ""
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def _has_table(path, table):
    if not os.path.exists(path):
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                              (table,)).fetchone() is not None
    except sqlite3.Error:
        return False


@dataclass
class Client:
    name: str          # also the fixture account's local part
    command: list
    database: str      # relative to the home
    table: str         # present once the first run has set the database up
    env: dict = field(default_factory=dict)
    store: tuple = ()  # (database relative to the home, table) where it keeps chat messages
    first_run: bool = True  # started once without an account to create its files

    def stored(self, home):
        """Rows in the client's message table (None: no such database or table yet)."""
        if not self.store:
            return None
        path = os.path.join(home, self.store[0])
        if not _has_table(path, self.store[1]):
            return None
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2) as db:
                return db.execute(f"SELECT count(*) FROM {self.store[1]}").fetchone()[0]
        except sqlite3.Error:
            return None

    def initialised(self, home):
        return _has_table(os.path.join(home, self.database), self.table)

    def write_account(self, home, account):
        path = os.path.join(home, self.database)
        db = sqlite3.connect(path, timeout=10)
        try:
            with db:
                self._write(db, home, account)
            # Dino and Gajim run in WAL mode: fold the edit into the main file before they open it.
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()

    def _write(self, db, home, account):
        raise NotImplementedError


class Kaidan(Client):
    def _write(self, db, home, account):
        _insert(db, "accounts", {
            "jid": account.jid,
            # Kaidan stores the password base64-encoded and fails with a plain one.
            "password": base64.b64encode(account.password.encode()).decode(),
            "online": 1,
            "resourcePrefix": account.resource,
            "tlsRequirement": 2,  # TLS required
            "tlsErrorsIgnored": 0,
        })


class Dino(Client):
    def _write(self, db, home, account):
        _insert(db, "account", {"bare_jid": account.jid, "resourcepart": account.resource,
                                "password": account.password, "enabled": 1})


class Gajim(Client):
    def _write(self, db, home, account):
        row = db.execute("SELECT settings FROM settings WHERE name = 'app'").fetchone()
        app = json.loads(row[0]) if row and row[0] else {}
        app["use_keyring"] = False  # no Secret Service in the peers root: the password stays here
        if row:
            db.execute("UPDATE settings SET settings = ? WHERE name = 'app'", (json.dumps(app),))
        else:
            db.execute("INSERT INTO settings (name, settings) VALUES ('app', ?)", (json.dumps(app),))
        settings = {"account": {"address": account.jid, "password": account.password, "active": True,
                                "autoconnect": True, "savepass": True, "resource": account.resource},
                    "contact": {}, "group_chat": {}}
        _insert(db, "account_settings", {"account": account.jid.split("@")[0],
                                         "settings": json.dumps(settings)})


# Software rendering: no GPU here, and Mesa's llvmpipe would dominate CPU and memory.
QT_ENV = {"QT_QUICK_BACKEND": "software", "QT_QPA_PLATFORM": "xcb"}
GTK_ENV = {"GSK_RENDERER": "cairo", "GDK_BACKEND": "x11"}

CLIENTS = {
    "kaidan": Kaidan("kaidan", ["kaidan"], ".local/share/kaidan/kaidan.sqlite3", "accounts", QT_ENV,
                     (".local/share/kaidan/kaidan.sqlite3", "messages")),
    "dino": Dino("dino", ["dino"], ".local/share/dino/dino.db", "account", GTK_ENV, (".local/share/dino/dino.db", "message")),
    "gajim": Gajim("gajim", ["gajim"], ".config/gajim/settings.sqlite", "account_settings", GTK_ENV,
                   (".local/share/gajim/logs.db", "message")),
}


class Linnet(Client):
    """The real app, unattended (README "Options"): --account with --password-stdin, its own CA
    file; no first run and nothing written into a database. It runs from the build root, which
    tools/peers/race mounts at `root` (the binary's dependencies are there, not here)."""

    def __init__(self, root, binary):
        super().__init__("linnet", [], "profile/messages.sqlite", "messages", QT_ENV, ("profile/messages.sqlite", "messages"),
                         first_run=False)
        self.root = root
        self.binary = binary

    def argv(self, home, account, server, uid, gid):
        return ["/usr/sbin/chroot", f"--userspec={uid}:{gid}", self.root, self.binary, "--profile", os.path.join(home, "profile"),
                "--account", f"{account.jid}/{account.resource}", "--host", server["host"],
                "--port", str(server["port"]), "--ca-file", server["ca"], "--password-stdin"]

    def write_account(self, home, account):
        pass  # given on the command line
