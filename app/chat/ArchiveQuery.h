// One XEP-0313 (MAM) query page on a QXmppClient, with each result's archive id kept.
//
// QXmppMamManager drops the <result id=…/> of each archived message, and that id is the
// message's stanza-id in the archive (Prosody strips <stanza-id/> from what it stores): without
// it the store could not de-duplicate archive copies against live ones. So ArchiveQueries is a
// small client extension of its own: it sends the query, collects the forwarded messages of its
// own query ids (each with its delay stamp as the time and the result id as a <stanza-id
// by=archive/>), and answers once per page when the server's <fin/> arrives.
// Internal to ArchiveSync.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>

#include <functional>

namespace Archive {

struct Query {
    QString archiveJid;  // whose archive: the own bare JID (sent without 'to') or a room's JID
    bool ownArchive = true;
    QString with;        // only messages with this bare JID ("" for all)
    QDateTime start;     // optional time bounds (XEP-0313 form fields)
    QDateTime end;
    QString after;       // RSM: page after this archive id (forward) ...
    QString before;      // ... or before it (backward); lastPage: the newest page
    bool lastPage = false;
    int max = 250;
};

struct Page {
    QList<QXmppMessage> messages;  // oldest first, as the server sends them
    QString first;                 // RSM first / last archive ids of the page
    QString last;
    bool complete = false;         // the server says nothing further lies in the query's direction
    QString error;                 // non-empty: the query failed (then nothing else is set)
};

class Queries : public QXmppClientExtension
{
    Q_OBJECT
public:
    // The client's instance, created (first in line, before any QXmppMamManager) if missing.
    static Queries *on(QXmppClient *client);

    // Sends the query; done() is called exactly once, on this object's thread, unless the
    // context is destroyed first.
    void run(const Query &query, QObject *context, std::function<void(Page)> done);

    bool handleStanza(const QDomElement &element) override;

private:
    struct Pending {
        QString archiveJid;
        QList<QXmppMessage> messages;
    };
    QHash<QString, Pending> m_pending;  // by query id
};

}  // namespace Archive
