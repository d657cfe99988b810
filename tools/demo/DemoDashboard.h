// The demo's dashboard, written as a dashboard file (contract C5, app/dashboards/DashboardFile.h)
// that the app imports with --import-dashboard: live charts of the simulated fleet, a CO2
// threshold the meeting room's ramp crosses (an alert), a battery gauge and a door timeline.
#pragma once

#include <QString>

namespace demo {

inline const QString kDashboardName = QStringLiteral("Greenhouse & building");

// service: the PubSub service (pubsub.DOMAIN).
bool writeDashboard(const QString &file, const QString &service, QString *error);

}  // namespace demo
