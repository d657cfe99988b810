#include "CsvExport.h"

#include "devices/ReadingStore.h"
#include "timeseries/Sample.h"

#include <QDateTime>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

namespace CsvExport {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool write(const QString &path, const std::shared_ptr<ReadingStore> &store, const QList<Column> &columns,
           qint64 fromMs, qint64 toMs, const std::function<void(double)> &progress, QString *error)
{
    struct Row {
        qint64 timeMs;
        qsizetype column;
        double value;
    };
    std::vector<Row> rows;
    QStringList units;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const auto &ref = columns.at(c).series;
        QString unit;
        for (const auto &info : store->seriesInfo(ref.service, ref.node)) {
            if (info.name == ref.name)
                unit = info.unit;
        }
        units << field(unit);
        for (const auto &sample : store->samples(ref.service, ref.node, ref.name, fromMs, toMs))
            rows.push_back({sample.timeMs, c, sample.value});
    }
    // One time line over all series; a tie keeps the tile's series order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.timeMs < b.timeMs; });

    QList<QByteArray> prefixes;  // ",device,name,unit," per column
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString prefix = QLatin1Char(',') + field(columns.at(c).device) + QLatin1Char(',')
            + field(columns.at(c).series.name) + QLatin1Char(',') + units.at(c) + QLatin1Char(',');
        prefixes << prefix.toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write("time,device,name,unit,value\n");
    QByteArray chunk;
    const size_t step = std::max<size_t>(1, rows.size() / 100);
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto &row = rows[i];
        chunk += QDateTime::fromMSecsSinceEpoch(row.timeMs, QTimeZone::UTC).toString(Qt::ISODateWithMs).toUtf8();
        chunk += prefixes.at(row.column);
        // Shortest text that reads back as the same double; C locale (a '.' decimal point).
        chunk += QByteArray::number(row.value, 'g', QLocale::FloatingPointShortest);
        chunk += '\n';
        if (chunk.size() > 1 << 16) {
            if (file.write(chunk) < 0)
                break;
            chunk.clear();
        }
        if (progress && (i + 1) % step == 0)
            progress(double(i + 1) / double(rows.size()));
    }
    file.write(chunk);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    if (progress)
        progress(1.0);
    return true;
}

}  // namespace CsvExport
