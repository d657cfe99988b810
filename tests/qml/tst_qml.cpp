// Runs the QML tests in this folder against the real Linnet modules, offscreen. The window's
// required AccountsModel comes from here, with an empty profile (TestAccounts in QML).
#include "account/AccountsModel.h"
#include "net/NetworkThread.h"
#include "security/CredentialStore.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Linnet_CorePlugin)
Q_IMPORT_QML_PLUGIN(LinnetPlugin)

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *)
    {
        if (!m_accounts) {
            m_accounts = std::make_unique<AccountsModel>(m_profile.filePath(QStringLiteral("linnet.ini")), &m_network,
                                                         &m_credentials);
            // Test scaffolding only: the app passes it to Main as a required property.
            qmlRegisterSingletonInstance("LinnetTest", 1, 0, "TestAccounts", m_accounts.get());
        }
    }
    void cleanupTestCase()
    {
        m_accounts.reset();
    }

private:
    QTemporaryDir m_profile;
    NetworkThread m_network;
    CredentialStore m_credentials;
    std::unique_ptr<AccountsModel> m_accounts;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)
#include "tst_qml.moc"
