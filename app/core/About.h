// What the About dialog shows: versions as built and run, and the licence.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class About : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)       // CMake's PROJECT_VERSION
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)   // the Qt running the app
    Q_PROPERTY(QString qxmppVersion READ qxmppVersion CONSTANT)
    Q_PROPERTY(QString licence READ licence CONSTANT)       // SPDX identifier

public:
    using QObject::QObject;

    static QString version();
    static QString qtVersion();
    static QString qxmppVersion();
    static QString licence();
};
