"""The AT-SPI side of installer/test/e2e.py: the running app, its accessible tree, finding
controls by role and name, acting on them, and the audit of controls without a name."""
import os
import signal
import subprocess
import time

import pyatspi
from gi.repository import Atspi

OUT = os.environ["LINNET_OUT"]
APP = os.environ.get("LINNET_APP", "linnet")
PROFILE = os.path.join(OUT, "profile")

# Roles a user operates: each must have a name.
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_LINK, pyatspi.ROLE_SCROLL_BAR,
}
# Role groups: Qt's bridge maps a QML role to one of these depending on the Qt version and state.
BUTTON = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}
FIELD = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY}
PASSWORD = {pyatspi.ROLE_PASSWORD_TEXT} | FIELD
LABEL = {pyatspi.ROLE_LABEL, getattr(pyatspi, "ROLE_STATIC", pyatspi.ROLE_LABEL)}
CHECK = {pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TOGGLE_BUTTON}
ITEM = {pyatspi.ROLE_LIST_ITEM}
UNNAMED = set()  # "page: where" of every showing control without a name, over both runs
NO_ACTION = set()  # controls the test had to operate by keyboard: the bridge offers no action


class Failure(Exception):
    pass


def log(message):
    print("e2e: " + message, flush=True)


def shot(name):
    path = os.path.join(OUT, name + ".png")
    subprocess.run(["import", "-window", "root", path], check=False)
    log("screenshot " + path)


# --- the accessible tree ----------------------------------------------------------------------

def safe(call, default=None):
    """The tree changes while we read it: a vanished object answers with a D-Bus error."""
    try:
        return call()
    except Exception:  # noqa: BLE001 - any bridge error means "gone"
        return default


def showing(acc):
    states = safe(acc.getState)
    return states is not None and states.contains(pyatspi.STATE_SHOWING)


def walk(acc, depth=0):
    """Every showing descendant of acc (acc first). Hidden pages and closed popups are skipped."""
    if depth > 60 or not showing(acc) and depth > 0:
        return
    yield acc
    for i in range(safe(lambda: acc.childCount, 0)):
        child = safe(lambda: acc.getChildAtIndex(i))
        if child is not None:
            yield from walk(child, depth + 1)


def label(acc):
    """The accessible name; for a password field Qt may hide it, so its description counts too."""
    name = safe(lambda: acc.name, "") or ""
    if not name.strip() and safe(acc.getRole) == pyatspi.ROLE_PASSWORD_TEXT:
        name = safe(lambda: acc.description, "") or ""
    return name


def describe(acc):
    return "%s %r" % (safe(acc.getRoleName, "?"), label(acc))


def path_of(acc):
    """Role and name of the object and its named ancestors: where an unnamed control sits."""
    parts = []
    node = acc
    while node is not None and len(parts) < 8:
        name = safe(lambda: node.name, "")
        parts.append(safe(node.getRoleName, "?") + ("(%s)" % name if name else ""))
        node = safe(lambda: node.parent)
        if node is not None and safe(node.getRole) == pyatspi.ROLE_APPLICATION:
            break
    return " < ".join(parts)


