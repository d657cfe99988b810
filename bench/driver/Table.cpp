#include "Table.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace bench {

QString Table::note(const QString &text)
{
    const qsizetype existing = m_notes.indexOf(text);
    if (existing >= 0)
        return QStringLiteral("[%1]").arg(existing + 1);
    m_notes << text;
    return QStringLiteral("[%1]").arg(m_notes.size());
}

void Table::failed(const QString &scenario, const QString &why)
{
    add({scenario, QStringLiteral("not measured ") + note(why), {}, {}, Verdict::Failed});
}

bool Table::anyFailed() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.verdict == Verdict::Failed; });
}

QString Table::render() const
{
    auto verdictText = [](Verdict v) {
        switch (v) {
        case Verdict::Ok: return QStringLiteral("ok");
        case Verdict::Short: return QStringLiteral("short");
        case Verdict::Info: return QStringLiteral("-");
        case Verdict::Failed: return QStringLiteral("failed");
        case Verdict::NotApplicable: return QStringLiteral("n/a");
        }
        return QString();
    };
    QList<QStringList> cells{{QStringLiteral("scenario"), QStringLiteral("Linnet"), QStringLiteral("anchor (same run)"),
                              QStringLiteral("target"), QStringLiteral("ok/short")}};
    for (const Row &r : m_rows)
        cells << QStringList{r.scenario, r.linnet, r.anchor, r.target, verdictText(r.verdict)};
    QList<qsizetype> widths(5, 0);
    for (const auto &row : cells) {
        for (int c = 0; c < 5; ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString out;
    auto line = [&](const QStringList &row) {
        out += QLatin1Char('|');
        for (int c = 0; c < 5; ++c)
            out += QLatin1Char(' ') + row[c].leftJustified(widths[c]) + QStringLiteral(" |");
        out += QLatin1Char('\n');
    };
    line(cells.first());
    QStringList rule;
    for (int c = 0; c < 5; ++c)
        rule << QString(widths[c], QLatin1Char('-'));
    line(rule);
    for (qsizetype i = 1; i < cells.size(); ++i)
        line(cells[i]);
    for (qsizetype i = 0; i < m_notes.size(); ++i)
        out += QStringLiteral("[%1] %2\n").arg(i + 1).arg(m_notes[i]);
    return out;
}

QString count(double value)
{
    QLocale locale(QLocale::English);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(qint64(std::llround(value)));
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

Verdict atLeast(double value, double target)
{
    return value >= target ? Verdict::Ok : Verdict::Short;
}

Verdict atMost(double value, double target)
{
    return value <= target ? Verdict::Ok : Verdict::Short;
}

}  // namespace bench
