#include "DesktopNotifier.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QSystemTrayIcon>

namespace DesktopNotifier {

namespace {
QIcon alertIcon()
{
    if (!QApplication::windowIcon().isNull())
        return QApplication::windowIcon();
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(2, 2, 28, 28);
    return QIcon(pixmap);
}
}  // namespace

bool notify(const QString &title, const QString &text)
{
    // QSystemTrayIcon is a widgets class: only with a QApplication (the app has one; tests may not).
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app || !QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    static QPointer<QSystemTrayIcon> tray;
    if (!tray) {
        tray = new QSystemTrayIcon(alertIcon(), app);
        tray->setToolTip(QCoreApplication::applicationName());
        tray->show();
    }
    tray->showMessage(title, text, QSystemTrayIcon::Warning);
    return true;
}

}  // namespace DesktopNotifier
