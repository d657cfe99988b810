// A tiny DNS server for tests: UDP on 127.0.0.1 (a free port unless asked for one), answering
// SRV, A and AAAA queries from a table the test fills. A name it does not know gets NXDOMAIN; a
// known name without records of the asked type gets an empty answer (NOERROR, no data). Names
// are matched without case and without a trailing dot.
//
//   TestDns dns;
//   QVERIFY2(dns.start(&error), qPrintable(error));
//   dns.addSrv("_xmpp-client._tcp.linnet.test", {.target = "linnet.test", .port = 5222});
//   settings.nameserver = dns.nameserver();  // "127.0.0.1:PORT"
//
// It answers on the thread it lives on, so the test's event loop must run (QTRY_*, QSignalSpy::wait);
// QDnsLookup queries from its own threads. No TCP: keep answers under 1,200 bytes.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QUdpSocket;

class TestDns : public QObject
{
    Q_OBJECT
public:
    struct Srv {
        QString target;  // "." : the service is decidedly not available (RFC 2782)
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
    };

    explicit TestDns(QObject *parent = nullptr);
    ~TestDns() override;

    bool start(QString *error = nullptr, quint16 port = 0);
    quint16 port() const;
    QString nameserver() const;  // "127.0.0.1:PORT", the form ConnectionSettings::nameserver takes

    void addSrv(const QString &name, const Srv &record);
    void addAddress(const QString &name, const QHostAddress &address);  // A or AAAA by protocol
    void remove(const QString &name);                                     // NXDOMAIN again
    void clear();
    // Answer queries for name only after ms milliseconds (a slow resolver: stale-answer tests).
    void setDelay(const QString &name, int ms);

    int queryCount(const QString &name) const;  // queries received for name, any type

Q_SIGNALS:
    void answered(const QString &name, quint16 type);  // after the answer to a query left

private:
    struct Entry {
        QList<Srv> srv;
        QList<QHostAddress> addresses;
        int delayMs = 0;
    };
    void readPending();
    QByteArray answer(const QByteArray &query, QString *name, quint16 *type, int *delayMs);

    QUdpSocket *m_socket = nullptr;
    QHash<QString, Entry> m_entries;
    QHash<QString, int> m_queries;
};
