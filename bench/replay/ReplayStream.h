// The bytes a Prosody 13 c2s stream carries to a subscriber of one node, pre-serialized: the
// server's stream header, then `items` PubSub notifications of one SenML item each (about 440
// bytes), shaped like what Prosody really sends (see ReplayStream.cpp), with an XEP-0198 ack
// request after every 10.
#pragma once

#include <QByteArray>
#include <QString>

struct ReplayStreamSpec {
    int items = 100000;
    QString service = QStringLiteral("pubsub.linnet.test");
    QString domain = QStringLiteral("linnet.test");
    QString to = QStringLiteral("linnet@linnet.test");  // Prosody keeps the bare JID of the subscription
    QString node = QStringLiteral("replay");
};

QByteArray replayStream(const ReplayStreamSpec &spec);
