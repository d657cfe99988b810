#include "TestDns.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>
#include <QUrl>
#include <QtEndian>

namespace {
enum : quint16 { TypeA = 1, TypeAAAA = 28, TypeSrv = 33, ClassIn = 1 };
enum : quint8 { NoError = 0, FormatError = 1, NameError = 3 };
constexpr int HeaderSize = 12;
constexpr quint32 Ttl = 60;

QString normalized(const QString &name)
{
    QString n = name.toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

void append16(QByteArray *out, quint16 value)
{
    out->append(char(value >> 8));
    out->append(char(value & 0xff));
}

void append32(QByteArray *out, quint32 value)
{
    append16(out, quint16(value >> 16));
    append16(out, quint16(value & 0xffff));
}

// Uncompressed wire form; "." and "" are the root.
QByteArray encodeName(const QString &name)
{
    QByteArray out;
    const QByteArray ace = QUrl::toAce(normalized(name));
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty())
            continue;
        out.append(char(label.size()));
        out.append(label);
    }
    out.append('\0');
    return out;
}

void appendRecord(QByteArray *out, quint16 type, const QByteArray &rdata)
{
    append16(out, 0xc000 | HeaderSize);  // the name: a pointer to the question's
    append16(out, type);
    append16(out, ClassIn);
    append32(out, Ttl);
    append16(out, quint16(rdata.size()));
    out->append(rdata);
}
}  // namespace

TestDns::TestDns(QObject *parent)
    : QObject(parent)
{
}

TestDns::~TestDns() = default;

bool TestDns::start(QString *error, quint16 port)
{
    if (m_socket)
        return true;
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("TestDns: cannot bind 127.0.0.1:%1: %2").arg(port).arg(m_socket->errorString());
        delete m_socket;
        m_socket = nullptr;
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &TestDns::readPending);
    return true;
}

quint16 TestDns::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

QString TestDns::nameserver() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

void TestDns::addSrv(const QString &name, const Srv &record)
{
    m_entries[normalized(name)].srv.append(record);
}

void TestDns::addAddress(const QString &name, const QHostAddress &address)
{
    m_entries[normalized(name)].addresses.append(address);
}

void TestDns::remove(const QString &name)
{
    m_entries.remove(normalized(name));
}

void TestDns::clear()
{
    m_entries.clear();
}

void TestDns::setDelay(const QString &name, int ms)
{
    m_entries[normalized(name)].delayMs = ms;
}

int TestDns::queryCount(const QString &name) const
{
    return m_queries.value(normalized(name));
}

void TestDns::readPending()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        QString name;
        quint16 type = 0;
        int delayMs = 0;
        const QByteArray reply = answer(datagram.data(), &name, &type, &delayMs);
        if (reply.isEmpty())
            continue;  // not even a header: nothing to answer
        auto send = [this, reply, to = datagram.senderAddress(), port = datagram.senderPort(), name, type] {
            if (!m_socket)
                return;
            m_socket->writeDatagram(reply, to, port);
            Q_EMIT answered(name, type);
        };
        if (delayMs > 0)
            QTimer::singleShot(delayMs, this, send);
        else
            send();
    }
}

// The reply to one query (RFC 1035 4.1): the question echoed, then the records of its type.
QByteArray TestDns::answer(const QByteArray &query, QString *name, quint16 *type, int *delayMs)
{
    if (query.size() < HeaderSize || (quint8(query[2]) & 0x80))
        return {};  // too short, or itself a response
    const auto *data = reinterpret_cast<const uchar *>(query.constData());
    const quint16 questions = qFromBigEndian<quint16>(data + 4);

    // The question's name, labels only (queries carry no compression).
    qsizetype offset = HeaderSize;
    QStringList labels;
    bool valid = questions == 1;
    while (valid) {
        if (offset >= query.size()) {
            valid = false;
            break;
        }
        const int length = data[offset++];
        if (length == 0)
            break;
        if (length > 63 || offset + length > query.size()) {
            valid = false;
            break;
        }
        labels.append(QUrl::fromAce(query.mid(offset, length)));
        offset += length;
    }
    valid = valid && offset + 4 <= query.size();

    QByteArray reply = query.left(HeaderSize);
    reply[2] = char(0x84 | (quint8(query[2]) & 0x01));  // QR, AA; RD echoed; opcode QUERY
    reply[3] = char(0x80);                                // RA
    if (!valid) {
        reply[3] = char(0x80 | FormatError);
        reply.replace(4, 8, QByteArray(8, '\0'));
        return reply;
    }
    *name = normalized(labels.join(QLatin1Char('.')));
    *type = qFromBigEndian<quint16>(data + offset);
    offset += 4;
    ++m_queries[*name];

    QByteArray records;
    quint16 count = 0;
    const auto entry = m_entries.constFind(*name);
    if (entry != m_entries.constEnd()) {
        *delayMs = entry->delayMs;
        if (*type == TypeSrv) {
            for (const Srv &srv : entry->srv) {
                QByteArray rdata;
                append16(&rdata, srv.priority);
                append16(&rdata, srv.weight);
                append16(&rdata, srv.port);
                rdata.append(encodeName(srv.target));
                appendRecord(&records, TypeSrv, rdata);
                ++count;
            }
        } else if (*type == TypeA || *type == TypeAAAA) {
            for (const QHostAddress &address : entry->addresses) {
                QByteArray rdata;
                if (*type == TypeA && address.protocol() == QAbstractSocket::IPv4Protocol) {
                    append32(&rdata, address.toIPv4Address());
                } else if (*type == TypeAAAA && address.protocol() == QAbstractSocket::IPv6Protocol) {
                    const Q_IPV6ADDR v6 = address.toIPv6Address();
                    rdata = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
                } else {
                    continue;
                }
                appendRecord(&records, *type, rdata);
                ++count;
            }
        }
    }
    if (entry == m_entries.constEnd() || (entry->srv.isEmpty() && entry->addresses.isEmpty()))
        reply[3] = char(0x80 | NameError);
    else
        reply[3] = char(0x80 | NoError);

    // Header counts: one question, the answers, nothing else (the query's EDNS record is not echoed).
    reply.replace(4, 8, QByteArray(8, '\0'));
    auto *header = reinterpret_cast<uchar *>(reply.data());
    qToBigEndian<quint16>(1, header + 4);
    qToBigEndian<quint16>(count, header + 6);
    reply.append(query.mid(HeaderSize, offset - HeaderSize));
    reply.append(records);
    return reply;
}
