// A throw-away certificate authority and a server certificate signed by it, made with the
// openssl CLI. Tests that want "the certificate does not validate" simply do not trust the CA.
#pragma once

#include <QString>
#include <QStringList>

namespace linnet::test {

struct CertificateFiles {
    QString caCertificate;      // PEM
    QString serverCertificate;  // PEM, signed by the CA
    QString serverKey;          // PEM, unencrypted
};

// Writes ca.pem, ca.key, server.pem and server.key into dir. dnsNames and ipAddresses become
// the subjectAltName of the server certificate (Prosody 13 and Qt ignore the CN); the first
// DNS name is also the CN.
bool makeCertificates(const QString &dir, const QStringList &dnsNames, const QStringList &ipAddresses,
                      CertificateFiles *files, QString *error);

// Signs one more server certificate (BASENAME.pem, BASENAME.key in dir) with an existing CA,
// e.g. one valid for another name. files->caCertificate is caCertificate.
bool signServerCertificate(const QString &dir, const QString &baseName, const QStringList &dnsNames,
                           const QStringList &ipAddresses, const QString &caCertificate, const QString &caKey,
                           CertificateFiles *files, QString *error);

// The openssl executable from PATH (or /usr/bin/openssl); empty when there is none.
QString opensslProgram();

}  // namespace linnet::test
