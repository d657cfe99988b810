// What the receive path's fast lane (ReadingInterceptor, on the receive thread) consumed, for the
// session's XmppTraceTap (GUI thread). QXmpp only sees a placeholder for such a stanza, so the
// tap, which records what QXmpp logs, would show `message headline` instead of the item. While
// the tap records, the fast lane keeps each consumed stanza here and hands QXmpp a placeholder
// that names it (an id); the tap swaps the stanza in where QXmpp logs that placeholder, so it
// lands in the trace in stream order without any ordering of its own. (Posting events straight
// into the ProtocolTrace from the receive thread would put them ahead of the stanzas QXmpp has
// not read yet: it may be megabytes behind.) While not recording, the fast lane asks one
// relaxed atomic per headline and keeps nothing.
//
// Header-only: the fuzz target compiles ReadingInterceptor.cpp without the inspector's sources.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>
#include <QXmlStreamReader>

#include <atomic>
#include <deque>
#include <optional>
#include <utility>

class FastLaneTrace
{
public:
    // What QXmpp gets for a consumed stanza while nothing records: still a stanza, so XEP-0198
    // counts it.
    static QByteArray plainPlaceholder() { return QByteArrayLiteral("<message xmlns='jabber:client' type='headline'/>"); }

    // A consumed stanza. readings: stored from it; refused: records or items refused;
    // duplicate: another session of the account had stored it already (nothing stored or
    // counted again).
    struct Taken {
        QString stanza;   // as StanzaCapture wrote it back
        QString service;  // the notification's sender
        QString node;
        QString items;  // the item ids, space-separated
        qsizetype readings = 0;
        quint64 refused = 0;
        bool duplicate = false;
    };
    // Bounds on what waits for QXmpp to log its placeholder (QXmpp may be up to the bridge's
    // MaxPendingToLocal, some 40,000 placeholders, behind the receive thread in a flood): the
    // oldest go first, and their placeholders then show as items not kept.
    static constexpr qsizetype MaxPending = 20000;
    static constexpr qsizetype MaxPendingChars = 8 * 1024 * 1024;

