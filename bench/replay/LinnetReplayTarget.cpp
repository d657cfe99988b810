// Linnet's receive path for bench-replay. This is the file to change when the receive path's
// API changes.
#include "ReplayTarget.h"

#include "SenmlItem.h"
#include "devices/ReadingInterceptor.h"
#include "devices/ReadingStore.h"
#include "net/StanzaFramer.h"

namespace {

// What StreamBridge does with server bytes once TLS is off them: frame them, let the SenML
// interceptor consume the notifications into the ReadingStore, pass the rest (the stream
// header, the placeholders the interceptor leaves for stream management) to a sink that stands
// in for QXmpp's socket.
class LinnetTarget : public ReplayTarget
{
public:
    LinnetTarget(const QString &service, const QString &node)
        : m_store(std::make_shared<ReadingStore>(1000))
        , m_interceptor(m_store)
        , m_framer([this](StanzaFramer::Kind, QByteArrayView bytes) { m_toQXmpp += quint64(bytes.size()); })
    {
        m_interceptor.accept(service, node);
        m_framer.setInterceptor(&m_interceptor);
    }
    QString mode() const override { return QStringLiteral("linnet"); }
    bool feed(QByteArrayView bytes) override { return m_framer.feed(bytes); }
    quint64 itemsDone() const override { return m_store->totalStored() / Senml::RecordsPerItem; }
    QString error() const override { return m_framer.errorString(); }

private:
    std::shared_ptr<ReadingStore> m_store;
    ReadingInterceptor m_interceptor;
    StanzaFramer m_framer;
    quint64 m_toQXmpp = 0;
};

}  // namespace

std::unique_ptr<ReplayTarget> makeLinnetTarget(const QString &service, const QString &node)
{
    return std::make_unique<LinnetTarget>(service, node);
}
