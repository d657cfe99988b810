pragma ComponentBehavior: Bound
import QtQuick
import Linnet.Core

// Watches every session of every account and tells when one was refused for its certificate
// (error CertificateRejected with the certificate to show), so the window can ask about trust.
Instantiator {
    id: root

    required property AccountsModel accounts

    signal certificateRefused(Account account, Session session)

    model: root.accounts
    delegate: Instantiator {
        id: perAccount
        required property Account account
        model: perAccount.account ? perAccount.account.sessions : []
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
