#!/usr/bin/env python3
"""End-to-end test of the installed Linnet, driven only through the accessibility bridge (AT-SPI).

Run by installer/test/e2e inside Xvfb and a private D-Bus session with at-spi and gnome-keyring.
It starts the installed `linnet` twice on a fresh profile and finds every control by its
accessible name and role, as a screen reader user would:
  1. sign in to the demo server (address, password, host and port under Advanced); the server's
     certificate is signed by the demo's own CA, so the app shows its trust dialog: the test
     checks the fingerprint against demo.json and trusts it (as a user would check it against
     what the administrator gave them);
  2. open the chat with the buddy bot Robin, send a message, wait for Robin's answer;
  3. start again (password from the keychain, certificate pinned) with a dashboard file of the
     demo fleet imported, open the dashboard, wait until a gauge's live value changes;
  4. switch Greenhouse 1's relay from its command tile and wait for the device's answer.
Each page visited is walked and its controls without an accessible name are listed
($LINNET_OUT/unnamed.txt); screenshots go to $LINNET_OUT. Exit 0 on success, 1 on a failure.
The bridge helpers are in e2e_atspi.py.
"""
import json
import os
import re
import sys
import time

import pyatspi

from e2e_atspi import (PRESS_ACTIONS, BUTTON, CHECK, FIELD, ITEM, LABEL, NO_ACTION, OUT, PASSWORD, UNNAMED, App, Failure, action_names, checked, label,
                       log, path_of, press, press_return, safe, shot, tail, type_text, wait_for)

DEMO = json.load(open(os.environ["LINNET_DEMO_JSON"], encoding="utf-8"))
TOKEN = "e2e-%d" % os.getpid()  # Robin's answer quotes the message: this finds it


# --- the scenario -------------------------------------------------------------------------------

def user():
    """The demo's first account (Alice): the devices answer her commands."""
    account = DEMO["accounts"][0]
    return account["jid"], account["password"]


def sign_in(app):
    jid, password = user()
    address = app.find(FIELD, "XMPP address", 60, what="the sign-in page's address field")
    app.audit("sign-in")
    shot("01-sign-in")
    type_text(address, jid)
    type_text(app.find(PASSWORD, "Password"), password)
    remember = app.find(CHECK, "Remember the password")
    if not checked(remember):
        press(remember)
    press(app.find(BUTTON, "Advanced settings", exact=True))
    type_text(app.find(FIELD, "Server host"), DEMO["host"])
    type_text(app.find(FIELD, "Port"), str(DEMO["port"]))
    app.audit("sign-in, advanced")
    press(app.find(BUTTON, "Connect", exact=True))

    # The demo CA is nobody's: the app asks. Trust only the certificate the server really has.
    seen = {}  # an error banner's text -> when first seen

    def trust_or_error():
        nodes = list(app.nodes())
        for acc in nodes:
            if safe(acc.getRole) in LABEL and label(acc).startswith("SHA-256 fingerprint: "):
                return acc
        # The page's error banner: the certificate refusal shows there too, just before the
        # dialog opens; any error still there 5 s later without a dialog means no use waiting.
        for acc in nodes:
            if safe(acc.getRole) == pyatspi.ROLE_ALERT and label(acc).strip():
                if time.monotonic() - seen.setdefault(label(acc), time.monotonic()) > 5:
                    raise Failure("signing in failed, the page says: " + label(acc))
        return None
    fingerprint = wait_for(trust_or_error, 60, "the trust dialog for the demo server's certificate")
    shown = fingerprint.name.split(": ", 1)[1].strip()
    app.audit("trust dialog")
    shot("02-trust")
    if shown.upper() != DEMO["certificate_sha256"].upper():
        raise Failure("the trust dialog shows %s, the demo server's certificate is %s" % (shown, DEMO["certificate_sha256"]))
    press(app.find(BUTTON, "Trust this certificate for " + jid, exact=True))


def chat(app):
    robin = app.find(ITEM, "Robin Ashby", 60, what="Robin in the roster (signed in?)")
    if not set(action_names(robin)) & set(PRESS_ACTIONS):
        NO_ACTION.add(path_of(robin))
    app.audit("main page")
    shot("03-roster")
    # The roster's rows take no focus and (so far) offer no press action: a keyboard user
    # searches and presses Return (the first match opens).
    type_text(app.find(FIELD, "Search buddies"), "Robin")
    press_return()
    field = app.find(FIELD, "Message to Robin Ashby", what="the composer of Robin's chat")
    message = TOKEN + " checking in"
    type_text(field, message)
    press(app.find(BUTTON, "Send message", exact=True))

    def answer():
        for acc in app.nodes():
            name = safe(lambda: acc.name, "") or ""
            if safe(acc.getRole) in ITEM and TOKEN in name and name.startswith("Robin Ashby at "):
                return name
        return None
    app.find(ITEM, "You at", what="my message in the conversation")  # "You at HH:MM: text (ticks)"
    got = wait_for(answer, 60, "answer from Robin quoting %r in the conversation" % TOKEN)
    log("Robin answered: " + got)
    app.audit("chat")
    shot("04-chat")


