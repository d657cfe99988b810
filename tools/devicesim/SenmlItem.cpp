#include "SenmlItem.h"

#include <QXmlStreamWriter>

SenmlItem::SenmlItem(const QString &id, const QString &baseName, qint64 publishMs, quint64 sequence)
    : QXmppPubSubBaseItem(id)
    , m_baseName(baseName)
    , m_publishMs(publishMs)
    , m_sequence(sequence)
{
}

namespace {
// Integer milliseconds to "s.mmm" without going through a double, so the text is exact.
QString secondsText(qint64 ms)
{
    return QString::number(ms / 1000) + QLatin1Char('.') + QString::number(ms % 1000).rightJustified(3, QLatin1Char('0'));
}
}  // namespace

void SenmlItem::serializePayload(QXmlStreamWriter *writer) const
{
    // Values drift with the sequence so a chart of them is not a flat line. The first record's
    // value is unique within 80,000 items: a burst of publishes can share a millisecond, and a
    // store drops a reading it holds already (same series, time and value) as a duplicate.
    const double temp = 18.0 + double(m_sequence % 80000) / 10000.0;
    const double hum = 40.0 + double(m_sequence % 200) / 10.0;
    const double pressure = 101000.0 + double(m_sequence % 700) / 2.0;

    writer->writeStartElement(QStringLiteral("sensml"));
    writer->writeDefaultNamespace(Senml::Namespace.toString());
    writer->writeStartElement(QStringLiteral("senml"));
    writer->writeAttribute(QStringLiteral("bn"), m_baseName);
    writer->writeAttribute(QStringLiteral("bt"), secondsText(m_publishMs));
    writer->writeAttribute(QStringLiteral("n"), Senml::FirstRecord.toString());
    writer->writeAttribute(QStringLiteral("u"), QStringLiteral("Cel"));
    writer->writeAttribute(QStringLiteral("v"), QString::number(temp, 'f', 4));
    writer->writeEndElement();
    writer->writeStartElement(QStringLiteral("senml"));
    writer->writeAttribute(QStringLiteral("n"), QStringLiteral("hum"));
    writer->writeAttribute(QStringLiteral("u"), QStringLiteral("%RH"));
    writer->writeAttribute(QStringLiteral("v"), QString::number(hum, 'f', 1));
    writer->writeEndElement();
    writer->writeStartElement(QStringLiteral("senml"));
    writer->writeAttribute(QStringLiteral("n"), QStringLiteral("pressure"));
    writer->writeAttribute(QStringLiteral("u"), QStringLiteral("Pa"));
    writer->writeAttribute(QStringLiteral("v"), QString::number(pressure, 'f', 1));
    writer->writeEndElement();
    writer->writeEndElement();
}
