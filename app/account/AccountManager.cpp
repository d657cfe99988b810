#include "AccountManager.h"

#include "Account.h"
#include "ConnectionController.h"
#include "core/Logging.h"

#include <QJSEngine>
#include <QSettings>

namespace {
AccountManager *s_instance = nullptr;
}

AccountManager::AccountManager(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
    load();
}

AccountManager::~AccountManager()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AccountManager *AccountManager::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AccountManager", "the application creates the instance before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AccountManager::setInstance(AccountManager *instance)
{
    s_instance = instance;
}

void AccountManager::load()
{
    QSettings s(m_settingsFile, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("account"));
    m_saved.jid = s.value(QStringLiteral("jid")).toString();
    m_saved.resource = s.value(QStringLiteral("resource"), m_saved.resource).toString();
    m_saved.host = s.value(QStringLiteral("host")).toString();
    m_saved.port = quint16(s.value(QStringLiteral("port"), 0).toUInt());
    m_saved.caCertificatesFile = s.value(QStringLiteral("caCertificatesFile")).toString();
}

void AccountManager::save(const ConnectionSettings &settings)
{
    QSettings s(m_settingsFile, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("account"));
    s.setValue(QStringLiteral("jid"), settings.jid);
    s.setValue(QStringLiteral("resource"), settings.resource);
    s.setValue(QStringLiteral("host"), settings.host);
    s.setValue(QStringLiteral("port"), settings.port);
    s.setValue(QStringLiteral("caCertificatesFile"), settings.caCertificatesFile);
    m_saved = settings;
    Q_EMIT savedChanged();
}

void AccountManager::login(const QString &jid, const QString &password, const QString &host, int port)
{
    auto settings = m_saved;
    const bool sameAccount = jid.trimmed() == m_saved.jid;
    settings.jid = jid.trimmed();
    settings.host = host.trimmed();
    settings.port = quint16(qBound(0, port, 65535));
    // A CA trusted for one account's server is not carried over to another account.
    if (!sameAccount)
        settings.caCertificatesFile.clear();
    login(settings, password);
}

void AccountManager::login(const ConnectionSettings &settings, const QString &password)
{
    if (m_loggedIn)
        return;
    // Each attempt starts from a fresh Account: nothing of a failed attempt lingers.
    if (m_current)
        m_current->deleteLater();
    m_current = new Account(settings, this);
    connect(m_current->connection(), &ConnectionController::loggedIn, this, [this] {
        save(m_current->settings());
        setLoggedIn(true);
    });
    Q_EMIT currentChanged();
    m_current->login(password);
}

void AccountManager::logout()
{
    if (!m_current)
        return;
    m_current->connection()->disconnectFromServer();
    setLoggedIn(false);
    // A fresh Account next time: no roster or chats of the old session linger.
    m_current->deleteLater();
    m_current = nullptr;
    Q_EMIT currentChanged();
}

void AccountManager::setLoggedIn(bool loggedIn)
{
    if (m_loggedIn == loggedIn)
        return;
    m_loggedIn = loggedIn;
    Q_EMIT loggedInChanged();
}
