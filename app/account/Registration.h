// Creates an account on its server in-band (XEP-0077) on the next connect of one of its
// sessions, then lets that session log in as usual (AccountsModel::registerAccount).
//
// Where it runs: on the session's own stream, which QXmpp only ever opens to the StreamBridge.
// The bridge does STARTTLS before anything of QXmpp's leaves, so QXmpp sees the server's stream
// features only once the link is encrypted; QXmppRegistrationManager (registerOnConnect) takes
// those features in place of the login, asks for the server's form and sends it filled in.
// The registration step ends its stream unauthenticated; a fresh attempt then logs in
// (ConnectionController::restartLogin), so nothing else in the login path changes.
//
// What it fills in: a user name (the JID's user part) and the password, nothing else. A server
// that asks for more (an e-mail address, a CAPTCHA as in XEP-0158, a web page to visit) is told
// apart and the user is sent to its website. The server's refusals (name taken, registration
// closed, ...) become the session's connection error, in a sentence, and end the registration:
// no retries. Transport trouble (unreachable, a certificate to trust) leaves it armed, so the
// session's next connect registers again.
//
// The password: in memory only until the registration ends (the account keeps its own copy for
// the login); the one stanza that carries it is sent with the client's logger detached (a data
// form's <value/> is not something LogRedaction would recognise).
#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <QXmppRegisterIq.h>
#include <QXmppStanza.h>

#include <optional>

class QXmppRegistrationManager;
class Session;

class Registration : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AccountsModel.registerAccount() creates it")
    Q_MOC_INCLUDE("account/Session.h")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // With Failed: why, in a sentence (also the session's connection error).
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(Session *session READ session CONSTANT)

public:
    enum class State {
        Registering,  // armed: the session's next connect registers (or it is doing so now)
        Registered,   // the server created the account; the session logs in
        Failed,       // the server refused, or wants more than a name and a password
    };
    Q_ENUM(State)

    // Arms session: its next connect registers the user part of its JID with this password.
    Registration(Session *session, const QString &password, QObject *parent = nullptr);
    ~Registration() override;

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    Session *session() const;

    // The answer to the server's registration form: user name and password filled in, nothing
    // else. Empty, with *error saying why, when the form asks for more (required fields, a
    // CAPTCHA, only a web page). Legacy fields are answered when offered (Prosody and ejabberd
    // offer them), else the data form.
    static std::optional<QXmppRegisterIq> answerForm(const QXmppRegisterIq &form, const QString &username,
                                                     const QString &password, QString *error);
    // A server's refusal as a sentence for the user.
    static QString describeError(const QXmppStanza::Error &error, const QString &username, const QString &domain);

Q_SIGNALS:
    void stateChanged();
    // Once: registered, or failed for good.
    void finished(bool registered);

private:
    void handleForm(const QXmppRegisterIq &form);
    void handleSucceeded();
    void fail(const QString &message);
    void finish(State state);
    void disarm();
    QString username() const;
    QString domain() const;

    QPointer<Session> m_session;
    QPointer<QXmppRegistrationManager> m_manager;  // the session's client owns it
    QString m_password;                            // until the registration ends
    State m_state = State::Registering;
    QString m_errorMessage;
};
