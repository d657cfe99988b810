// An account's password in the OS secret store (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain, keyed by the account's bare JID under the
// service "Linnet". Nothing else in Linnet keeps a password: not the profile's settings, not a
// database, not a log (the category linnet.security logs JIDs and outcomes, never a secret).
//
//   CredentialStore store;
//   store.read(jid, this, [this](const CredentialStore::Result &r) {
//       switch (r.status) {
//       case CredentialStore::Status::Ok:            login(r.password); break;
//       case CredentialStore::Status::NotFound:      askForPassword(); break;
//       case CredentialStore::Status::NoSecretStore: warn(r.error); askForPassword(); break;  // each connect
//       case CredentialStore::Status::Failed:        warn(r.error); askForPassword(); break;
//       }
//   });
//
// Why asynchronous: a secret store may have to ask its user first (unlock the keyring, allow
// this app) and always answers over IPC (D-Bus on Linux); a blocking call would freeze the UI
// for as long as that takes. Operations run one after another in the order they were started
// (QtKeychain queues its jobs), so a read after a write sees the write. Call from the thread
// the store lives in (the GUI thread). The callback runs once, on that thread, unless
// `context` (or the store, if context is null) is destroyed first: then it never runs.
//
// Why no insecure fallback: QtKeychain can keep a password in a plain-text QSettings file when
// no secret store answers (setInsecureFallback). Linnet never does. Without a reachable store
// the result is NoSecretStore, with the store's own error text, so the app can say so clearly
// and ask for the password at each connect, keeping it in memory only.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,             // written, removed, or read (then `password` holds it)
        NotFound,       // read: the store answered and has no password for this account
        NoSecretStore,  // no secret store reachable, or it refused access: nothing was stored
        Failed,         // anything else (an empty JID, a store that could not delete)
    };
    Q_ENUM(Status)

    struct Result {
        Status status = Status::Failed;
        QString password;  // only for read() with Ok
        QString error;     // what the store said (or why the call was refused); empty with Ok/NotFound
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // Pending operations still finish after the store is destroyed (their callbacks, bound to
    // the store as context, then do not run).
    ~CredentialStore() override;

    void read(const QString &jid, QObject *context, Callback done);
    void write(const QString &jid, const QString &password, QObject *context, Callback done);
    // Removing a password that is not there is Ok.
    void remove(const QString &jid, QObject *context, Callback done);

    // The service name ("Linnet") and the key for a JID: its bare JID in lower case (XMPP
    // addresses are case-insensitive; a resource is dropped). Empty for an empty JID.
    static QString serviceName();
    static QString keyFor(const QString &jid);
};