def write_dashboard():
    """A dashboard of the demo fleet: three live gauges and Greenhouse 1's relay as a switch."""
    service, domain = DEMO["pubsub"], DEMO["domain"]

    def gauge(title, column, node, quantity):
        return {"kind": "gauge", "title": title, "column": column, "row": 0, "columnSpan": 3, "rowSpan": 3,
                "series": [{"service": service, "node": node, "name": node + ":" + quantity}]}
    relay = {"kind": "command", "title": "Greenhouse 1 relay", "column": 9, "row": 0, "columnSpan": 3, "rowSpan": 2,
             "command": {"jid": "greenhouse-1@" + domain, "node": "relay", "name": "Switch relay",
                         "control": "toggle", "field": "on"}}
    dashboard = {"format": "linnet-dashboard", "version": 1, "name": "E2E fleet",
                 "tiles": [gauge("Meeting room CO2", 0, "meeting-room", "co2"),
                           gauge("Workshop power", 3, "workshop", "power"),
                           gauge("Greenhouse 1 temperature", 6, "greenhouse-1", "temperature"), relay]}
    path = os.path.join(OUT, "e2e-dashboard.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(dashboard, f, indent=2)
    return path


GAUGE = re.compile(r"^(.*): (-?[\d.,\u00a0\u202f]+) ")


def gauge_values(app):
    values = {}
    for acc in app.nodes():
        name = safe(lambda: acc.name, "") or ""
        match = GAUGE.match(name) if safe(acc.getRole) in LABEL else None
        if match:
            values[match.group(1)] = match.group(2)
    return values


def dashboard(app):
    press(app.find(ITEM, "E2E fleet", 60, what="the imported dashboard in the sidebar (signed in from the keychain?)"))
    first = wait_for(lambda: gauge_values(app), 60, "gauge with a reading on the dashboard")
    log("gauges: %s" % first)
    app.audit("dashboard")
    shot("05-dashboard")

    def changed():
        now = gauge_values(app)
        moved = {k: (first[k], v) for k, v in now.items() if k in first and v != first[k]}
        return moved or None
    moved = wait_for(changed, 90, "change of any gauge's value (live readings)")
    log("live values changed: %s" % moved)
    shot("06-dashboard-live")


def device_command(app):
    jid = "greenhouse-1@" + DEMO["domain"]
    switch = app.find(CHECK, "Switch relay on " + jid, exact=True)
    before = checked(switch)
    press(switch)

    def answered():
        acc = app.find(CHECK, "Switch relay on " + jid, exact=True)
        outcome = safe(lambda: acc.description, "") or ""
        if checked(acc) != before and outcome and not outcome.startswith(("Running", "Not run yet")):
            return outcome
        return None
    outcome = wait_for(answered, 60, "answer of Greenhouse 1 to the relay command (switch %s)" % ("off" if before else "on"))
    expected = "Relay is off" if before else "Relay is on"  # the device's note (tools/devicesim)
    if expected not in outcome:
        raise Failure("the relay tile says %r, not the device's %r" % (outcome, expected))
    log("relay switched %s; the device said: %s" % ("off" if before else "on", outcome))
    app.audit("dashboard, after the command")
    shot("07-command-done")


def main():
    app = None
    try:
        app = App([], "first")
        sign_in(app)
        chat(app)
        app.quit()
        app = App(["--import-dashboard", write_dashboard()], "second")
        dashboard(app)
        device_command(app)
        app.quit()
        app = None
        ok = True
    except Failure as failure:
        log("FAILED: %s" % failure)
        shot("failure")
        if app is not None:
            log("app log %s:\n%s" % (app.log_path, tail(app.log_path)))
        ok = False
    finally:
        if app is not None:
            app.kill()
    unnamed = sorted(UNNAMED)
    with open(os.path.join(OUT, "unnamed.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(unnamed) + ("\n" if unnamed else ""))
    log("%d controls without an accessible name (unnamed.txt)" % len(unnamed))
    with open(os.path.join(OUT, "no-action.txt"), "w", encoding="utf-8") as f:
        f.write("".join(n + "\n" for n in sorted(NO_ACTION)))
    for n in sorted(NO_ACTION):
        log("no action through the bridge (operated by keyboard): " + n)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
