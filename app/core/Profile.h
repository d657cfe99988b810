// Where this run keeps its settings, databases and caches: --profile DIR, or the platform's
// app data location.
#pragma once

#include <QString>

class Profile
{
public:
    explicit Profile(const QString &dir = {});

    QString dir() const { return m_dir; }
    QString settingsFile() const;
    QString databaseFile() const;
    QString cacheDir() const;
    // Creates the directory (owner-only permissions); false with a message on failure.
    bool ensureExists(QString *error) const;

private:
    QString m_dir;
};
