#include "Profile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

Profile::Profile(const QString &dir)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          : QDir(dir).absolutePath())
{
}

QString Profile::settingsFile() const
{
    return m_dir + QStringLiteral("/linnet.ini");
}

QString Profile::databaseFile() const
{
    return m_dir + QStringLiteral("/linnet.sqlite");
}

QString Profile::cacheDir() const
{
    return m_dir + QStringLiteral("/cache");
}

bool Profile::ensureExists(QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("Cannot create the profile directory %1").arg(m_dir);
        return false;
    }
    // History and settings are private to the user.
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}
