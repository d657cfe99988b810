"""A slixmpp watcher account: the client-independent view of when a client came online.

The fixture puts the watcher and every client account in one mutual roster, so the server sends
the watcher each client's available presence as soon as the client announces itself."""
import asyncio
import logging
import ssl

import slixmpp

log = logging.getLogger("peers.watch")


class Watcher(slixmpp.ClientXMPP):
    def __init__(self, jid, password, ca_file):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=ca_file)
        self._online = asyncio.get_event_loop().create_future()
        self._waiters = {}   # bare JID -> (after, future)
        self.add_event_handler("session_start", self._session_start)
        self.add_event_handler("failed_auth", lambda _: self._fail("authentication failed"))
        self.add_event_handler("presence_available", self._presence)

    def _fail(self, why):
        if not self._online.done():
            self._online.set_exception(RuntimeError(why))

    async def _session_start(self, _):
        self.send_presence()
        await self.get_roster()
        if not self._online.done():
            self._online.set_result(True)

    def _presence(self, presence):
        bare = presence["from"].bare
        waiter = self._waiters.get(bare)
        now = asyncio.get_running_loop().time()
        log.debug("available: %s", presence["from"])
        if waiter and not waiter[1].done() and now >= waiter[0]:
            waiter[1].set_result((now, str(presence["from"])))

    async def online(self, timeout=30):
        await asyncio.wait_for(asyncio.shield(self._online), timeout)

    def expect(self, bare, after):
        """A future for the first available presence of bare at or after loop time `after`."""
        future = asyncio.get_running_loop().create_future()
        self._waiters[bare] = (after, future)
        return future
