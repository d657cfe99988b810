// What the tests' stand-in devices publish with: an item written verbatim (the test controls
// every byte), a one-record SenML pack, and node creation and publishing that wait for the
// server's answer. Plain QXmpp, so the device side never goes through Linnet's own code.
#pragma once

#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppPubSubBaseItem.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubNodeConfig.h>
#include <QXmppTask.h>

namespace PubSubTest {

class RawItem : public QXmppPubSubBaseItem
{
public:
    RawItem() = default;  // QXmpp's item parsing needs it
    explicit RawItem(QString payload)
        : m_payload(std::move(payload))
    {
    }
    void serializePayload(QXmlStreamWriter *writer) const override
    {
        QXmlStreamReader reader(m_payload);
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartDocument() && !reader.isEndDocument())
                writer->writeCurrentToken(reader);
        }
    }

private:
    QString m_payload;
};

// One SenML record: series baseName + name, in degrees Celsius, at timeMs.
inline QString senmlRecord(const QString &baseName, const QString &name, qint64 timeMs, double value)
{
    return QStringLiteral("<sensml xmlns='urn:ietf:params:xml:ns:senml'><senml bn='%1' n='%2' u='Cel' bt='%3' v='%4'/></sensml>")
        .arg(baseName, name, QString::number(double(timeMs) / 1000.0, 'f', 3), QString::number(value));
}

// Waits for a request's answer: "" on success, else why not.
template<typename Result>
QString awaitAnswer(QXmppTask<Result> &task, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return task.isFinished(); }, timeoutMs))
        return QStringLiteral("no answer");
    const auto *error = std::get_if<QXmppError>(&task.result());
    return error ? QStringLiteral("refused: ") + error->description : QString();
}

inline QString createNode(QXmppPubSubManager &pubsub, const QString &service, const QString &node,
                          const QString &title = {}, int timeoutMs = 20000)
{
    QXmppPubSubNodeConfig config;
    if (!title.isEmpty())
        config.setTitle(title);
    auto task = pubsub.createNode(service, node, config);
    return awaitAnswer(task, timeoutMs);
}

inline QString publish(QXmppPubSubManager &pubsub, const QString &service, const QString &node, const QString &payload,
                       int timeoutMs = 20000)
{
    auto task = pubsub.publishItem(service, node, RawItem(payload));
    return awaitAnswer(task, timeoutMs);
}

}  // namespace PubSubTest
