#include "ArchiveQuery.h"

#include "core/Logging.h"

#include <QDomElement>
#include <QPointer>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppError.h>
#include <QXmppMamIq.h>
#include <QXmppResultSet.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Archive {

namespace {
const QString MamNs = QStringLiteral("urn:xmpp:mam:2");
const QString ForwardNs = QStringLiteral("urn:xmpp:forward:0");
const QString DelayNs = QStringLiteral("urn:xmpp:delay");

QDomElement child(const QDomElement &parent, const QString &name, const QString &ns)
{
    for (auto e = parent.firstChildElement(name); !e.isNull(); e = e.nextSiblingElement(name)) {
        if (e.namespaceURI() == ns)
            return e;
    }
    return {};
}

QString conditionText(QXmppStanza::Error::Condition condition)
{
    using C = QXmppStanza::Error::Condition;
    switch (condition) {
    case C::Forbidden:
        return QStringLiteral("forbidden");
    case C::ItemNotFound:
        return QStringLiteral("item-not-found");
    case C::ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case C::FeatureNotImplemented:
        return QStringLiteral("feature-not-implemented");
    case C::NotAllowed:
        return QStringLiteral("not-allowed");
    case C::NotAuthorized:
        return QStringLiteral("not-authorized");
    case C::BadRequest:
        return QStringLiteral("bad-request");
    case C::InternalServerError:
        return QStringLiteral("internal-server-error");
    default:
        return QStringLiteral("error");
    }
}

// "The archive of bob@example.org refused the query (forbidden: …)", or why it was not sent.
QString describe(const QXmppError &error, const QString &archiveJid)
{
    if (const auto stanzaError = error.value<QXmppStanza::Error>()) {
        QString reason = conditionText(stanzaError->condition());
        if (!stanzaError->text().isEmpty())
            reason += QStringLiteral(": ") + stanzaError->text();
        return QObject::tr("The archive of %1 refused the query (%2)").arg(archiveJid, reason);
    }
    return QObject::tr("The archive of %1 did not answer: %2")
        .arg(archiveJid, error.description.isEmpty() ? QObject::tr("not connected") : error.description);
}

QXmppMamQueryIq buildIq(const Query &query)
{
    QList<QXmppDataForm::Field> fields;
    QXmppDataForm::Field type(QXmppDataForm::Field::HiddenField);
    type.setKey(QStringLiteral("FORM_TYPE"));
    type.setValue(MamNs);
    fields << type;
    const auto add = [&](const QString &key, const QString &value) {
        QXmppDataForm::Field field;
        field.setKey(key);
        field.setValue(value);
        fields << field;
    };
    if (!query.with.isEmpty())
        add(QStringLiteral("with"), query.with);
    if (query.start.isValid())
        add(QStringLiteral("start"), QXmppUtils::datetimeToString(query.start));
    if (query.end.isValid())
        add(QStringLiteral("end"), QXmppUtils::datetimeToString(query.end));
    QXmppDataForm form;
    form.setType(QXmppDataForm::Submit);
    form.setFields(fields);

    QXmppResultSetQuery rsm;
    rsm.setMax(query.max);
    if (!query.after.isEmpty())
        rsm.setAfter(query.after);
    else if (!query.before.isEmpty())
        rsm.setBefore(query.before);
    else if (query.lastPage)
        rsm.setBefore(QStringLiteral(""));  // an empty <before/>: the newest page (XEP-0059 §2.5)

    QXmppMamQueryIq iq;
    iq.setQueryId(iq.id());
    if (!query.ownArchive)
        iq.setTo(query.archiveJid);
    iq.setForm(form);
    iq.setResultSetQuery(rsm);
    return iq;
}
}  // namespace

Queries *Queries::on(QXmppClient *client)
{
    if (auto *existing = client->findExtension<Queries>())
        return existing;
    auto *queries = new Queries;
    // First in line: a QXmppMamManager added by anyone would otherwise take every result.
    client->insertExtension(0, queries);
    return queries;
}

void Queries::run(const Query &query, QObject *context, std::function<void(Page)> done)
{
    auto iq = buildIq(query);
    const QString queryId = iq.queryId();
    m_pending.insert(queryId, Pending{query.archiveJid.toLower(), {}});
    const QString archiveJid = query.archiveJid;
    QPointer<QObject> guard(context);
    client()->sendIq(std::move(iq)).then(this, [this, queryId, archiveJid, guard, done = std::move(done)](QXmppClient::IqResult result) {
        Page page;
        page.messages = m_pending.take(queryId).messages;
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            page.messages.clear();
            page.error = describe(*error, archiveJid);
        } else {
            const auto &element = std::get<QDomElement>(result);
            if (element.attribute(QStringLiteral("type")) == u"error") {
                page.messages.clear();
                page.error = QObject::tr("The archive of %1 refused the query").arg(archiveJid);
            } else {
                QXmppMamResultIq fin;
                fin.parse(element);
                page.complete = fin.complete();
                page.first = fin.resultSetReply().first();
                page.last = fin.resultSetReply().last();
            }
        }
        if (guard)
            done(std::move(page));
    });
}

bool Queries::handleStanza(const QDomElement &element)
{
    if (element.tagName() != u"message")
        return false;
    const QDomElement result = child(element, QStringLiteral("result"), MamNs);
    if (result.isNull())
        return false;
    auto it = m_pending.find(result.attribute(QStringLiteral("queryid")));
    if (it == m_pending.end())
        return false;  // not ours (another extension's query)
    // Only the archive we asked may answer: anyone else could inject "archived" messages.
    const QString from = QXmppUtils::jidToBareJid(element.attribute(QStringLiteral("from"))).toLower();
    const QString own = QXmppUtils::jidToBareJid(client()->configuration().jid()).toLower();
    const bool fromArchive = from == it->archiveJid || (from.isEmpty() && it->archiveJid == own);
    const QDomElement forwarded = child(result, QStringLiteral("forwarded"), ForwardNs);
    const QDomElement messageElement = child(forwarded, QStringLiteral("message"), QStringLiteral("jabber:client"));
    if (!fromArchive || messageElement.isNull()) {
        qCWarning(lcArchive) << "dropped an archive result not from" << it->archiveJid;
        return true;
    }
    QXmppMessage message;
    message.parse(messageElement, QXmpp::SceAll);
    const QDomElement delay = child(forwarded, QStringLiteral("delay"), DelayNs);
    if (!delay.isNull())
        message.setStamp(QXmppUtils::datetimeFromString(delay.attribute(QStringLiteral("stamp"))));
    // The result id is the message's stanza-id in this archive (XEP-0313 §4.1.2).
    const QString archiveId = result.attribute(QStringLiteral("id"));
    if (!archiveId.isEmpty()) {
        auto ids = message.stanzaIds();
        ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const QXmppStanzaId &id) { return id.by.toLower() == it->archiveJid; }),
                  ids.end());
        ids.append(QXmppStanzaId{archiveId, it->archiveJid});
        message.setStanzaIds(ids);
    }
    it->messages.append(std::move(message));
    return true;
}

}  // namespace Archive
