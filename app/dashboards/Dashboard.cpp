#include "Dashboard.h"

#include "CsvExport.h"
#include "DashboardsModel.h"
#include "TilesModel.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QThreadPool>

using namespace Dashboards;

Dashboard::Dashboard(const DashboardData &data, DashboardsModel *owner)
    : QObject(owner)
    , m_owner(owner)
    , m_name(data.name)
    , m_retentionMs(data.retentionMs)
    , m_tiles(new TilesModel(this))
{
    m_tiles->setTiles(data.tiles);
    connect(m_tiles, &TilesModel::changed, this, &Dashboard::changed);
    connect(m_tiles, &TilesModel::alertChanged, this, &Dashboard::alertChanged);
}

Dashboard::~Dashboard() = default;

void Dashboard::setRetentionMs(qint64 ms)
{
    if (ms <= 0 || ms == m_retentionMs)
        return;
    m_retentionMs = ms;
    Q_EMIT retentionChanged();
    Q_EMIT changed();
}

bool Dashboard::hasAlert() const
{
    for (const auto &tile : m_tiles->tiles()) {
        if (m_tiles->isAlert(tile.id))
            return true;
    }
    return false;
}

DashboardData Dashboard::data() const
{
    return {m_name, m_retentionMs, m_tiles->tiles()};
}

bool Dashboard::exportCsv(const QString &tileId, const QUrl &file, bool allHistory)
{
    const auto tile = m_tiles->tile(tileId);
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto &context = m_owner->context();
    if (!tile || m_exporting || path.isEmpty() || !context.store)
        return false;
    QList<CsvExport::Column> columns;
    for (const auto &ref : tile->series)
        columns << CsvExport::Column{ref, context.device(ref.service, ref.node)};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 fromMs = allHistory ? std::numeric_limits<qint64>::min() : now - tile->windowMs;
    const qint64 toMs = allHistory ? std::numeric_limits<qint64>::max() : now;
    m_exporting = true;
    Q_EMIT exportingChanged();
    QPointer<Dashboard> self(this);
    auto store = context.store;
    QThreadPool::globalInstance()->start([self, store, columns, fromMs, toMs, path, tileId] {
        QString error;
        double reported = -1;
        const auto progress = [&](double fraction) {
            // At most a hundred progress events, whatever the row count.
            if (fraction - reported < 0.01 && fraction < 1.0)
                return;
            reported = fraction;
            QMetaObject::invokeMethod(self, [self, tileId, fraction] {
                if (self)
                    Q_EMIT self->csvProgress(tileId, fraction);
            }, Qt::QueuedConnection);
        };
        const bool ok = CsvExport::write(path, store, columns, fromMs, toMs, progress, &error);
        QMetaObject::invokeMethod(self, [self, tileId, ok, path, error] {
            if (!self)
                return;
            self->m_exporting = false;
            Q_EMIT self->exportingChanged();
            if (ok)
                qCInfo(lcDashboards) << "Exported tile" << tileId << "to" << path;
            else
                qCWarning(lcDashboards) << "Exporting tile" << tileId << "to" << path << "failed:" << error;
            Q_EMIT self->csvFinished(tileId, ok, ok ? path : error);
        }, Qt::QueuedConnection);
    });
    return true;
}
