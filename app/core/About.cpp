#include "About.h"

#include <QXmppGlobal.h>

QString About::version()
{
    return QStringLiteral(LINNET_VERSION);
}

QString About::qtVersion()
{
    // The library loaded at run time, which may be newer than the headers built against.
    return QString::fromLatin1(qVersion());
}

QString About::qxmppVersion()
{
    return QXmppVersion();
}

QString About::licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}
