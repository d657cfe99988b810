#include "SearchSnippet.h"

#include <QList>

#include <algorithm>

namespace SearchSnippet {

namespace {
bool isWordChar(QChar c)
{
    // Marks too: a decomposed "é" (e + U+0301) stays one word, as in the store's tokenizer.
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
        || c.isSurrogate();
}

struct Span {
    qsizetype start, end;  // [start, end) of text
};

// The words of text (letter/number runs).
QList<Span> words(const QString &text)
{
    QList<Span> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            out << Span{start, i};
    }
    return out;
}
}  // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing)
            out += c;
    }
    return out.toCaseFolded();
}

QStringList terms(const QString &query)
{
    QStringList out;
    for (const auto &span : words(query)) {
        const QString term = fold(query.mid(span.start, span.end - span.start));
        if (!term.isEmpty() && !out.contains(term))
            out << term;
    }
    return out;
}

QString build(const QString &body, const QStringList &terms, int maxChars)
{
    // One line: a snippet is read in a list row.
    const QString text = body.left(qsizetype(maxChars) * 200).simplified();
    QList<Span> matches;
    for (const auto &span : words(text)) {
        const QString word = fold(text.mid(span.start, span.end - span.start));
        if (std::any_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return word.startsWith(t); }))
            matches << span;
    }
    // A window that starts a little before the first match, on a word's start.
    qsizetype from = 0;
    if (!matches.isEmpty() && matches.first().end > maxChars) {
        from = std::max<qsizetype>(0, matches.first().start - maxChars / 4);
        while (from > 0 && !text.at(from - 1).isSpace() && from < matches.first().start)
            ++from;
    }
    qsizetype to = std::min(text.size(), from + maxChars);
    if (to < text.size()) {
        // Not through a word: back to the last space, unless that leaves little.
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), to);
        if (space > from + maxChars / 2)
            to = space;
    }
    QString out;
    if (from > 0)
        out += u'…';
    qsizetype at = from;
    for (const auto &m : std::as_const(matches)) {
        if (m.end <= from)
            continue;
        if (m.start >= to)
            break;
        const qsizetype start = std::max(m.start, from), end = std::min(m.end, to);
        out += text.mid(at, start - at).toHtmlEscaped();
        out += QStringLiteral("<b>") + text.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</b>");
        at = end;
    }
    out += text.mid(at, to - at).toHtmlEscaped();
    if (to < text.size())
        out += u'…';
    return out;
}

QString plain(const QString &snippet)
{
    QString out = snippet;
    out.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    // toHtmlEscaped's four, &amp; last.
    return out.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

}  // namespace SearchSnippet
