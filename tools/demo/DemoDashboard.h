// The demo's dashboard, written as a dashboard file (app/dashboards/DashboardFile.h)
// that the app imports with --import-dashboard: live charts of the simulated fleet, a CO2
// threshold the meeting room's ramp crosses (an alert), a battery gauge and a door timeline,
// and the commands of kCommandDevice (DemoCast.h: Greenhouse 1) pinned as tiles (contracts C2,
// C4): a relay switch, a reporting interval slider and a reboot button.
#pragma once

#include <QString>

namespace demo {

inline const QString kDashboardName = QStringLiteral("Greenhouse & building");

// service: the PubSub service (pubsub.DOMAIN); the devices are <id>@DOMAIN.
bool writeDashboard(const QString &file, const QString &service, QString *error);

}  // namespace demo
