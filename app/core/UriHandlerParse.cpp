// RFC 5122 parsing of xmpp: URIs: xmpp:[//ACCOUNT/]JID[?QUERYTYPE[;KEY=VALUE]*][#FRAGMENT],
// every part percent-encoded UTF-8.
#include "UriHandler.h"

#include <QUrl>

namespace {
QString decode(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// node@domain[/resource] with a non-empty domain and no spaces: lower-cased bare JID, or empty.
QString bareJid(const QString &jid)
{
    const QString bare = jid.section(QLatin1Char('/'), 0, 0).trimmed().toLower();
    const qsizetype at = bare.indexOf(QLatin1Char('@'));
    const QString domain = bare.mid(at + 1);
    if (bare.isEmpty() || domain.isEmpty() || at == 0 || domain.contains(QLatin1Char('@'))
        || bare.contains(QLatin1Char(' ')) || domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.')))
        return {};
    return bare;
}
}  // namespace

bool XmppUri::looksLikeUri(const QString &text)
{
    return text.startsWith(u"xmpp:", Qt::CaseInsensitive);
}

XmppUri XmppUri::parse(const QString &text)
{
    XmppUri uri;
    if (!looksLikeUri(text))
        return uri;
    QString rest = text.mid(5).trimmed();
    rest = rest.section(QLatin1Char('#'), 0, 0);  // the fragment means nothing to an action
    const QString query = rest.contains(QLatin1Char('?')) ? rest.section(QLatin1Char('?'), 1) : QString();
    QString path = rest.section(QLatin1Char('?'), 0, 0);
    if (path.startsWith(u"//")) {
        // xmpp://alice@example.org/bob@example.org: alice's account acts.
        const qsizetype slash = path.indexOf(QLatin1Char('/'), 2);
        if (slash < 0)
            return {};
        uri.account = bareJid(decode(QStringView(path).mid(2, slash - 2)));
        if (uri.account.isEmpty())
            return {};
        path = path.mid(slash + 1);
    }
    const QString jid = bareJid(decode(path));
    if (jid.isEmpty())
        return {};

    const QStringList pairs = query.split(QLatin1Char(';'));
    uri.queryType = decode(pairs.constFirst()).toLower();
    for (qsizetype i = 1; i < pairs.size(); ++i) {
        const QString key = decode(pairs.at(i).section(QLatin1Char('='), 0, 0)).toLower();
        const QString value = decode(pairs.at(i).section(QLatin1Char('='), 1));
        if (key == u"body")
            uri.body = value;
        else if (key == u"password")
            uri.password = value;
        else if (key == u"name")
            uri.name = value;
        else if (key == u"group")
            uri.group = value;
    }
    if (uri.queryType == u"join") {
        // A room needs a local part: "conference.example.org" alone is the service.
        if (!jid.contains(QLatin1Char('@')))
            return {};
        uri.action = Action::Join;
    } else if (uri.queryType == u"roster" || uri.queryType == u"subscribe") {
        uri.action = Action::Roster;
    } else {
        // message, or an action Linnet does not carry out (command, vcard, ...): the chat with
        // that address is the closest useful thing (XEP-0147 leaves unknown actions to the client).
        uri.action = Action::Message;
    }
    uri.jid = jid;
    return uri;
}
