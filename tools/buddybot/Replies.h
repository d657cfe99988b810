// What the buddy bot says back. Pure functions: no network, easy to reason about.
#pragma once

#include <QString>
#include <QTime>

namespace buddybot {

struct ReplyContext {
    QString persona;     // the bot's own name, e.g. "Robin"
    QString senderName;  // how to address the other person, e.g. "Alice"
    QTime now;           // for "what time is it?"
    int turn = 0;        // how many messages this sender has sent before; varies the wording
};

// A short, friendly, plain-text answer to text. Never empty.
QString replyTo(const QString &text, const ReplyContext &context);

// text cut to about maxChars on a word boundary, whitespace simplified, "…" if shortened.
QString snippet(const QString &text, int maxChars = 40);

}  // namespace buddybot
