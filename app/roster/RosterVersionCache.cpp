#include "RosterVersionCache.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSaveFile>
#include <QSet>
#include <QThreadPool>
#include <QUrl>
#include <QXmlStreamWriter>

#include <memory>

namespace RosterVersionCache {
namespace {
const QString CacheNs = QStringLiteral("urn:linnet:roster-cache:1");
const QString RosterNs = QStringLiteral("jabber:iq:roster");

// One thread for every account's cache: jobs run in the order they were queued, so a removal
// is never overtaken by a save queued before it, and two saves of one file never race.
QThreadPool *serialPool()
{
    static QThreadPool pool;
    static const bool once = [] {
        pool.setMaxThreadCount(1);
        pool.setObjectName(QStringLiteral("roster-cache"));
        return true;
    }();
    Q_UNUSED(once);
    return &pool;
}

// Paths removed with an account's local data; only touched on the pool's thread.
QSet<QString> &removedPaths()
{
    static QSet<QString> paths;
    return paths;
}

template<typename T, typename Job>
QFuture<T> queue(Job job)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    serialPool()->start([promise, job = std::move(job)]() mutable {
        promise->addResult(job());
        promise->finish();
    });
    return future;
}
}  // namespace

QString fileFor(const QString &cacheDir, const QString &accountJid)
{
    // Percent-encoded: a local part may hold characters some file systems refuse.
    const QString name = QString::fromLatin1(QUrl::toPercentEncoding(accountJid.toLower(), "@"));
    return QDir(cacheDir).filePath(QStringLiteral("roster/%1.xml").arg(name));
}

QByteArray serialize(const QString &accountJid, const Snapshot &snapshot)
{
    QByteArray data;
    QXmlStreamWriter writer(&data);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("roster-cache"));
    writer.writeDefaultNamespace(CacheNs);
    writer.writeAttribute(QStringLiteral("account"), accountJid.toLower());
    writer.writeStartElement(QStringLiteral("query"));
    writer.writeDefaultNamespace(RosterNs);
    if (!snapshot.version.isEmpty())
        writer.writeAttribute(QStringLiteral("ver"), snapshot.version);
    for (const auto &item : snapshot.items)
        item.toXml(&writer);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return data;
}

Snapshot parse(const QByteArray &data, const QString &accountJid)
{
    Snapshot snapshot;
    QDomDocument document;
    const auto parsed = document.setContent(data, QDomDocument::ParseOption::UseNamespaceProcessing);
    if (!parsed) {
        snapshot.error = QStringLiteral("not XML (line %1: %2)").arg(parsed.errorLine).arg(parsed.errorMessage);
        return snapshot;
    }
    const QDomElement root = document.documentElement();
    if (root.tagName() != u"roster-cache" || root.namespaceURI() != CacheNs) {
        snapshot.error = QStringLiteral("not a roster cache");
        return snapshot;
    }
    if (root.attribute(QStringLiteral("account")) != accountJid.toLower()) {
        snapshot.error = QStringLiteral("the cache of %1").arg(root.attribute(QStringLiteral("account")));
        return snapshot;
    }
    const QDomElement query = root.firstChildElement(QStringLiteral("query"));
    if (query.isNull() || query.namespaceURI() != RosterNs) {
        snapshot.error = QStringLiteral("no roster in it");
        return snapshot;
    }
    snapshot.version = query.attribute(QStringLiteral("ver"));
    for (auto element = query.firstChildElement(QStringLiteral("item")); !element.isNull();
         element = element.nextSiblingElement(QStringLiteral("item"))) {
        QXmppRosterIq::Item item;
        item.parse(element);
        if (!item.bareJid().isEmpty())
            snapshot.items.append(std::move(item));
    }
    snapshot.valid = true;
    return snapshot;
}

QFuture<Snapshot> load(const QString &path, const QString &accountJid)
{
    return queue<Snapshot>([path, accountJid] {
        removedPaths().remove(path);
        QFile file(path);
        if (!file.exists())
            return Snapshot{};
        if (!file.open(QIODevice::ReadOnly)) {
            Snapshot failed;
            failed.error = file.errorString();
            return failed;
        }
        return parse(file.readAll(), accountJid);
    });
}

QFuture<bool> save(const QString &path, const QString &accountJid, const Snapshot &snapshot)
{
    return queue<bool>([path, accountJid, snapshot] {
        if (removedPaths().contains(path))
            return false;
        QSaveFile file(path);
        return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly)
            && file.write(serialize(accountJid, snapshot)) >= 0 && file.commit();
    });
}

void remove(const QString &path)
{
    queue<bool>([path] {
        removedPaths().insert(path);
        return !QFile::exists(path) || QFile::remove(path);
    });
}

}  // namespace RosterVersionCache
