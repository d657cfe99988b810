// Desktop notifications for alerts: the system tray's balloon when there is a tray (and a
// QApplication); otherwise nothing beyond the log line the caller writes.
#pragma once

#include <QString>

namespace DesktopNotifier {
// True if a notification was shown.
bool notify(const QString &title, const QString &text);
}
