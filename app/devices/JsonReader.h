// A JSON pull reader over UTF-8 bytes, without a document tree: the caller walks the structure
// it expects (take('['), key(), string(), number()) and skips the rest (skipValue()), which is
// still checked. It accepts and refuses exactly what QJsonDocument does, leniencies included
// (numbers such as 1. or .5, control characters in strings, unknown escapes), so what devices
// may send did not change when it replaced it; tst_senmljson compares the two. The cost is a
// fraction: no tree, no key lookups, ASCII strings in one copy.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class JsonReader
{
public:
    // QJsonDocument's limit too: deeper nesting is refused, not followed down the stack.
    static constexpr int MaxDepth = 1024;

    explicit JsonReader(QByteArrayView json);

    // The next byte after white space; '\0' at the end (a NUL byte is never valid there either).
    char peek()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
        return m_p < m_end ? *m_p : '\0';
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    bool atEnd() { return peek() == '\0' && m_p == m_end; }

    // A string at the cursor into *out (nullptr: checked only).
    bool string(QString *out);
    // An object key and its colon; *key holds it as ASCII bytes (empty if it is not ASCII, so
    // it matches no plain key), valid until the next call.
    bool key(QByteArrayView *key);
    // A number; one past a double's range (1e999, 1e-999) is refused, as QJsonDocument does.
    bool number(double *out);
    // true, false or null at the cursor.
    bool literal(const char *word);
    // Any value, checked and passed over; depth is that of the value's container.
    bool skipValue(int depth);

private:
    bool plainString(QByteArrayView *plain);
    qsizetype digits();
    bool escapedString(QString *out);

    const char *m_p;
    const char *m_end;
    QString m_keyScratch;
    QByteArray m_keyLatin1;
};
