#include "TileSeriesBinding.h"

#include "Dashboard.h"
#include "DashboardsModel.h"
#include "TilesModel.h"
#include "devices/ReadingStore.h"

void TileSeriesBinding::bind(QObject *receiver, Dashboard *dashboard, const QString &tileId, int seriesIndex,
                             const std::function<void()> &changed, const std::function<void()> &tileChanged)
{
    for (const auto &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    m_connections.clear();
    m_ref = {};
    if (!dashboard)
        return;
    const auto tile = dashboard->tiles()->tile(tileId);
    if (tile && seriesIndex >= 0 && seriesIndex < tile->series.size()) {
        m_ref = tile->series.at(seriesIndex);
        auto *model = dashboard->owner();
        if (auto *store = model->context().store.get()) {
            m_connections << QObject::connect(store, &ReadingStore::readingsAdded, receiver,
                                              [this, changed](const QString &service, const QString &node) {
                                                  if (service == m_ref.service && node == m_ref.node)
                                                      changed();
                                              });
        }
        m_connections << QObject::connect(model, &DashboardsModel::nodeAvailabilityChanged, receiver, changed);
    }
    m_connections << QObject::connect(dashboard->tiles(), &TilesModel::tileChanged, receiver,
                                      [tileId, tileChanged](const QString &id) {
                                          if (id == tileId)
                                              tileChanged();
                                      });
}
