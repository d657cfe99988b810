// Runs the QML tests in this folder against the real Linnet modules, offscreen.
#include "account/AccountManager.h"

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
    void applicationAvailable()
    {
        m_accounts = std::make_unique<AccountManager>(m_profile.filePath(QStringLiteral("linnet.ini")));
        AccountManager::setInstance(m_accounts.get());
    }
    void cleanupTestCase()
    {
        AccountManager::setInstance(nullptr);
        m_accounts.reset();
    }

private:
    QTemporaryDir m_profile;
    std::unique_ptr<AccountManager> m_accounts;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)
#include "tst_qml.moc"
