#include "MessageConversion.h"

#include <QDateTime>
#include <QLocale>

#include <QXmppMessage.h>
#include <QXmppUtils.h>

namespace MessageConversion {

QString truncationMarker(qsizetype droppedChars)
{
    return QStringLiteral("\n[… %1 more characters not shown]").arg(QLocale::c().toString(droppedChars));
}

QString boundedBody(const QString &body)
{
    if (body.size() <= MaxBodyChars)
        return body;
    qsizetype cut = MaxBodyChars;
    if (body.at(cut - 1).isHighSurrogate())
        --cut;  // never split a surrogate pair
    return body.left(cut) + truncationMarker(body.size() - cut);
}

StoredMessage fromStanza(const QXmppMessage &message, const Context &context)
{
    const QString own = context.ownBareJid.toLower();
    const QString fromBare = QXmppUtils::jidToBareJid(message.from()).toLower();
    const QString toBare = QXmppUtils::jidToBareJid(message.to()).toLower();

    StoredMessage stored;
    stored.account = own;
    // No from: a stanza from our own server on our behalf, or our own send (QXmpp leaves from
    // empty on what we send).
    const bool outgoing = fromBare.isEmpty() || fromBare == own;
    stored.direction = outgoing ? StoredMessage::Direction::Outgoing : StoredMessage::Direction::Incoming;
    if (outgoing) {
        stored.peer = toBare.isEmpty() ? own : toBare;
        stored.peerResource = QXmppUtils::jidToResource(message.to());
        const QString sender = QXmppUtils::jidToResource(message.from());
        stored.ownResource = sender.isEmpty() ? context.ownResource : sender;
    } else {
        stored.peer = fromBare;
        stored.peerResource = QXmppUtils::jidToResource(message.from());
        const QString receiver = QXmppUtils::jidToResource(message.to());
        stored.ownResource = receiver.isEmpty() ? context.ownResource : receiver;
    }

    stored.body = boundedBody(message.body());
    stored.messageId = message.id();
    stored.originId = message.originId();
    const QString archive = (context.archiveJid.isEmpty() ? context.ownBareJid : context.archiveJid).toLower();
    for (const QXmppStanzaId &id : message.stanzaIds()) {
        // A stanza-id by anyone else could be forged by the sender (XEP-0359 §5).
        if (id.by.toLower() == archive) {
            stored.stanzaId = id.id;
            break;
        }
    }
    const QDateTime stamp = message.stamp();
    stored.timeMs = stamp.isValid() ? stamp.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    stored.state = StoredMessage::State::Received;
    stored.correctionOf = message.replaceId();
    if (const auto reply = message.reply())
        stored.replyTo = reply->id;
    return stored;
}

}  // namespace MessageConversion
