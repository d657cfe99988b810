pragma ComponentBehavior: Bound
import QtQuick
import Linnet.Core

// Watches every session and every AMQP broker of every account and tells when one was refused
// for its certificate (with the certificate to show), so the window can ask about trust.
Instantiator {
    id: root

    required property AccountsModel accounts

    signal certificateRefused(Account account, Session session)
    signal brokerCertificateRefused(Account account, string broker)

    model: root.accounts
    delegate: Instantiator {
        id: perAccount
        required property Account account
        model: perAccount.account ? perAccount.account.sessions : []

        // The brokers report refusals through their model (a broker's connection is replaced
        // when it is trusted, the model stays).
        readonly property Connections brokerWatch: Connections {
            target: perAccount.account ? perAccount.account.amqp : null
            function onCertificateRefused(broker: string) {
                root.brokerCertificateRefused(perAccount.account, broker);
            }
            // Refused before this watcher was there.
            Component.onCompleted: {
                const brokers = perAccount.account ? perAccount.account.amqp : null;
                for (const name of (brokers ? brokers.names() : [])) {
                    if (!brokers.refusedCertificate(name).isNull)
                        root.brokerCertificateRefused(perAccount.account, name);
                }
            }
        }

        delegate: Connections {
            id: perSession
            required property Session modelData
            // A removed session is deleted before its watcher goes.
            target: perSession.modelData ? perSession.modelData.connection : null

            function check() {
                if (!perSession.modelData)
                    return;
                const connection = perSession.modelData.connection;
                if (connection.error === ConnectionError.CertificateRejected && !connection.refusedCertificate.isNull)
                    root.certificateRefused(perAccount.account, perSession.modelData);
            }
            function onErrorChanged() {
                check();
            }
            Component.onCompleted: check()
        }
    }
}
