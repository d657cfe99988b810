// The fleet mode of linnet-devicesim (--fleet N): its own command line, next to the single
// publisher's, which bench/driver runs and which stays as it is.
#pragma once

#include <QCoreApplication>
#include <QStringList>

bool isFleetCommandLine(const QStringList &arguments);
int runFleet(QCoreApplication &app);
