// Roster versioning (XEP-0237, RFC 6121 2.6) for QXmpp 1.10, whose QXmppRosterManager asks for
// the whole roster at every login and keeps nothing between runs.
//
// RosterVersion takes the roster request over from the client's QXmppRosterManager: on a new
// stream (not a resumed one, which kept the roster) it asks with the version of the roster it
// cached, and the server answers with an empty result (unchanged: the cache is the roster) or
// the whole roster with its new version. Either way the manager gets the items as one roster
// push applied with its signals blocked, then emits rosterReceived(), so the manager's entries
// and signals, and the RosterModel reading them, are what they were without versioning. Pushes
// (with their version) update the cache; it is kept on disk per account (RosterVersionCache).
//
// QXmpp offers no way to feed its roster manager, so this relies on two details of 1.10 (checked
// in 1.10.2's source): its request is a slot connected to QXmppClient::connected, and it applies
// a roster push it is handed. If the slot cannot be disconnected, attach() returns nullptr and
// QXmpp asks for the whole roster as before.
#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QXmppClientExtension.h>
#include <QXmppRosterIq.h>

class QXmppRosterManager;

class RosterVersion : public QXmppClientExtension
{
    Q_OBJECT

public:
    enum class Answer {
        None,       // not asked on this stream yet
        Unchanged,  // empty result: the cached roster is current
        Full,       // the whole roster came
        Failed,     // an error or no answer: the manager has no roster for this stream
    };
    Q_ENUM(Answer)

    // Takes over the roster request of client's roster manager. Owned by the client; nullptr if
    // the client has no roster manager or QXmpp's request could not be taken over.
    static RosterVersion *attach(QXmppClient *client);
    ~RosterVersion() override;

    // Keeps the roster in path (RosterVersionCache::fileFor) and loads it now, off this thread.
    // Without a file the roster is versioned in memory only (a new stream in this run).
    void setCacheFile(const QString &path, const QString &accountJid);
    QString cacheFile() const { return m_cacheFile; }
    // Removes the account's cache (with its local data); see RosterVersionCache::remove.
    static void removeCache(const QString &cacheDir, const QString &accountJid);

    QString version() const { return m_version; }
    bool isCacheLoaded() const { return m_cacheLoaded; }
    // What the last request on the current stream got, and how many items came with it.
    Answer lastAnswer() const { return m_answer; }
    int itemsReceived() const { return m_itemsReceived; }

    using QXmppClientExtension::handleStanza;
    bool handleStanza(const QDomElement &element) override;

Q_SIGNALS:
    void cacheLoaded();
    void answered(RosterVersion::Answer answer, int itemsReceived);
    void cacheSaved();

private:
    RosterVersion(QXmppClient *client, QXmppRosterManager *manager);
    void streamStarted();
    void request();
    void answerArrived(const QDomElement &result);
    void applyToManager();
    void forgetPresences();
    void scheduleSave();
    void save();

    QPointer<QXmppRosterManager> m_manager;
    QString m_accountJid;
    QString m_cacheFile;
    bool m_cacheLoaded = true;        // false while the file is read
    bool m_requestWaiting = false;    // connected while the file was read
    quint64 m_stream = 0;             // new streams so far: late answers of older ones are dropped
    Answer m_answer = Answer::None;
    int m_itemsReceived = 0;

    QString m_version;                               // of m_items; empty: ask for everything
    bool m_haveItems = false;                        // m_items is a roster (cached or received)
    QHash<QString, QXmppRosterIq::Item> m_items;     // by bare JID
    QHash<QString, QSet<QString>> m_presentResources;  // what the manager holds presences of

    QTimer m_saveTimer;
    bool m_saving = false;
    bool m_saveAgain = false;
};
