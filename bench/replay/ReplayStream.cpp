#include "ReplayStream.h"

#include "SenmlItem.h"

#include <QUuid>

namespace {
// A notification exactly as Prosody 13 wrote it in a bench run (LINNET_BENCH_XMPP_LOG=1 on the
// anchor): single quotes, a 24-character id, the bare JID in 'to', attributes in Lua's hash
// order, and Prosody's XEP-0198 <r/> after each burst of stanzas.
QByteArray notification(const ReplayStreamSpec &spec, int seq, qint64 btMs)
{
    static const QByteArray idChars = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
    QByteArray id(24, 'x');
    quint64 x = 0x9E3779B97F4A7C15ull * quint64(seq + 1);
    for (char &c : id) {
        c = idChars.at(qsizetype(x % 64));
        x = x / 64 + 0x2545F4914F6CDD1Dull * quint64(seq + 7);
    }
    const double temp = 18.0 + double(seq % 80) / 10.0;
    const double hum = 40.0 + double(seq % 200) / 10.0;
    const double pressure = 101000.0 + double(seq % 700) / 2.0;
    const QString bt = QString::number(btMs / 1000) + QLatin1Char('.') + QString::number(btMs % 1000).rightJustified(3, QLatin1Char('0'));
    return QStringLiteral("<message type='headline' id='%1' to='%2' from='%3'>"
                          "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='%4'><item id='%5'>"
                          "<sensml xmlns='%6'>"
                          "<senml n='%7' bn='%4:' u='Cel' v='%8' bt='%9'/>"
                          "<senml u='%RH' n='hum' v='%10'/>"
                          "<senml u='Pa' n='pressure' v='%11'/>"
                          "</sensml></item></items></event></message>")
        .arg(QString::fromLatin1(id), spec.to, spec.service, spec.node, QString::number(seq), Senml::Namespace.toString(),
             Senml::FirstRecord.toString(), QString::number(temp, 'f', 1), bt)
        .arg(QString::number(hum, 'f', 1), QString::number(pressure, 'f', 1))
        .toUtf8();
}
}  // namespace

QByteArray replayStream(const ReplayStreamSpec &spec)
{
    QByteArray out = QStringLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                                    "xmlns:stream='http://etherx.jabber.org/streams' id='%1' version='1.0' "
                                    "from='%2' xml:lang='en'>")
                         .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), spec.domain)
                         .toUtf8();
    const qint64 btMs = 1748779200123;
    out.reserve(out.size() + qsizetype(spec.items) * 480);
    for (int i = 0; i < spec.items; ++i) {
        out += notification(spec, i, btMs + i);
        if (i % 10 == 9)
            out += "<r xmlns='urn:xmpp:sm:3'/>";
    }
    return out;
}
