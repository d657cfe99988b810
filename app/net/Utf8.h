// Strict UTF-8 checking for the stream framer: Qt's decoder would replace bad bytes (and, fed
// byte by byte, could let them through), so the framer checks before QXmlStreamReader sees them.
#pragma once

#include <QByteArrayView>

#include <cstring>

namespace Utf8 {
// Whether the 8 bytes at p are all ASCII: lets scanners skip plain text a word at a time.
// Inline: it runs once per 8 bytes of everything the server sends.
inline bool allAscii(const char *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return !(word & 0x8080808080808080ull);
}

// Length of the longest prefix of `bytes` that is valid UTF-8 and ends on a sequence boundary
// (Unicode 15, table 3-7: no overlongs, surrogates or code points above U+10FFFF). *invalid is
// set if the prefix ends at an invalid sequence rather than at an incomplete one or the end.
qsizetype validPrefix(QByteArrayView bytes, bool *invalid);
}  // namespace Utf8
