// The one table bench/run prints: scenario | Linnet | anchor (same run) | target | verdict,
// followed by numbered notes (how a figure was derived, what failed, the machine).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bench {

// NotApplicable: the run could not set up the scenario's conditions (e.g. the server did not
// reach the publish rate on a busy machine), so the figure says nothing about the target.
enum class Verdict { Ok, Short, Info, Failed, NotApplicable };

struct Row {
    QString scenario;
    QString linnet;
    QString anchor;
    QString target;
    Verdict verdict = Verdict::Info;
};

class Table
{
public:
    void add(Row row) { m_rows.append(std::move(row)); }
    // A note for the table's footer; returns its marker, e.g. "[3]", to put into a cell.
    QString note(const QString &text);
    void failed(const QString &scenario, const QString &why);  // a row saying it could not be measured
    QString render() const;
    bool anyFailed() const;

private:
    QList<Row> m_rows;
    QStringList m_notes;
};

// 12,345 (thousands separators, no decimals).
QString count(double value);
// "1.23" with the given number of decimals.
QString fixed(double value, int decimals);
Verdict atLeast(double value, double target);
Verdict atMost(double value, double target);

}  // namespace bench
