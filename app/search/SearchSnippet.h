// The text a search result shows: a stretch of the message around its first match, as escaped
// rich text (Qt's StyledText) with the matching words in bold. Matching is the store's
// (MessageStoreWriter::ftsQuery): every word of the query is a prefix of a word of the body,
// case and diacritics ignored ("cafe" emphasises "Café's"... up to the apostrophe).
#pragma once

#include <QString>
#include <QStringList>

namespace SearchSnippet {
// The query's words as the body's words are compared with them: letter/number runs, folded.
QStringList terms(const QString &query);
// Lower case, compatibility-decomposed, combining marks dropped.
QString fold(const QString &text);
// Rich text of at most about maxChars characters of body; "…" where it was cut.
QString build(const QString &body, const QStringList &terms, int maxChars = 140);
// What build() made, as plain text (for accessible names).
QString plain(const QString &snippet);
}  // namespace SearchSnippet
