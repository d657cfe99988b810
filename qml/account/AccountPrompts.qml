pragma ComponentBehavior: Bound
import QtQuick
import Linnet.Core

// The window's questions about accounts, one at a time: a certificate refused for a session or
// an AMQP broker (nothing else can help those), then passwords. Refusals come from every
// session and broker of every account (CertificateWatcher); pages ask explicitly (Review
// certificate, Enter password).
Item {
    id: root

    required property AccountsModel accounts
    readonly property bool open: passwordPrompt.visible || trustDialog.visible

    // Waiting: account JIDs that need a password, and "jid\nresource" of sessions or
    // "jid\namqp\nbroker" of brokers whose certificate was refused. Strings, not objects: an
    // account or session removed meanwhile is simply not found any more.
    property list<string> pendingPasswords
    property list<string> pendingTrust
    // Those keys plus "\nsha256" of refusals the user cancelled: not asked about again by itself.
    property list<string> dismissedTrust

    // Account.sessions is a QList<Session *>, a type qmllint cannot resolve: read it untyped.
    function sessionsOf(owner: var): var {
        return owner.sessions;
    }

    function findSession(owner: Account, resource: string): Session {
        for (const session of root.sessionsOf(owner)) {
            if (session.resource === resource)
                return session;
        }
        return null;
    }

    function brokerKey(owner: Account, broker: string): string {
        return owner.jid + "\namqp\n" + broker;
    }

    function askPassword(needing: Account) {
        if (!needing || (passwordPrompt.visible && passwordPrompt.account === needing))
            return;
        if (root.pendingPasswords.indexOf(needing.jid) < 0)
            root.pendingPasswords = root.pendingPasswords.concat([needing.jid]);
        root.showNext();
    }

    // explicit: the user asked (Review certificate), so a refusal they cancelled before counts.
    function askTrust(owner: Account, session: Session, explicit: bool) {
        if (!owner || !session || session.connection.refusedCertificate.isNull)
            return;
        if (trustDialog.visible && trustDialog.session === session)
            return;
        root.queueTrust(owner.jid + "\n" + session.resource, session.connection.refusedCertificate.sha256, explicit);
    }

    // A broker of owner was refused for its certificate; explicit as for sessions.
    function askBrokerTrust(owner: Account, broker: string, explicit: bool) {
        if (!owner || owner.amqp.refusedCertificate(broker).isNull)
            return;
        if (trustDialog.visible && trustDialog.account === owner && trustDialog.brokerName === broker)
            return;
        root.queueTrust(root.brokerKey(owner, broker), owner.amqp.refusedCertificate(broker).sha256, explicit);
    }

    function queueTrust(key: string, sha256: string, explicit: bool) {
        if (!explicit && root.dismissedTrust.indexOf(key + "\n" + sha256) >= 0)
            return;
        if (root.pendingTrust.indexOf(key) < 0)
            root.pendingTrust = root.pendingTrust.concat([key]);
        root.showNext();
    }

    // The first waiting question that still applies.
    function showNext() {
        if (root.open)
            return;
        while (root.pendingTrust.length > 0) {
            const parts = root.pendingTrust[0].split("\n");
            root.pendingTrust = root.pendingTrust.slice(1);
            const owner = root.accounts.account(parts[0]);
            if (!owner)
                continue;
            if (parts.length === 3 && parts[1] === "amqp") {
                if (owner.amqp.refusedCertificate(parts[2]).isNull)
                    continue;
                trustDialog.brokerName = parts[2];
            } else {
                const session = root.findSession(owner, parts[1]);
                if (!session || session.connection.error !== ConnectionError.CertificateRejected
                        || session.connection.refusedCertificate.isNull)
                    continue;
                trustDialog.session = session;
            }
            trustDialog.account = owner;
            trustDialog.open();
            return;
        }
        while (root.pendingPasswords.length > 0) {
            const jid = root.pendingPasswords[0];
            root.pendingPasswords = root.pendingPasswords.slice(1);
            const needing = root.accounts.account(jid);
            if (needing) {
                let reason = "";
                for (const session of root.sessionsOf(needing)) {
                    if (session.connection.error === ConnectionError.AuthenticationFailed)
                        reason = qsTr("The server refused the password: %1").arg(session.connection.errorMessage);
                }
                passwordPrompt.account = needing;
                passwordPrompt.reason = reason;
                passwordPrompt.open();
                return;
            }
        }
    }

    Connections {
        target: root.accounts
        // An account needs a password (not remembered, or no secret store): ask for it.
        function onPasswordNeeded(needing: Account) {
            root.askPassword(needing);
        }
    }

    CertificateWatcher {
        accounts: root.accounts
        onCertificateRefused: (owner, session) => root.askTrust(owner, session, false)
        onBrokerCertificateRefused: (owner, broker) => root.askBrokerTrust(owner, broker, false)
    }

    PasswordPrompt {
        id: passwordPrompt
        accounts: root.accounts
        onClosed: {
            passwordPrompt.account = null;
            Qt.callLater(root.showNext);
        }
    }

    TrustDialog {
        id: trustDialog
        onRejected: {
            if (!trustDialog.account)
                return;
            const key = trustDialog.forBroker ? root.brokerKey(trustDialog.account, trustDialog.brokerName)
                      : trustDialog.session ? trustDialog.account.jid + "\n" + trustDialog.session.resource : "";
            if (key.length > 0)
                root.dismissedTrust = root.dismissedTrust.concat([key + "\n" + trustDialog.fingerprint]);
        }
        onClosed: {
            trustDialog.session = null;
            trustDialog.brokerName = "";
            trustDialog.account = null;
            Qt.callLater(root.showNext);
        }
    }
}
