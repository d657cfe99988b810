// What linnet.xmpp may print of a stanza. The SCRAM exchange in a log is enough for an offline
// password guess, and message bodies are private: both are replaced, bodies unless the user
// set LINNET_LOG_BODIES=1.
#pragma once

#include <QString>

QString redactXmppLog(const QString &text, bool keepBodies);
