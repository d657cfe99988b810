// What AmqpFleet.cpp and AmqpFleetTraffic.cpp share: link names, timings, string helpers.
#pragma once

#include <QDateTime>
#include <QString>

#include <proton/error_condition.hpp>

#include <string>

namespace devicesim::amqpfleet {

inline constexpr int TickMs = 20;
inline constexpr qint64 HistoryStepMs = 5000;
inline constexpr int StopGraceMs = 2000;  // outstanding outcomes may take this long on the way out
inline constexpr int MaxReconnectDelayMs = 10000;
inline const std::string ReadingsLink = "readings";
inline const std::string RepliesLink = "replies";
inline const std::string CommandsLinkPrefix = "commands-";

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline std::string str(const QString &s)
{
    return s.toStdString();
}

inline QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QString conditionText(const proton::error_condition &e)
{
    return e ? qstr(e.what()) : QString();
}

}  // namespace devicesim::amqpfleet
