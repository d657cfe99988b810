#include "LinnetReceiver.h"

#include "ItemStats.h"
#include "SenmlItem.h"
#include "ToolIo.h"
#include "account/Account.h"
#include "devices/DeviceController.h"
#include "devices/ReadingStore.h"

LinnetReceiver::LinnetReceiver(Account *account, ItemStats *stats, QObject *parent)
    : QObject(parent)
    , m_account(account)
{
    // One sample per item: the record that carries bt. Called on the appending thread right
    // after the batch is stored, so "now" is the store time.
    const QString suffix = QLatin1Char(':') + Senml::FirstRecord.toString();
    account->readings()->setObserver([stats, suffix](const QString &, const QString &, const QList<Reading> &batch) {
        const double nowMs = double(wallClockUs()) / 1000.0;
        for (const Reading &reading : batch) {
            if (reading.series.endsWith(suffix))
                stats->add(nowMs - double(reading.timeMs));
        }
    });
    DeviceController *devices = account->devices();
    connect(devices, &DeviceController::subscribed, this, [this](const QString &, const QString &) { Q_EMIT subscribed(); });
    connect(devices, &DeviceController::subscriptionFailed, this,
            [this](const QString &, const QString &, const QString &error) { Q_EMIT failed(error); });
}

void LinnetReceiver::subscribe(const QString &service, const QString &node)
{
    m_account->devices()->subscribe(service, node);
}
