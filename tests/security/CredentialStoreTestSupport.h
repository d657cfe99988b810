// Shared by tst_credentialstore.cpp and its "no secret store" half,
// tst_credentialstore_nostore.cpp: waiting for one CredentialStore operation, its result in words.
#pragma once

#include "security/CredentialStore.h"

#include <QEventLoop>
#include <QMetaEnum>
#include <QTimer>

#include <functional>
#include <optional>

namespace CredentialStoreTest {
using Status = CredentialStore::Status;
using Result = CredentialStore::Result;
using Start = std::function<void(QObject *context, CredentialStore::Callback done)>;

inline constexpr int kTimeoutMs = 20000;
// Set: this binary runs as the child of a "no secret store" case; its value: the password the
// child stores.
inline constexpr char kChildVariable[] = "LINNET_CREDENTIALSTORE_CHILD";

inline QString statusName(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(status)));
}

inline QString describe(const Result &result)
{
    return result.error.isEmpty() ? statusName(result.status)
                                  : statusName(result.status) + QStringLiteral(": ") + result.error;
}

// Starts one operation and waits for its result. The callback is bound to a context that dies
// here, so a result arriving after a timeout can never write into this stack frame.
inline std::optional<Result> await(const Start &start)
{
    std::optional<Result> result;
    QEventLoop loop;
    QObject context;
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    start(&context, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

// The child: one remove, write and read (tst_credentialstore_nostore.cpp).
int runChild(const QString &password);
// One "no secret store" situation (bus: "nothing" at the address, "unset", or "empty", a bus
// with nothing on it; kwallet: a KDE 4 session), run as a child process; failures are the
// current test's.
void checkNoSecretStore(const QString &bus, bool kwallet, const QString &password);
}  // namespace CredentialStoreTest
