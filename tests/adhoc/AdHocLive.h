// Live helpers for the adhoc tests: a Prosody from the fixture, QXmpp clients logged in to it,
// a requester that sends literal XML and hands back the literal reply, and a test command with
// two steps.
#pragma once

#include "CommandResponder.h"
#include "ProsodyServer.h"

#include <QDomElement>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppIq.h>
#include <QXmppLogger.h>

#include <memory>

namespace AdHocLive {

inline const QString Password = QStringLiteral("pw");

inline std::unique_ptr<ProsodyServer> startServer()
{
    ProsodyServer::Options options;
    options.accounts = {{QStringLiteral("alice"), Password, QStringLiteral("Alice")},
                        {QStringLiteral("bob"), Password, QStringLiteral("Bob")},
                        {QStringLiteral("carol"), Password, QStringLiteral("Carol")}};
    auto server = std::make_unique<ProsodyServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning().noquote() << "Prosody did not start:" << error;
        return nullptr;
    }
    return server;
}

inline bool login(QXmppClient &client, const ProsodyServer &server, const QString &user, const QString &resource)
{
    // ADHOC_TEST_XML=1: every stanza on stdout, for a post-mortem.
    if (qEnvironmentVariableIsSet("ADHOC_TEST_XML")) {
        auto *logger = new QXmppLogger(&client);
        logger->setLoggingType(QXmppLogger::StdoutLogging);
        logger->setMessageTypes(QXmppLogger::AnyMessage);
        client.setLogger(logger);
    }
    client.connectToServer(server.clientConfiguration(user, Password, resource));
    return QTest::qWaitFor([&] { return client.isConnected(); }, 15000);
}

// An IQ whose payload is given as literal XML.
class RawIq : public QXmppIq
{
public:
    RawIq(QXmppIq::Type type, const QString &payload) : QXmppIq(type), m_payload(payload) { }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        // Copied token by token as written (writeCurrentToken would invent namespace prefixes).
        QXmlStreamReader reader(m_payload);
        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::StartElement:
                writer->writeStartElement(reader.qualifiedName().toString());
                for (const auto &ns : reader.namespaceDeclarations()) {
                    if (ns.prefix().isEmpty())
                        writer->writeDefaultNamespace(ns.namespaceUri().toString());
                    else
                        writer->writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
                }
                for (const auto &attribute : reader.attributes())
                    writer->writeAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
                break;
            case QXmlStreamReader::EndElement:
                writer->writeEndElement();
                break;
            case QXmlStreamReader::Characters:
                writer->writeCharacters(reader.text().toString());
                break;
            default:
                break;
            }
        }
    }

private:
    QString m_payload;
};

// Sends raw requests and catches the raw replies (QXmppClient::sendIq would turn an error
// reply into a QXmppError without the commands-namespace condition). Insert it at index 0:
// QXmppDiscoveryManager takes disco results it did not ask for.
class RawRequester : public QXmppClientExtension
{
public:
    // The reply element, or a null element when none came within 10 s.
    QDomElement request(const QString &to, const QString &payload, QXmppIq::Type type = QXmppIq::Set)
    {
        RawIq iq(type, payload);
        iq.setTo(to);
        const QString id = iq.id();
        m_replies.remove(id);
        m_waiting.insert(id);
        client()->sendPacket(iq);
        if (!QTest::qWaitFor([&] { return m_replies.contains(id); }, 10000))
            qWarning().noquote() << "no reply to" << id << "from" << to;
        m_waiting.remove(id);
        return m_replies.take(id);
    }

    bool handleStanza(const QDomElement &element) override
    {
        const QString id = element.attribute(QStringLiteral("id"));
        if (element.tagName() != u"iq" || !m_waiting.contains(id))
            return false;
        m_replies.insert(id, element);
        return true;
    }

private:
    QSet<QString> m_waiting;
    QHash<QString, QDomElement> m_replies;
};

// "wizard": step 1 asks for a service (list-single, next); step 2 for a mode (text-single,
// prev or complete); complete says what was chosen. Prev shows step 1 again with the earlier
// choice filled in.
class WizardHandler : public AdHoc::CommandHandler
{
public:
    AdHoc::CommandResponse handle(const AdHoc::CommandRequest &request) override
    {
        using namespace AdHoc;
        if (request.form && request.form->field(u"service"))
            m_service = request.form->field(u"service")->value();
        switch (request.action) {
        case Action::Execute:
        case Action::Prev:
            return stepOne();
        case Action::Next:
            return stepTwo();
        case Action::Complete: {
            const QString mode = request.form && request.form->field(u"mode") ? request.form->field(u"mode")->value() : QString();
            return CommandResponse::completed({{Note::Type::Info, QStringLiteral("%1 set to %2").arg(m_service, mode)}});
        }
        case Action::Cancel:
            break;
        }
        return CommandResponse::completed();
    }

private:
    AdHoc::CommandResponse stepOne() const
    {
        using namespace AdHoc;
        DataForm form(DataForm::Type::Form);
        form.setTitle(QStringLiteral("Pick a service"));
        FormField service;
        service.type = FormField::Type::ListSingle;
        service.var = QStringLiteral("service");
        service.required = true;
        service.options = {{QStringLiteral("Web"), QStringLiteral("httpd")}, {QString(), QStringLiteral("jabberd")}};
        if (!m_service.isEmpty())
            service.setValue(m_service);
        form.setFields({service});
        return CommandResponse::executing(form, {Action::Next}, Action::Next);
    }

    AdHoc::CommandResponse stepTwo() const
    {
        using namespace AdHoc;
        DataForm form(DataForm::Type::Form);
        form.setTitle(QStringLiteral("Mode for %1").arg(m_service));
        FormField mode;
        mode.var = QStringLiteral("mode");
        form.setFields({mode});
        return CommandResponse::executing(form, {Action::Prev, Action::Complete}, Action::Complete);
    }

    QString m_service;
};

inline AdHoc::CommandDefinition wizard()
{
    return {QStringLiteral("wizard"), QStringLiteral("Configure a service"),
            [](const AdHoc::CommandRequest &) { return std::make_unique<WizardHandler>(); }};
}

}  // namespace AdHocLive