    FastLaneTrace()
        // The ids carry 64 bits from the system's random source, so a stanza from the server
        // cannot pose as a placeholder: it never sees one, and cannot guess one.
        : m_prefix(QStringLiteral("<message xmlns='jabber:client' type='headline' id='fastlane-%1-")
                       .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')))
    {
    }
    Q_DISABLE_COPY_MOVE(FastLaneTrace)

    // Any thread; the fast lane asks once per candidate stanza.
    bool isRecording() const { return m_recording.load(std::memory_order_relaxed); }
    // The tap, as it starts and stops recording. Off forgets what is kept: nobody will claim it.
    void setRecording(bool on)
    {
        std::deque<Pending> gone;
        QMutexLocker lock(&m_mutex);
        m_recording.store(on, std::memory_order_relaxed);
        if (!on) {
            gone.swap(m_pending);
            m_pendingChars = 0;
        }
        lock.unlock();  // `gone` is freed outside the lock
    }

    // Receive thread: keeps the stanza and returns the placeholder QXmpp gets for it (the plain
    // one if recording stopped meanwhile). Never waits for the GUI thread, only for a claim's
    // few pointer moves.
    QByteArray keep(Taken taken)
    {
        const qsizetype chars = size(taken);
        std::deque<Pending> gone;
        QMutexLocker lock(&m_mutex);
        if (!isRecording())
            return plainPlaceholder();
        const quint64 sequence = m_next++;
        m_pendingChars += chars;
        m_pending.push_back({sequence, chars, std::move(taken)});
        while (qsizetype(m_pending.size()) > MaxPending || m_pendingChars > MaxPendingChars) {
            m_pendingChars -= m_pending.front().chars;
            gone.push_back(std::move(m_pending.front()));
            m_pending.pop_front();
        }
        lock.unlock();
        return QString(m_prefix + QString::number(sequence) + QStringLiteral("'/>")).toUtf8();
    }

    // Whether this top-level element, as QXmpp logged it, is one of this lane's placeholders
    // (kept or not).
    bool isPlaceholder(QStringView element) const { return sequenceOf(element).has_value(); }

    // GUI thread: the stanza behind a placeholder, if still kept. Placeholders reach QXmpp in the
    // order they were made, so those kept before it will never be claimed (lost with a broken
    // link, or dropped by the server guard): they go.
    std::optional<Taken> claim(QStringView placeholder)
    {
        const auto sequence = sequenceOf(placeholder);
        if (!sequence)
            return std::nullopt;
        std::deque<Pending> gone;
        QMutexLocker lock(&m_mutex);
        while (!m_pending.empty() && m_pending.front().sequence < *sequence) {
            m_pendingChars -= m_pending.front().chars;
            gone.push_back(std::move(m_pending.front()));
            m_pending.pop_front();
        }
        if (m_pending.empty() || m_pending.front().sequence != *sequence)
            return std::nullopt;
        m_pendingChars -= m_pending.front().chars;
        Taken taken = std::move(m_pending.front().taken);
        m_pending.pop_front();
        return taken;
    }

    qsizetype pending() const
    {
        QMutexLocker lock(&m_mutex);
        return qsizetype(m_pending.size());
    }
    qsizetype pendingChars() const
    {
        QMutexLocker lock(&m_mutex);
        return m_pendingChars;
    }

private:
    struct Pending {
        quint64 sequence;
        qsizetype chars;
        Taken taken;
    };
    static qsizetype size(const Taken &t) { return t.stanza.size() + t.service.size() + t.node.size() + t.items.size(); }

    // The sequence number of a placeholder of ours: exactly prefix, digits, "'/>".
    std::optional<quint64> sequenceOf(QStringView element) const
    {
        static constexpr QStringView End = u"'/>";
        if (!element.startsWith(m_prefix) || !element.endsWith(End))
            return std::nullopt;
        const QStringView digits = element.sliced(m_prefix.size(), element.size() - m_prefix.size() - End.size());
        bool ok = false;
        const quint64 sequence = digits.toULongLong(&ok);
        if (!ok || digits.isEmpty() || !digits.front().isDigit())
            return std::nullopt;
        return sequence;
    }

    const QString m_prefix;
    std::atomic<bool> m_recording{false};
    mutable QMutex m_mutex;
    std::deque<Pending> m_pending;
    qsizetype m_pendingChars = 0;
    quint64 m_next = 0;
};

// Writes a stanza back as XML from the framer's tokens (the fast lane never holds its bytes):
// the same elements, attributes, namespace declarations and text, in the reader's spelling of
// names; quoting and empty-element form may differ from the wire. Bounded: past MaxChars the
// rest is left out and counted.
class StanzaCapture
{
public:
    static constexpr qsizetype MaxChars = 256 * 1024;

    void start()
    {
        m_text.clear();
        m_openTag = false;
        m_left = 0;
    }

    void token(const QXmlStreamReader &reader)
    {
        if (m_text.size() > MaxChars) {
            m_left += reader.isCharacters() ? reader.text().size() : 1;
            return;
        }
        if (reader.isEndElement() && m_openTag) {
            m_text += QStringLiteral("/>");
            m_openTag = false;
            return;
        }
        closeTag();
        if (reader.isStartElement()) {
            m_text += QLatin1Char('<');
            m_text += reader.qualifiedName();
            for (const auto &ns : reader.namespaceDeclarations()) {
                if (ns.prefix().isEmpty()) {
                    m_text += QStringLiteral(" xmlns=\"");
                } else {
                    m_text += QStringLiteral(" xmlns:");
                    m_text += ns.prefix();
                    m_text += QStringLiteral("=\"");
                }
                m_text += ns.namespaceUri().toString().toHtmlEscaped();
                m_text += QLatin1Char('"');
            }
            for (const auto &attribute : reader.attributes()) {
                m_text += QLatin1Char(' ');
                m_text += attribute.qualifiedName();
                m_text += QStringLiteral("=\"");
                m_text += attribute.value().toString().toHtmlEscaped();
                m_text += QLatin1Char('"');
            }
            m_openTag = true;
        } else if (reader.isEndElement()) {
            m_text += QStringLiteral("</");
            m_text += reader.qualifiedName();
            m_text += QLatin1Char('>');
        } else if (reader.isCharacters()) {
            m_text += reader.text().toString().toHtmlEscaped();
        }
    }

    QString finish()
    {
        closeTag();
        if (m_left)
            m_text += QStringLiteral("[… %1 more tokens or characters not kept]").arg(m_left);
        QString out = std::exchange(m_text, QString());
        start();
        return out;
    }

private:
    void closeTag()
    {
        if (std::exchange(m_openTag, false))
            m_text += QLatin1Char('>');
    }

    QString m_text;
    bool m_openTag = false;
    qsizetype m_left = 0;
};
