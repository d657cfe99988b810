// The roster cache of one account on disk (XEP-0237 roster versioning): the roster's items and
// the version the server gave them, in one file written atomically, so a version is never kept
// with items of another. Every read, write and removal runs on one background thread, in the
// order asked (a removal is never overtaken by an earlier save); nothing here blocks the caller.
//
// The file is the roster query as the server sends it, inside a root that names the account:
//   <roster-cache xmlns='urn:linnet:roster-cache:1' account='alice@example.org'>
//     <query xmlns='jabber:iq:roster' ver='42'><item jid=... /></query>
//   </roster-cache>
#pragma once

#include <QFuture>
#include <QList>
#include <QString>
#include <QXmppRosterIq.h>

namespace RosterVersionCache {

struct Snapshot {
    bool valid = false;  // false: no file, unreadable, another account's or another format
    QString version;     // empty: the server does not version this roster
    QList<QXmppRosterIq::Item> items;
    QString error;       // why a file that exists was not used
};

// Where an account's roster cache lives in the profile's cache folder.
QString fileFor(const QString &cacheDir, const QString &accountJid);

// Reads path (a missing file is an invalid snapshot without an error). Also re-allows saves to
// a path removed before (a new account with the same address).
QFuture<Snapshot> load(const QString &path, const QString &accountJid);
// Writes the snapshot; resolves to false if it could not or the path was removed meanwhile.
QFuture<bool> save(const QString &path, const QString &accountJid, const Snapshot &snapshot);
// Removes the file after anything queued before, and skips saves to it until the next load().
void remove(const QString &path);

// The file's contents (what save writes; tests build files with it) and their reading.
QByteArray serialize(const QString &accountJid, const Snapshot &snapshot);
Snapshot parse(const QByteArray &data, const QString &accountJid);

}  // namespace RosterVersionCache
