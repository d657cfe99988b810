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
    m_tiles->setCommandsProvider([owner] { return owner->commands(); });
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

QString Dashboard::pinCommand(const QString &jid, const QString &node, const QString &name, const QString &control,
                              const QString &field, const QVariantMap &values, double min, double max, double step)
{
    const auto parsed = controlFromName(control);
    if (!parsed)
        return {};
    CommandRef command;
    command.jid = jid.trimmed();
    command.node = node;
    command.name = name;
    command.control = *parsed;
    command.field = command.control == CommandRef::Control::Button ? QString() : field;
    command.min = min;
    command.max = max;
    command.step = step;
    // As the file keeps them: strings, or string lists for multi-valued fields.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it->isValid() || it->isNull())
            continue;
        if (it->typeId() == QMetaType::Bool)
            command.values.insert(it.key(), it->toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        else if (it->typeId() == QMetaType::QStringList || it->typeId() == QMetaType::QVariantList)
            command.values.insert(it.key(), it->toStringList());
        else
            command.values.insert(it.key(), it->toString());
    }
    const bool slider = command.control == CommandRef::Control::Slider;
    const int index = m_tiles->addCommandTile(name.isEmpty() ? node : name, command, slider ? 4 : 3, 2);
    if (index < 0) {
        qCWarning(lcDashboards) << "Could not pin the command" << node << "of" << jid << "to" << m_name;
        return {};
    }
    qCInfo(lcDashboards) << "Pinned the command" << node << "of" << jid << "to" << m_name << "as a" << control;
    return m_tiles->tiles().at(index).id;
}
