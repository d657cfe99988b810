// StanzaFramer's judgement of what it reads beyond QXmlStreamReader's own checks (the stream's
// root, nesting depth, namespace declarations) and how it reports a failure.
#include "net/StanzaFramer.h"

using namespace Qt::StringLiterals;

namespace {
constexpr auto kStreamsNs = "http://etherx.jabber.org/streams"_L1;
}  // namespace

bool StanzaFramer::acceptStreamRoot()
{
    if (m_reader.name() != "stream"_L1 || m_reader.namespaceUri() != kStreamsNs) {
        fail(u"the stream starts with <%1> (namespace '%2') instead of <stream:stream>"_s
                 .arg(m_reader.qualifiedName(), m_reader.namespaceUri()),
             m_frameStart);
        return false;
    }
    m_rootTag = '<' + m_reader.qualifiedName().toUtf8();
    return true;
}

// Within the byte limit a stanza could nest millions of levels deep, and whoever walks it next
// (the interceptor, QXmpp's DOM, partly by recursion) pays per level: stop at the limit.
bool StanzaFramer::checkDepth()
{
    if (m_depth - 1 <= m_maxDepth) // m_depth counts the stream root
        return true;
    fail(u"an element exceeds the nesting depth limit of %1 levels"_s.arg(m_maxDepth),
         byteAtUnit(m_reader.characterOffset()));
    return false;
}

// With namespace processing on, QXmlStreamReader takes xmlns='a' xmlns='a' on one element
// without complaint, but XML 1.0 forbids any attribute twice, xmlns ones too: a stanza like that
// is malformed, and the inspector's copy of it would not parse (found by fuzz_payload).
bool StanzaFramer::checkNamespaceDeclarations()
{
    const auto declarations = m_reader.namespaceDeclarations();
    for (qsizetype i = 1; i < declarations.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (declarations.at(i).prefix() == declarations.at(j).prefix()) {
                fail(u"malformed XML (the namespace prefix '%1' is declared twice on one element)"_s.arg(declarations.at(i).prefix()),
                     byteAtUnit(m_reader.characterOffset()));
                return false;
            }
        }
    }
    return true;
}

void StanzaFramer::failXml()
{
    // The reader's offset is where it noticed the problem, close enough for a diagnosis.
    fail(u"malformed XML (%1)"_s.arg(m_reader.errorString()), byteAtUnit(m_reader.characterOffset()));
}

void StanzaFramer::fail(const QString &what, qint64 at)
{
    if (m_state == State::InStanza && m_interceptor)
        m_interceptor->reset();
    m_error = u"XMPP stream error at byte %1: %2"_s.arg(at).arg(what);
    m_state = State::Failed;
    releaseBuffers(); // an error is final: nothing may stay buffered
}
