// What a failed command request means for a user: CommandRunner's errorKind ("timeout",
// "forbidden", "not-found", "offline", "bad-request", "other") and a sentence to show. Also for
// other places that run commands (pinned command tiles).
#pragma once

#include "adhoc/CommandClient.h"

namespace CommandErrors {

QString kind(const AdHoc::CommandError &error);
QString text(const AdHoc::CommandError &error);  // translatable; the responder's text if it gave one

}  // namespace CommandErrors
