"""The race's XMPP ends: the sender (also the watcher: presence tells when a client is online) and
the bare slixmpp bot, the floor every client is compared with.

The sender writes its messages as raw XML, each with a fresh id, a body and a receipt request
(XEP-0184); a receipt from the client is the client-independent proof that it processed one.

  python3 racexmpp.py bot JID PASSWORD CA_FILE HOST PORT    (the bot as a process of its own)
"""
import asyncio
import logging
import ssl
import sys

import slixmpp
from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath

from peerwatch import Watcher

log = logging.getLogger("peers.race")
RECEIPTS = "urn:xmpp:receipts"


class Sender(Watcher):
    def __init__(self, jid, password, ca_file):
        super().__init__(jid, password, ca_file)
        self.receipts = 0
        self.last_receipt = None   # loop time of the newest receipt
        self._target = None        # (count, future) resolved at the count-th receipt
        self._ids = set()
        self.register_plugin("xep_0199")
        self.register_handler(Callback("race receipts", MatchXPath(f"{{jabber:client}}message/{{{RECEIPTS}}}received"),
                                       self._receipt))

    def _receipt(self, msg):
        received = msg.xml.find(f"{{{RECEIPTS}}}received")
        rid = received.get("id") if received is not None else None
        if rid not in self._ids:
            return  # a receipt for something else (or a second one for the same message)
        self._ids.discard(rid)
        self.receipts += 1
        self.last_receipt = asyncio.get_running_loop().time()
        if self._target and self.receipts >= self._target[0] and not self._target[1].done():
            self._target[1].set_result(self.last_receipt)

    def expect_receipts(self, count):
        """A future resolved (with its loop time) when `count` receipts arrived since reset()."""
        future = asyncio.get_running_loop().create_future()
        self._target = (count, future)
        if self.receipts >= count:
            future.set_result(self.last_receipt)
        return future

    def reset(self):
        self.receipts = 0
        self.last_receipt = None
        self._ids.clear()

    async def flood(self, to, count, tag, chunk=500):
        """Sends count receipt-requesting chat messages to `to`; returns the loop time of the first
        send. Yields to the loop between chunks so receipts are read while it sends."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        for start in range(0, count, chunk):
            for i in range(start, min(count, start + chunk)):
                mid = f"{tag}-{i}"
                self._ids.add(mid)
                self.send_raw(f"<message xmlns='jabber:client' type='chat' to='{to}' id='{mid}'>"
                              f"<body>Race message {i} of {count}: the quick brown fox jumps over the lazy dog</body>"
                              f"<request xmlns='{RECEIPTS}'/><origin-id xmlns='urn:xmpp:sid:0' id='{mid}'/></message>")
            await asyncio.sleep(0)
        return started

    async def settled(self, timeout=120):
        """Returns once the server has handled everything sent so far (an iq to the server is
        answered after the messages before it on the same stream); False if it did not answer
        in time (the race then goes on, and says so)."""
        try:
            await self.plugin["xep_0199"].ping(self.boundjid.domain, timeout=timeout)
            return True
        except Exception as e:  # slixmpp's IqTimeout / IqError
            log.warning("the server did not answer a ping after the offline flood: %r", e)
            return False


class Bot(slixmpp.ClientXMPP):
    """The floor: receives chat messages and answers receipt requests, nothing else."""

    def __init__(self, jid, password, ca_file):
        super().__init__(jid, password)
        self.ssl_context = ssl.create_default_context(cafile=ca_file)
        self.add_event_handler("session_start", self._start)
        self.register_handler(Callback("bot receipts", MatchXPath(f"{{jabber:client}}message/{{{RECEIPTS}}}request"),
                                       self._message))

    async def _start(self, _):
        await self.get_roster()
        self.send_presence()

    def _message(self, msg):
        if msg["type"] == "error" or not msg["id"]:
            return
        self.send_raw(f"<message xmlns='jabber:client' to='{msg['from']}' id='r-{msg['id']}'>"
                      f"<received xmlns='{RECEIPTS}' id='{msg['id']}'/></message>")


def _bot_main(jid, password, ca_file, host, port):
    logging.basicConfig(level=logging.WARNING)
    bot = Bot(jid, password, ca_file)
    bot.connect(host, int(port))
    asyncio.get_event_loop().run_forever()


if __name__ == "__main__":
    if len(sys.argv) != 7 or sys.argv[1] != "bot":
        sys.exit(__doc__)
    _bot_main(*sys.argv[2:])
