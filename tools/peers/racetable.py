"""The race's tables: every figure per client, then the bench table's rows (bench/driver/Table):
scenario | Linnet | anchor (same run) | target | ok/short, the anchor being the other clients'
figures from this very run."""

NAMES = {"linnet": "Linnet", "kaidan": "Kaidan", "dino": "Dino", "gajim": "Gajim", "bot": "bot"}

# (key, row label, unit, target for Linnet or None, "max" or "min")
ROWS = [
    ("online_s", "(c) start to online", "s", None, "max"),
    ("idle_rss_mb", "(d) resident memory after {idle:g} s idle", "MB", 100, "max"),
    ("flood_last_receipt_s", "(a) live flood of {count:,}: first send to last receipt", "s", 2.5, "max"),
    ("flood_quiet_s", "(a) live flood: first send to CPU quiet", "s", 3, "max"),
    ("flood_peak_mb", "(d) peak memory during (a)", "MB", 150, "max"),
    ("flood_client_cpu_s", "(a) the client's CPU, first send to last receipt", "CPU-s", None, "max"),
    ("flood_sender_cpu_s", "(a) the sender's CPU (slixmpp), same span", "CPU-s", None, "max"),
    ("flood_server_cpu_s", "(a) Prosody's CPU, same span", "CPU-s", None, "max"),
    ("backlog_last_receipt_s", "(b) {count:,} waiting offline: start to last receipt", "s", 3, "max"),
    ("backlog_stored_s", "(b) start to all {count:,} stored", "s", 3, "max"),
    ("backlog_quiet_s", "(b) start to CPU quiet", "s", None, "max"),
    ("backlog_peak_mb", "(d) peak memory during (b)", "MB", 150, "max"),
    ("roster_online_s", "(e) 2,000-contact roster: start to online", "s", 1, "max"),
    ("roster_cpu_s", "(e) 2,000-contact roster: CPU seconds start to quiet", "CPU-s", 2, "max"),
]


def _figure(r, key, unit, count):
    """The cell for one client: the figure, or why there is none."""
    v = r.get(key)
    if v is not None:
        return f"{v:,.0f} {unit}" if unit == "MB" else f"{v:.2f} {unit}" if v < 100 else f"{v:.0f} {unit}"
    phase = key.split("_")[0]
    phase = {"online": "live", "idle": "live", "flood": "live", "backlog": "backlog", "roster": "roster"}[phase]
    if phase not in r.get("ran", [phase]):
        return "-"
    err = r.get("errors", {}).get(phase)
    if err:
        return "not driven: " + err.splitlines()[0][:60]
    if key == "flood_last_receipt_s" and "flood_receipts" in r:
        return f"timed out ({r['flood_receipts']:,}/{count:,} receipts)"
    if key == "backlog_last_receipt_s" and "backlog_receipts" in r:
        return f"timed out ({r['backlog_receipts']:,}/{count:,} receipts)"
    if key == "backlog_stored_s":
        stored = r.get("backlog_stored")
        return "n/a (stores nothing)" if r["client"] == "bot" else f"not all: {stored if stored is not None else 'no table'} rows"
    if key == "flood_quiet_s" and "flood_receipts" in r or key == "backlog_quiet_s" and "backlog_receipts" in r:
        return "n/a (receipts incomplete)"
    if key.endswith("quiet_s") or key == "roster_cpu_s":
        return "still busy at the limit"
    return "-"


def _table(rows):
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    line = lambda row: "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |"
    return "\n".join([line(rows[0]), line(["-" * w for w in widths])] + [line(r) for r in rows[1:]])


def _load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def render(results, args):
    fmt = {"count": args.count, "idle": args.idle}
    per_client = [["work"] + [NAMES.get(r["client"], r["client"]) for r in results]]
    for key, label, unit, _, _ in ROWS:
        per_client.append([label.format(**fmt)] + [_figure(r, key, unit, args.count) for r in results])
    out = ["", "Every client, this run (software rendering: QT_QUICK_BACKEND=software, GSK_RENDERER=cairo; Xvfb 1280x800x24):",
           _table(per_client), ""]

    linnet = next((r for r in results if r["client"] == "linnet"), None)
    others = [r for r in results if r["client"] != "linnet"]
    bench = [["scenario", "Linnet", "anchor (same run)", "target", "ok/short"]]
    for key, label, unit, target, kind in ROWS:
        anchor = ", ".join(f"{NAMES.get(r['client'], r['client'])} {_figure(r, key, unit, args.count)}" for r in others)
        if linnet is None:
            cell, verdict = "not in this run", "-"
        else:
            cell = _figure(linnet, key, unit, args.count)
            v = linnet.get(key)
            ran = cell != "-"
            verdict = "-" if target is None or not ran else "failed" if v is None else "ok" if (v <= target if kind == "max" else v >= target) else "short"
        bench.append([label.format(**fmt), cell, anchor, "-" if target is None else f"<= {target:g} {unit}", verdict])
    out += ["The race (issue 10), as bench rows:", _table(bench)]
    out.append("Notes: receipts (XEP-0184) are the proof a client processed a message; CPU and memory are the client's "
               "process group without its D-Bus bus, from /proc every 0.2 s; quiet = under 5% of a core over 1 s; "
               "the fixture Prosody runs with mod_mam on (peers.md's backlog anchors had it off). Load average at the "
               f"end: {_load()} (other work on the machine slows every client and Prosody alike). Logs and homes: "
               + args.run_dir)
    return "\n".join(out)
