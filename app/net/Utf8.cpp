#include "net/Utf8.h"

namespace Utf8 {


qsizetype validPrefix(QByteArrayView bytes, bool *invalid)
{
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        while (n - i >= 8 && allAscii(p + i))
            i += 8;
        if (i == n)
            break;
        const auto c = uchar(p[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 2;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            *invalid = true;
            return i;
        }
        for (qsizetype k = 1; k < length; ++k) {
            if (i + k == n)
                return i; // incomplete: the rest comes with the next read
            const auto d = uchar(p[i + k]);
            if (d < (k == 1 ? low : 0x80) || d > (k == 1 ? high : 0xBF)) {
                *invalid = true;
                return i;
            }
        }
        i += length;
    }
    return i;
}

}  // namespace Utf8
