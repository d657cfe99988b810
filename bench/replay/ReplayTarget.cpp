#include "ReplayTarget.h"

#include <QXmlStreamReader>

namespace {

// Tokenizes and counts top-level <message> elements; nothing else, so nothing XML-based can be
// faster on these bytes.
class FloorTarget : public ReplayTarget
{
public:
    QString mode() const override { return QStringLiteral("floor"); }

    bool feed(QByteArrayView bytes) override
    {
        m_reader.addData(bytes.toByteArray());
        while (true) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                    return true;  // the rest comes with the next chunk
                m_error = m_reader.errorString();
                return false;
            }
            if (token == QXmlStreamReader::StartElement)
                ++m_depth;
            else if (token == QXmlStreamReader::EndElement && --m_depth == 1 && m_reader.name() == u"message")
                ++m_items;  // depth 1: back at the stream root
        }
    }
    quint64 itemsDone() const override { return m_items; }
    QString error() const override { return m_error; }

private:
    QXmlStreamReader m_reader;
    int m_depth = 0;
    quint64 m_items = 0;
    QString m_error;
};

}  // namespace

std::unique_ptr<ReplayTarget> makeFloorTarget()
{
    return std::make_unique<FloorTarget>();
}
