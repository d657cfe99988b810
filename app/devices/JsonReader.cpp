#include "JsonReader.h"

#include <QStringDecoder>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace {
int hexValue(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
}  // namespace

JsonReader::JsonReader(QByteArrayView json)
    : m_p(json.data())
    , m_end(json.data() + json.size())
{
    if (json.startsWith("\xEF\xBB\xBF"))  // a UTF-8 byte order mark, which QJsonDocument skips too
        m_p += 3;
}

// ASCII without escapes, all a sensor sends, is one Latin-1 copy.
bool JsonReader::string(QString *out)
{
    if (!take('"'))
        return false;
    QByteArrayView plain;
    if (plainString(&plain)) {
        if (out)
            out->assign(QLatin1StringView(plain));  // reuses out's buffer when it can
        return true;
    }
    QString scratch;
    return escapedString(out ? out : &scratch);
}

bool JsonReader::key(QByteArrayView *key)
{
    if (!take('"'))
        return false;
    if (!plainString(key)) {
        if (!escapedString(&m_keyScratch))
            return false;
        const bool ascii = std::all_of(m_keyScratch.cbegin(), m_keyScratch.cend(), [](QChar c) { return c.unicode() < 0x80; });
        m_keyLatin1 = ascii ? m_keyScratch.toLatin1() : QByteArray();
        *key = m_keyLatin1;
    }
    return take(':');
}

// QJsonDocument's number shape: a '-', then one '0' or any digits, a fraction and an exponent
// whose digits may be missing; it must then convert: some digit before the exponent, digits in
// the exponent if there is one, within a double's range (std::from_chars: exact, no locale).
bool JsonReader::number(double *out)
{
    peek();
    const char *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    qsizetype mantissaDigits = 0;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
        mantissaDigits = 1;
    } else {
        mantissaDigits = digits();
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        mantissaDigits += digits();
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (digits() == 0)
            return false;
    }
    if (mantissaDigits == 0)
        return false;
    const auto [end, error] = std::from_chars(start, m_p, *out);
    if (error != std::errc() || end != m_p)
        return false;  // also past a double's range, either way
    if (*out == 0)
        *out = 0;  // -0 reads as 0: QJsonDocument stores integral numbers as integers
    return true;
}

bool JsonReader::literal(const char *word)
{
    peek();
    const qsizetype n = qsizetype(std::strlen(word));
    if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
        return false;
    m_p += n;
    return true;
}

bool JsonReader::skipValue(int depth)
{
    double ignored = 0;
    switch (peek()) {
    case '"':
        return string(nullptr);
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    case '[':
        ++m_p;
        if (depth >= MaxDepth)
            return false;
        if (take(']'))
            return true;
        do {
            if (!skipValue(depth + 1))
                return false;
        } while (take(','));
        return take(']');
    case '{': {
        ++m_p;
        if (depth >= MaxDepth)
            return false;
        if (take('}'))
            return true;
        QByteArrayView name;
        do {
            if (!key(&name) || !skipValue(depth + 1))
                return false;
        } while (take(','));
        return take('}');
    }
    default:
        return number(&ignored);
    }
}

// The cursor is past an opening quote. If the string is ASCII without escapes up to its
// closing quote, *plain is its text and the cursor moves past it.
bool JsonReader::plainString(QByteArrayView *plain)
{
    const char *start = m_p;
    while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) < 0x80)
        ++m_p;
    if (m_p < m_end && *m_p == '"') {
        *plain = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    m_p = start;
    return false;
}

qsizetype JsonReader::digits()
{
    const char *start = m_p;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
        ++m_p;
    return m_p - start;
}

// The slow path: escapes and UTF-8, checked. As in QJsonDocument, control characters pass
// and an unknown escape stands for the character after the backslash. The cursor is on the
// first byte after the opening quote.
bool JsonReader::escapedString(QString *out)
{
    out->clear();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const char *run = m_p;
    const auto flushRun = [&] {
        if (m_p > run)
            out->append(utf8.decode(QByteArrayView(run, m_p - run)));
        return !utf8.hasError();
    };
    while (m_p < m_end) {
        const uchar c = uchar(*m_p);
        if (c == '"') {
            if (!flushRun())
                return false;
            ++m_p;
            return true;
        }
        if (c != '\\') {
            ++m_p;
            continue;
        }
        if (!flushRun() || m_end - m_p < 2)
            return false;
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"': out->append(u'"'); break;
        case '\\': out->append(u'\\'); break;
        case '/': out->append(u'/'); break;
        case 'b': out->append(u'\b'); break;
        case 'f': out->append(u'\f'); break;
        case 'n': out->append(u'\n'); break;
        case 'r': out->append(u'\r'); break;
        case 't': out->append(u'\t'); break;
        case 'u': {
            if (m_end - m_p < 4)
                return false;
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = hexValue(m_p[i]);
                if (h < 0)
                    return false;
                unit = char16_t(unit << 4 | h);
            }
            m_p += 4;
            out->append(QChar(unit));
            break;
        }
        default:
            out->append(QChar(char16_t(uchar(e))));
            break;
        }
        run = m_p;
    }
    return false;  // no closing quote
}
