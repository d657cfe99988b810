"""A desktop session for one client: its own home, Xvfb 1280x800x24, a private D-Bus session,
all as the unprivileged user `peer` (prepare-root creates it; Gajim refuses to run as root)."""
import asyncio
import os
import pwd
import shutil
import signal

SCREEN = "1280x800x24"


class Session:
    def __init__(self, name, base="/tmp/peers"):
        self.user = pwd.getpwnam("peer")
        self.dir = os.path.join(base, name)
        self.home = os.path.join(self.dir, "home")
        self.runtime = os.path.join(self.dir, "run")
        self.display = None
        self._xvfb = None
        shutil.rmtree(self.dir, ignore_errors=True)
        for path, mode in ((self.dir, 0o755), (self.home, 0o700), (self.runtime, 0o700)):
            os.makedirs(path, mode=mode)
            os.chown(path, self.user.pw_uid, self.user.pw_gid)

    def _env(self, extra):
        env = {"HOME": self.home, "USER": "peer", "LOGNAME": "peer", "LANG": "C.UTF-8",
               "PATH": "/usr/local/bin:/usr/bin:/bin", "XDG_RUNTIME_DIR": self.runtime,
               # No accessibility bus here; without these GTK and Qt wait for one.
               "NO_AT_BRIDGE": "1", "GTK_A11Y": "none", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "0",
               "LIBGL_ALWAYS_SOFTWARE": "1"}
        if self.display:
            env["DISPLAY"] = self.display
        env.update(extra)
        return env

    async def _spawn(self, argv, log, extra=None, as_root=False, **kwargs):
        """as_root: the command drops to the user itself (chroot --userspec, for Linnet)."""
        user = {} if as_root else {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        kwargs.setdefault("stdin", asyncio.subprocess.DEVNULL)
        with open(log, "ab") as out:
            return await asyncio.create_subprocess_exec(
                *argv, stdout=out, stderr=out, env=self._env(extra or {}),
                cwd=self.home, start_new_session=True, **user, **kwargs)

    @staticmethod
    def _free_display():
        """A display number whose abstract X socket nobody holds. The roots share the host's
        network namespace, so an Xvfb of another root (a QML test, say) owns its abstract socket
        although our private /tmp has no lock file for it, and X clients try that socket first."""
        with open("/proc/net/unix") as f:
            taken = f.read()
        return next(n for n in range(100, 1000) if f"@/tmp/.X11-unix/X{n}\n" not in taken
                    and not os.path.exists(f"/tmp/.X{n}-lock"))

    async def start_display(self, timeout=30):
        """Xvfb on a free display, ready once its socket exists."""
        number = self._free_display()
        self._xvfb = await self._spawn(["Xvfb", f":{number}", "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
                                       os.path.join(self.dir, "xvfb.log"))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            if self._xvfb.returncode is not None or loop.time() > deadline:
                raise RuntimeError(f"Xvfb :{number} did not start (see xvfb.log)")
            await asyncio.sleep(0.05)
        self.display = f":{number}"

    async def start(self, argv, log, env):
        """The client inside its own D-Bus session bus (dbus-run-session ends with it)."""
        return await self._spawn(["dbus-run-session", "--", *argv], log, env)

    async def start_chrooted(self, argv, log, env, stdin_text):
        """argv: a `chroot --userspec` command (peerclients.Linnet), started as root so it can
        chroot, with stdin_text on its standard input. No D-Bus session: a bus of root's would
        refuse the user, and the app needs none (its password comes on stdin)."""
        process = await self._spawn(argv, log, env, as_root=True, stdin=asyncio.subprocess.PIPE)
        process.stdin.write(stdin_text.encode() + b"\n")
        await process.stdin.drain()
        process.stdin.close()
        return process

    @staticmethod
    async def stop(process, grace=5):
        """SIGTERM to the whole process group (client and its bus), SIGKILL after grace seconds."""
        if process is None or process.returncode is not None:
            return
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                return
            try:
                await asyncio.wait_for(process.wait(), wait)
                return
            except asyncio.TimeoutError:
                continue

    async def close(self):
        await self.stop(self._xvfb)
