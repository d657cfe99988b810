#include "CredentialStore.h"

#include <QLoggingCategory>
#include <QXmppUtils.h>

#include <qt6keychain/keychain.h>

namespace {

// File-local: only this file speaks about credentials. Logs JIDs and outcomes, never a secret.
Q_LOGGING_CATEGORY(lcSecurity, "linnet.security", QtInfoMsg)

using Status = CredentialStore::Status;
using Result = CredentialStore::Result;

enum class Operation { Read, Write, Remove };

const char *verb(Operation op)
{
    switch (op) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

// Every job of this class goes through here: the store only, never plain text on disk.
template<typename Job>
Job *newJob(const QString &key)
{
    // No parent: a job must outlive whoever started it. QtKeychain's libsecret backend calls
    // back into the job's private data from GLib when the store answers; a job deleted before
    // that (with a parent) would be used after free. It deletes itself once finished.
    auto *job = new Job(CredentialStore::serviceName());
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}

Result resultOf(Operation op, QKeychain::Job *job)
{
    Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        if (op == Operation::Read)
            result.password = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        return result;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the store as asked.
        if (op != Operation::Write) {
            result.status = op == Operation::Read ? Status::NotFound : Status::Ok;
            return result;
        }
        result.status = Status::Failed;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = Status::Failed;
        break;
    // No store answered (no D-Bus session, no Secret Service on it, no backend on this
    // platform), or it refused us (locked, the user said no). Either way nothing was kept.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
    default:
        result.status = Status::NoSecretStore;
        break;
    }
    result.error = job->errorString();
    if (result.error.isEmpty())
        result.error = result.status == Status::NoSecretStore ? QStringLiteral("no secret store available")
                                                              : QStringLiteral("the secret store failed");
    return result;
}

void logResult(Operation op, const QString &key, const Result &result)
{
    switch (result.status) {
    case Status::Ok:
        qCDebug(lcSecurity) << verb(op) << "password of" << key << ": done";
        break;
    case Status::NotFound:
        qCDebug(lcSecurity) << verb(op) << "password of" << key << ": none stored";
        break;
    case Status::NoSecretStore:
        qCWarning(lcSecurity).nospace() << "cannot " << verb(op) << " the password of " << key
                                        << ": no secret store (" << result.error
                                        << "); the password is not kept";
        break;
    case Status::Failed:
        qCWarning(lcSecurity).nospace() << "cannot " << verb(op) << " the password of " << key << ": "
                                        << result.error;
        break;
    }
}

// Runs `done` with the job's result on `receiver`'s thread, unless receiver is gone by then.
// At most once: QtKeychain 0.15 emits finished() twice on one path (a KWallet delete with the
// insecure fallback, which Linnet never enables).
void whenFinished(QKeychain::Job *job, Operation op, const QString &key, QObject *receiver,
                  CredentialStore::Callback done)
{
    QObject::connect(
            job, &QKeychain::Job::finished, receiver,
            [op, key, done = std::move(done)](QKeychain::Job *finished) {
                const Result result = resultOf(op, finished);
                logResult(op, key, result);
                if (done)
                    done(result);
            },
            Qt::SingleShotConnection);
}

// A call the store never sees (no JID): answered later, like every other, never from inside the call.
void refuse(Operation op, QObject *receiver, CredentialStore::Callback done)
{
    qCWarning(lcSecurity) << verb(op) << "of a password without an account address: refused";
    QMetaObject::invokeMethod(
            receiver,
            [done = std::move(done)] {
                if (done)
                    done({Status::Failed, {}, QStringLiteral("no account address")});
            },
            Qt::QueuedConnection);
}

}  // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QStringLiteral("Linnet");
}

QString CredentialStore::keyFor(const QString &jid)
{
    return QXmppUtils::jidToBareJid(jid.trimmed()).toLower();
}

void CredentialStore::read(const QString &jid, QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    const QString key = keyFor(jid);
    if (key.isEmpty())
        return refuse(Operation::Read, receiver, std::move(done));
    qCDebug(lcSecurity) << "reading the password of" << key;
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    whenFinished(job, Operation::Read, key, receiver, std::move(done));
    job->start();
}

void CredentialStore::write(const QString &jid, const QString &password, QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    const QString key = keyFor(jid);
    if (key.isEmpty())
        return refuse(Operation::Write, receiver, std::move(done));
    qCDebug(lcSecurity) << "storing the password of" << key;
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    whenFinished(job, Operation::Write, key, receiver, std::move(done));
    job->start();
}

void CredentialStore::remove(const QString &jid, QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    const QString key = keyFor(jid);
    if (key.isEmpty())
        return refuse(Operation::Remove, receiver, std::move(done));
    qCDebug(lcSecurity) << "removing the password of" << key;
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    whenFinished(job, Operation::Remove, key, receiver, std::move(done));
    job->start();
}
