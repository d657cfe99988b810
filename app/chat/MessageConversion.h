// How a received or sent stanza becomes a StoredMessage: the one mapping that live messages,
// carbons, MAM results and room messages all go through, so that de-duplication in the
// MessageStore compares like with like.
#pragma once

#include "StoredMessage.h"

class QXmppMessage;

namespace MessageConversion {

// Bodies longer than this are cut (a hostile or broken client can send megabytes); what is kept
// ends with truncationMarker() so the reader sees that something is missing.
inline constexpr qsizetype MaxBodyChars = 64 * 1024;
QString truncationMarker(qsizetype droppedChars);
// The body as it is stored and shown: cut to MaxBodyChars with the marker appended.
QString boundedBody(const QString &body);

struct Context {
    QString ownBareJid;   // the account
    QString ownResource;  // the session the stanza came through (used when the stanza names none)
    // Whose <stanza-id by=…/> counts (XEP-0359): the account's own server archive for chats
    // (empty: ownBareJid), the room's bare JID for group chat.
    QString archiveJid;
};

// Direction, peer and resources from the stanza's from/to (a message from our own bare JID is
// outgoing: our send, or a carbon or archive copy of one); origin-id, the stanza-id by
// archiveJid, the delay stamp as the time (now when none), XEP-0308 replace id and XEP-0461
// reply id. The state is Received for incoming messages and for copies of our own sends
// (carbons, MAM: the store counts those as Acknowledged). rowId stays 0.
// Only meaningful for stanzas with a body; the caller decides which stanzas to store. For group
// chat (from = room/nick) the caller sets direction and peerResource from the nick.
StoredMessage fromStanza(const QXmppMessage &message, const Context &context);

}  // namespace MessageConversion
