// A real ReadingStore and a DashboardsModel around it, with the device side (C4) played by the
// test: which nodes are unavailable, what got subscribed.
#pragma once

#include "dashboards/DashboardsModel.h"
#include "devices/Reading.h"
#include "devices/ReadingStore.h"

#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

struct DashboardFixture {
    std::shared_ptr<ReadingStore> store = std::make_shared<ReadingStore>(2'000'000);
    QSet<QString> offlineNodes;
    QList<std::pair<QString, QString>> subscribed;

    DashboardContext context()
    {
        return {store,
                [this](const QString &, const QString &node) { return !offlineNodes.contains(node); },
                [this](const QString &service, const QString &node) { subscribed << std::pair{service, node}; },
                [](const QString &, const QString &node) { return node + QStringLiteral("@demo.linnet"); },
                {}};
    }
    std::unique_ptr<DashboardsModel> model() { return std::make_unique<DashboardsModel>(context()); }

    // One reading per (time, value), series "NODE:NAME".
    void append(const QString &node, const QString &name, const QString &unit,
                const QList<std::pair<qint64, double>> &samples)
    {
        QList<Reading> batch;
        for (const auto &[timeMs, value] : samples)
            batch << Reading{node + QLatin1Char(':') + name, unit, value, timeMs};
        store->append(QStringLiteral("pubsub.test"), node, batch);
    }
};

inline const QString TestService = QStringLiteral("pubsub.test");
