// Linnet's receive path as the bench measures it: the Account's own DeviceController and
// ReadingStore (readings arrive through StreamBridge's framer and the SenML interceptor), with
// the store's observer timing every item at store time. This class is the seam: when Linnet's
// wiring changes, only LinnetReceiver.cpp changes.
#pragma once

#include <QObject>

class Account;
class ItemStats;

class LinnetReceiver : public QObject
{
    Q_OBJECT
public:
    LinnetReceiver(Account *account, ItemStats *stats, QObject *parent = nullptr);

    // What is measured, for the table ("linnet", or what stands in for a missing piece).
    QString mode() const { return QStringLiteral("linnet"); }
    void subscribe(const QString &service, const QString &node);

Q_SIGNALS:
    void subscribed();
    void failed(const QString &error);

private:
    Account *m_account;
};