class App:
    """The running linnet process and its accessible application object."""

    def __init__(self, args, run):
        self.log_path = os.path.join(OUT, "app-%s.log" % run)
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        env.pop("QT_QPA_PLATFORM", None)  # a real window on Xvfb: the bridge needs one
        log("starting %s %s" % (APP, " ".join(args)))
        self.process = subprocess.Popen([APP, "--profile", PROFILE] + args, env=env,
                                        stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT)
        self.root = wait_for(self.find_app, 60, "the app on the accessibility bus (is at-spi running?)")

    def find_app(self):
        if self.process.poll() is not None:
            raise Failure("linnet exited with code %s; log %s:\n%s" % (self.process.returncode, self.log_path, tail(self.log_path)))
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(safe(lambda: desktop.childCount, 0)):
            app = safe(lambda: desktop.getChildAtIndex(i))
            if app is not None and safe(lambda: app.name, "").lower() == "linnet" \
                    and safe(app.get_process_id) == self.process.pid:
                return app
        return None

    def quit(self):
        """Ctrl+Q, as a user quits (the app saves what it keeps); SIGTERM only if that fails."""
        if self.process.poll() is not None:
            return
        safe(lambda: self.root.getChildAtIndex(0).queryComponent().grabFocus())
        key_with_control(0x71)  # XK_q
        try:
            self.process.wait(20)
            log("the app quit (code %d)" % self.process.returncode)
            return
        except subprocess.TimeoutExpired:
            log("warning: Ctrl+Q did not end the app; SIGTERM")
        self.kill()

    def kill(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def nodes(self):
        self.find_app()  # fails at once if the app died
        return walk(self.root)

    def find(self, roles, name, timeout=30, exact=False, what=None):
        """The showing object of one of roles whose name starts with (or is) name."""
        def match():
            for acc in self.nodes():
                if safe(acc.getRole) not in roles:
                    continue
                got = label(acc)
                if got == name or (not exact and got.startswith(name)):
                    return acc
            return None
        try:
            return wait_for(match, timeout, what or "%s named %r" % ("/".join(sorted(role_name(r) for r in roles)), name))
        except Failure as failure:
            unnamed = [path_of(a) for a in self.nodes() if safe(a.getRole) in roles and not label(a).strip()]
            if unnamed:
                raise Failure("%s\n  controls of that role WITHOUT an accessible name here (one may be it):\n    %s"
                              % (failure, "\n    ".join(unnamed))) from None
            raise

    def audit(self, page):
        """Lists the showing controls of this page that have no accessible name."""
        found = []
        for acc in self.nodes():
            role = safe(acc.getRole)
            if role in CONTROLS and not label(acc).strip():
                found.append(path_of(acc))
        log("page %r: %d controls without an accessible name" % (page, len(found)))
        for f in found:
            log("  unnamed: " + f)
            UNNAMED.add("%s: %s" % (page, f))


def tail(path, lines=30):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_for(probe, timeout, what):
    """Polls probe until it returns something; a Failure after timeout seconds names what."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise Failure("waited %d s for %s" % (timeout, what))
        time.sleep(0.5)


# --- acting on controls -----------------------------------------------------------------------

PRESS_ACTIONS = ("press", "click", "toggle", "activate", "jump")


def action_names(acc):
    action = safe(acc.queryAction)
    return [action.getName(i).lower() for i in range(action.nActions)] if action is not None else []


def press(acc):
    """Runs the control's default action (Press, Toggle, ...) through the bridge."""
    if not label(acc).strip():
        raise Failure("the test must operate a control without an accessible name: " + path_of(acc))
    action = safe(acc.queryAction)
    names = action_names(acc)
    for wanted in PRESS_ACTIONS:
        if wanted in names:
            log("%s: %s" % (wanted, describe(acc)))
            action.doAction(names.index(wanted))
            return
    # Not operable through the bridge (e.g. a ListItem without Accessible.onPressAction):
    # noted, then tried as a keyboard user would: focus it and press Space.
    NO_ACTION.add(path_of(acc))
    log("warning: %s offers no press action (only %s); trying focus + Space" % (describe(acc), names or "none"))
    if "setfocus" in names:
        action.doAction(names.index("setfocus"))
    else:
        safe(lambda: acc.queryComponent().grabFocus())
    if not focused(acc):
        raise Failure("%s offers no press action to the accessibility bridge and takes no focus" % describe(acc))
    pyatspi.Registry.generateKeyboardEvent(0x20, None, pyatspi.KEY_SYM)  # XK_space


def focused(acc, timeout=5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = safe(acc.getState)
        if states is not None and states.contains(pyatspi.STATE_FOCUSED):
            return True
        time.sleep(0.2)
    return False


def text_of(acc):
    text = safe(acc.queryText)
    return safe(lambda: text.getText(0, -1), "") if text is not None else ""


def type_text(acc, value):
    """Sets a text field: through EditableText where the bridge offers it, else focus + keys."""
    if not label(acc).strip():
        raise Failure("the test must fill a text field without an accessible name: " + path_of(acc))
    editable = safe(acc.queryEditableText)
    if editable is not None and safe(lambda: editable.setTextContents(value)) and text_of(acc) == value:
        log("typed into %s" % describe(acc))
        return
    if text_of(acc):
        raise Failure("%s offers no EditableText and is not empty: cannot replace its text by keys" % describe(acc))
    safe(lambda: acc.queryComponent().grabFocus())
    if not focused(acc):
        raise Failure("cannot focus " + describe(acc))
    pyatspi.Registry.generateKeyboardEvent(0, value, pyatspi.KEY_STRING)
    secret = safe(acc.getRole) == pyatspi.ROLE_PASSWORD_TEXT  # its text reads as bullets
    wait_for(lambda: secret or text_of(acc) == value, 10, "text %r in %s" % (value, describe(acc)))
    log("typed (keys) into %s" % describe(acc))


def role_name(role):
    return getattr(role, "value_nick", str(role))


def key_with_control(keysym):
    control = 1 << 2  # ControlMask
    pyatspi.Registry.generateKeyboardEvent(control, None, Atspi.KeySynthType.LOCKMODIFIERS)
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(control, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


def press_return():
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)  # XK_Return


def checked(acc):
    states = safe(acc.getState)
    return states is not None and states.contains(pyatspi.STATE_CHECKED)
