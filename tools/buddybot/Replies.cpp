#include "Replies.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace buddybot {

namespace {

bool hasWord(const QString &lower, const QStringList &words)
{
    for (const QString &word : words) {
        const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)));
        if (re.match(lower).hasMatch())
            return true;
    }
    return false;
}

QString pick(const QStringList &choices, int turn)
{
    return choices.at(turn % choices.size());
}

}  // namespace

QString snippet(const QString &text, int maxChars)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxChars)
        return simple;
    QString cut = simple.left(maxChars);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxChars / 2)
        cut.truncate(space);
    return cut + QStringLiteral("\u2026");
}

QString replyTo(const QString &text, const ReplyContext &c)
{
    const QString lower = text.simplified().toLower();
    const QString name = c.senderName.isEmpty() ? QStringLiteral("there") : c.senderName;

    if (lower.isEmpty())
        return QStringLiteral("Did you mean to send something? It arrived empty on my side.");
    if (hasWord(lower, {QStringLiteral("help")})) {
        return QStringLiteral("I'm %1, a chat buddy on this demo server. Say hi, ask me the time, "
                              "or tell me what you're working on and I'll cheer you on.")
            .arg(c.persona);
    }
    // "what time is it", "time?", not "we had a great time".
    if (hasWord(lower, {QStringLiteral("time"), QStringLiteral("clock")})
        && (hasWord(lower, {QStringLiteral("what")}) || lower.endsWith(QLatin1Char('?')) || lower == QStringLiteral("time"))) {
        return QStringLiteral("It's %1 here. Plenty of day left!")
            .arg(QLocale::c().toString(c.now, QStringLiteral("HH:mm")));
    }
    if (hasWord(lower, {QStringLiteral("hi"), QStringLiteral("hello"), QStringLiteral("hey"), QStringLiteral("hiya"),
                        QStringLiteral("morning"), QStringLiteral("evening"), QStringLiteral("howdy")})) {
        return pick({QStringLiteral("Hi %1! Good to hear from you. How's your day going?"),
                     QStringLiteral("Hey %1! Sure, I'm all ears. What's up?"),
                     QStringLiteral("Hello again, %1! What can I do for you?")},
                    c.turn)
            .arg(name);
    }
    if (hasWord(lower, {QStringLiteral("thanks"), QStringLiteral("thank"), QStringLiteral("cheers")}))
        return pick({QStringLiteral("Any time!"), QStringLiteral("You're welcome, %1.").arg(name)}, c.turn);
    if (hasWord(lower, {QStringLiteral("bye"), QStringLiteral("goodbye"), QStringLiteral("cya")}))
        return QStringLiteral("Talk soon, %1!").arg(name);

    const QString quoted = QStringLiteral("\u201c%1\u201d").arg(snippet(text));
    if (lower.endsWith(QLatin1Char('?'))) {
        return pick({QStringLiteral("Good question. %1 \u2014 I'd have to think about that one. What do you reckon?"),
                     QStringLiteral("Hmm, %1? I'm not sure, but I'd love to hear your take.")},
                    c.turn)
            .arg(quoted);
    }
    return pick({QStringLiteral("%1 \u2014 nice! Tell me more."),
                 QStringLiteral("Interesting, %1. How did that come about?"),
                 QStringLiteral("Got it: %1. Anything I can help with?")},
                c.turn)
        .arg(quoted);
}

}  // namespace buddybot
