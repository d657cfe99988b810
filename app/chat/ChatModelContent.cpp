// ChatModel's rows that depend on others: corrections (XEP-0308) applied to the message they
// correct, replies (XEP-0461) quoting theirs, and group chat senders and mentions.
#include "ChatModel.h"

#include <QRegularExpression>

void ChatModel::correctInto(Row &target, const StoredMessage &correction)
{
    // Several corrections: the newest wins, whatever order they reach us in.
    if (!target.correctedBy.isEmpty() && correction.timeMs < target.correctedAtMs)
        return;
    target.correctedBy = correction.messageId.isEmpty() ? QStringLiteral("?") : correction.messageId;
    target.correctedAtMs = correction.timeMs;
    setShownBody(target, correction.body);
}

// XEP-0308: a correction replaces the text of the message it names, from the same sender. The
// original keeps its place; the correction is not a row of its own while the original is shown.
bool ChatModel::applyCorrection(const StoredMessage &correction)
{
    if (correction.correctionOf.isEmpty())
        return false;
    const int row = correctionTarget(m_rows, correction, isRoom());
    if (row < 0)
        return false;
    correctInto(m_rows[row], correction);
    refreshRows(row, row,
                {BodyRole, Qt::DisplayRole, EditedRole, AttachmentUrlRole, AttachmentNameRole, AttachmentKindRole,
                 MentionedRole, TruncatedRole, TruncatedNoteRole});
    refreshReplies();
    return true;
}

int ChatModel::correctionTarget(const QList<Row> &rows, const StoredMessage &correction, bool room)
{
    for (int row = int(rows.size()) - 1; row >= 0; --row) {
        const auto &m = rows.at(row).message;
        if (m.messageId == correction.correctionOf && m.direction == correction.direction
            && (!room || m.peerResource == correction.peerResource) && m.rowId != correction.rowId)
            return row;
    }
    return -1;
}

// Older rows arrived: corrections shown as rows of their own (their original was not in the
// window) move onto their originals among the older rows.
void ChatModel::adoptCorrections(QList<Row> &older)
{
    for (int row = 0; row < m_rows.size();) {
        const auto &correction = m_rows.at(row).message;
        const int target = correction.correctionOf.isEmpty() ? -1 : correctionTarget(older, correction, isRoom());
        if (target < 0) {
            ++row;
            continue;
        }
        correctInto(older[target], correction);
        dropRows(row, 1);
    }
}

QString ChatModel::replyBody(const StoredMessage &message) const
{
    if (message.replyTo.isEmpty())
        return {};
    for (const auto &row : m_rows) {
        const auto &m = row.message;
        if (m.messageId == message.replyTo || m.stanzaId == message.replyTo || m.originId == message.replyTo)
            return row.shownBody;
    }
    return {};
}

void ChatModel::refreshReplies()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).message.replyTo.isEmpty())
            refreshRows(row, row, {ReplyToBodyRole});
    }
}

QString ChatModel::senderName(const StoredMessage &message) const
{
    if (!isRoom())
        return {};
    if (message.direction == StoredMessage::Direction::Outgoing && message.peerResource.isEmpty())
        return m_roomNick;
    return message.peerResource;
}

bool ChatModel::sameSender(const StoredMessage &a, const StoredMessage &b) const
{
    if (a.direction != b.direction)
        return false;
    if (isRoom())
        return senderName(a) == senderName(b);
    const bool outgoing = a.direction == StoredMessage::Direction::Outgoing;
    return outgoing ? a.ownResource == b.ownResource : a.peerResource == b.peerResource;
}

bool ChatModel::isMentioned(const Row &row) const
{
    if (!isRoom() || row.message.direction == StoredMessage::Direction::Outgoing)
        return false;
    // The nick as a word of its own: "ada" in "ada: hi" or "hi Ada!", not in "adamant".
    static QHash<QString, QRegularExpression> patterns;
    auto it = patterns.find(m_roomNick);
    if (it == patterns.end()) {
        const QString word = QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(m_roomNick));
        it = patterns.insert(m_roomNick,
                             QRegularExpression(word, QRegularExpression::CaseInsensitiveOption
                                                          | QRegularExpression::UseUnicodePropertiesOption));
    }
    return it->match(row.shownBody).hasMatch();
}

void ChatModel::setRoomNick(const QString &nick)
{
    if (m_roomNick == nick)
        return;
    const bool wasRoom = isRoom();
    m_roomNick = nick;
    if (!m_rows.isEmpty())
        refreshRows(0, int(m_rows.size()) - 1, {SenderNameRole, SenderColorRole, MentionedRole, FirstOfGroupRole});
    if (wasRoom != isRoom())
        Q_EMIT roomChanged();
}
