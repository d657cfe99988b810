// A simulated buddy for the demo and for tests: logs in, shows a presence, accepts
// subscriptions and answers chat messages after a short, human-looking pause.
#pragma once

#include "BotScript.h"

#include <QHash>
#include <QObject>
#include <QXmppConfiguration.h>
#include <QXmppPresence.h>

class QXmppClient;
class QXmppMessage;
class QXmppRosterManager;

class BuddyBot : public QObject
{
    Q_OBJECT
public:
    BuddyBot(QXmppConfiguration config, QXmppPresence presence, QString persona, QObject *parent = nullptr);

    // What to say by itself once online (BotScript): to whom, and the steps.
    void setScript(const QString &to, const QList<BotScript::Step> &steps);
    void start();  // connect; emits online() or loginFailed()
    void stop();   // send unavailable presence and disconnect; emits stopped()

signals:
    void online(const QString &bareJid);
    void loginFailed(const QString &reason);
    void stopped();

private:
    void onConnected();
    void onError(const QString &reason);
    void onMessage(const QXmppMessage &message);
    void onSubscriptionRequest(const QString &bareJid);
    void sendReply(const QString &to, const QString &text);
    QString displayName(const QString &bareJid) const;

    QXmppConfiguration m_config;
    QXmppPresence m_presence;
    QString m_persona;
    QXmppClient *m_client;
    QXmppRosterManager *m_roster;
    bool m_everOnline = false;
    bool m_stopping = false;
    QString m_scriptTo;
    QList<BotScript::Step> m_script;
    QHash<QString, int> m_turns;  // messages answered per bare JID: varies the wording
};
