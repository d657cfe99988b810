#include "Registration.h"

#include "ConnectionController.h"
#include "Session.h"
#include "core/Logging.h"

#include <QXmppBitsOfBinaryDataList.h>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppLogger.h>
#include <QXmppRegistrationManager.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace {
// XEP-0158's challenge fields (and its FORM_TYPE): a person has to answer them.
bool isCaptcha(const QXmppDataForm::Field &field)
{
    static const QStringList challenges = {u"ocr"_s,         u"qa"_s,           u"audio_recog"_s, u"picture_q"_s,
                                           u"picture_recog"_s, u"speech_q"_s,   u"speech_recog"_s, u"video_q"_s,
                                           u"video_recog"_s,  u"challenge"_s};
    return !field.mediaSources().isEmpty() || challenges.contains(field.key());
}
}  // namespace

Registration::Registration(Session *session, const QString &password, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_password(password)
{
    auto *client = session->client();
    auto *manager = new QXmppRegistrationManager;
    client->addExtension(manager);  // the client owns it
    manager->setRegisterOnConnectEnabled(true);
    m_manager = manager;
    connect(manager, &QXmppRegistrationManager::registrationFormReceived, this, &Registration::handleForm);
    connect(manager, &QXmppRegistrationManager::registrationSucceeded, this, &Registration::handleSucceeded);
    connect(manager, &QXmppRegistrationManager::registrationFailed, this, [this](const QXmppStanza::Error &error) {
        fail(describeError(error, username(), domain()));
    });
    // The manager recognises an error answer to its form request only if the server repeats the
    // query in it (Prosody does not). Before a login the only requests on this stream are the
    // registration's, so any error answer that reaches the client is the server's "no".
    connect(client, &QXmppClient::iqReceived, this, [this](const QXmppIq &iq) {
        if (m_manager && m_manager->registerOnConnectEnabled() && iq.type() == QXmppIq::Error
            && m_session && !m_session->client()->isAuthenticated())
            fail(describeError(iq.error(), username(), domain()));
    });
}

Registration::~Registration()
{
    disarm();
}

Session *Registration::session() const
{
    return m_session;
}

QString Registration::username() const
{
    return m_session ? QXmppUtils::jidToUser(m_session->jid()) : QString();
}

QString Registration::domain() const
{
    return m_session ? QXmppUtils::jidToDomain(m_session->jid()) : QString();
}

void Registration::handleForm(const QXmppRegisterIq &form)
{
    if (m_state != State::Registering || !m_session || !m_manager)
        return;
    QString error;
    const auto answer = answerForm(form, username(), m_password, &error);
    if (!answer) {
        fail(error);
        return;
    }
    qCInfo(lcAccount) << "Sending the registration of" << QXmppUtils::jidToBareJid(m_session->jid());
    auto *client = m_session->client();
    QXmppLogger *logger = client->logger();
    client->setLogger(nullptr);
    m_manager->setRegistrationFormToSend(*answer);
    m_manager->sendCachedRegistrationForm();
    client->setLogger(logger);
}

void Registration::handleSucceeded()
{
    if (m_state != State::Registering)
        return;
    qCInfo(lcAccount) << "Registered" << (m_session ? QXmppUtils::jidToBareJid(m_session->jid()) : QString());
    finish(State::Registered);
    // This stream has done its job unauthenticated; a fresh one logs in. Not from inside QXmpp's
    // stanza handling, which is where we are: the restart aborts its socket.
    if (m_session)
        QMetaObject::invokeMethod(m_session->connection(), &ConnectionController::restartLogin, Qt::QueuedConnection);
}

void Registration::fail(const QString &message)
{
    if (m_state != State::Registering)
        return;
    qCWarning(lcAccount).noquote() << "Registration refused:" << message;
    m_errorMessage = message;
    // The session shows it as its connection error; the attempt ends there, without retries (a
    // first login is never retried).
    if (m_session)
        m_session->connection()->reportFailure({ConnectionError::Kind::ServerError, message});
    finish(State::Failed);
}

void Registration::finish(State state)
{
    disarm();
    m_password.clear();
    m_state = state;
    Q_EMIT stateChanged();
    Q_EMIT finished(state == State::Registered);
}

void Registration::disarm()
{
    if (!m_manager || !m_session)
        return;
    m_manager->setRegisterOnConnectEnabled(false);
    // Later: this may run inside the manager's own handleStanza().
    auto *client = m_session->client();
    QMetaObject::invokeMethod(client, [client, manager = m_manager] {
        if (manager)
            client->removeExtension(manager);
    }, Qt::QueuedConnection);
    m_manager.clear();
}

std::optional<QXmppRegisterIq> Registration::answerForm(const QXmppRegisterIq &form, const QString &username,
                                                        const QString &password, QString *error)
{
    const QString website = form.outOfBandUrl().trimmed();
    const auto needsMore = [&] {
        *error = website.isEmpty()
            ? tr("This server needs more than a user name and password to register; register on its website.")
            : tr("This server needs more than a user name and password to register; register on its website: %1")
                  .arg(website);
        return std::nullopt;
    };
    // Bits of binary (XEP-0231) in a registration form are CAPTCHA images or sounds.
    if (!form.bitsOfBinaryData().isEmpty())
        return needsMore();

    QXmppRegisterIq answer;
    const QXmppDataForm dataForm = form.form();
    if (!dataForm.isNull()) {
        if (dataForm.formType() == u"urn:xmpp:captcha")
            return needsMore();
        bool hasUsername = false;
        bool hasPassword = false;
        QList<QXmppDataForm::Field> fields;
        for (auto field : dataForm.fields()) {
            if (isCaptcha(field))
                return needsMore();
            if (field.key() == u"username") {
                field.setValue(username);
                hasUsername = true;
            } else if (field.key() == u"password") {
                field.setValue(password);
                hasPassword = true;
            } else if (field.type() == QXmppDataForm::Field::FixedField || field.key().isEmpty()) {
                continue;  // text for people; nothing to send
            } else if (field.type() != QXmppDataForm::Field::HiddenField) {
                if (field.isRequired())
                    return needsMore();
                continue;  // optional: left out
            }
            // Hidden fields (FORM_TYPE, a server's session token) go back as they came.
            fields << field;
        }
        if (!hasUsername || !hasPassword)
            return needsMore();
        // Legacy fields carry the same two values and are what every server offering them takes.
        if (form.username().isNull() || form.password().isNull()) {
            QXmppDataForm submit(QXmppDataForm::Submit);
            submit.setFields(fields);
            answer.setForm(submit);
            return answer;
        }
    } else if (form.username().isNull() || form.password().isNull() || !form.email().isNull()) {
        // Without a data form every legacy field listed is required (XEP-0077 3.1); QXmpp keeps
        // only user name, password and e-mail, so a form naming anything else fails at the server
        // (not-acceptable), which says so too.
        return needsMore();
    }
    answer.setUsername(username);
    answer.setPassword(password);
    return answer;
}

QString Registration::describeError(const QXmppStanza::Error &error, const QString &username, const QString &domain)
{
    const QString text = error.text().trimmed();
    switch (error.condition()) {
    case QXmppStanza::Error::Conflict:
        return tr("The name “%1” is already taken on %2. Choose another one.").arg(username, domain);
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::Forbidden:  // ejabberd's answer when its access rule denies registration
    case QXmppStanza::Error::FeatureNotImplemented:
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::RegistrationRequired:
        return tr("%1 does not let apps create accounts (in-band registration is closed). Create one on its "
                  "website, or ask its administrator.")
            .arg(domain);
    case QXmppStanza::Error::NotAcceptable:
    case QXmppStanza::Error::JidMalformed:
    case QXmppStanza::Error::BadRequest:
        return text.isEmpty() ? tr("%1 did not accept this user name or password. Try another name, or a longer password.").arg(domain)
                              : tr("%1 did not accept this user name or password: %2").arg(domain, text);
    case QXmppStanza::Error::ResourceConstraint:
        return tr("%1 cannot create accounts right now. Try again later.").arg(domain);
    default:
        break;
    }
    if (error.type() == QXmppStanza::Error::Wait) {
        return text.isEmpty() ? tr("%1 refused to create the account just now. Try again later.").arg(domain)
                              : tr("%1 refused to create the account just now (%2). Try again later.").arg(domain, text);
    }
    return text.isEmpty() ? tr("%1 refused to create the account.").arg(domain)
                          : tr("%1 refused to create the account: %2").arg(domain, text);
}
