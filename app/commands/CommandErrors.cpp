#include "CommandErrors.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandErrors", text);
}
}  // namespace

QString CommandErrors::kind(const AdHoc::CommandError &error)
{
    using Kind = AdHoc::CommandError::Kind;
    using Condition = QXmppStanza::Error::Condition;
    switch (error.kind) {
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::NotSent:
        return QStringLiteral("offline");
    case Kind::Malformed:
        return QStringLiteral("other");
    case Kind::Stanza:
        break;
    }
    switch (error.stanzaError.condition()) {
    case Condition::Forbidden:
    case Condition::NotAuthorized:
    case Condition::NotAllowed:
        return QStringLiteral("forbidden");
    case Condition::ItemNotFound:
        return QStringLiteral("not-found");
    case Condition::ServiceUnavailable:
    case Condition::RecipientUnavailable:
    case Condition::RemoteServerNotFound:
        return QStringLiteral("offline");
    case Condition::BadRequest:
        return QStringLiteral("bad-request");
    default:
        return QStringLiteral("other");
    }
}

QString CommandErrors::text(const AdHoc::CommandError &error)
{
    const QString kind = CommandErrors::kind(error);
    if (kind == u"timeout")
        return tr("No answer in time.");
    if (kind == u"offline" && error.kind != AdHoc::CommandError::Kind::NotSent)
        return tr("The device is offline.");
    if (kind == u"offline")
        return tr("Not connected.");
    if (!error.text.isEmpty())
        return error.text;
    if (kind == u"forbidden")
        return tr("You are not allowed to run this command.");
    if (kind == u"not-found")
        return tr("The command does not exist (any more).");
    return tr("The command failed.");
}
