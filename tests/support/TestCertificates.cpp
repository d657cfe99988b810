#include "TestCertificates.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace linnet::test {

namespace {

// EC P-256 keys: generating them takes milliseconds, RSA takes far longer, and every test
// starts a server of its own.
const QStringList kKeyArgs = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                              QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};

bool runOpenssl(const QStringList &args, const QString &workDir, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(opensslProgram(), args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("openssl %1 failed: %2 %3")
                         .arg(args.join(QLatin1Char(' ')), process.errorString(),
                              QString::fromLocal8Bit(process.readAll()).trimmed());
        }
        return false;
    }
    return true;
}

}  // namespace

QString opensslProgram()
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty() && QFileInfo::exists(QStringLiteral("/usr/bin/openssl")))
        program = QStringLiteral("/usr/bin/openssl");
    return program;
}

bool makeCertificates(const QString &dir, const QStringList &dnsNames, const QStringList &ipAddresses,
                      CertificateFiles *files, QString *error)
{
    if (opensslProgram().isEmpty()) {
        if (error)
            *error = QStringLiteral("the openssl program is not installed");
        return false;
    }
    if (dnsNames.isEmpty()) {
        if (error)
            *error = QStringLiteral("a server certificate needs at least one DNS name");
        return false;
    }
    const QDir d(dir);
    const CertificateFiles out{d.filePath(QStringLiteral("ca.pem")), d.filePath(QStringLiteral("server.pem")),
                               d.filePath(QStringLiteral("server.key"))};
    const QString caKey = d.filePath(QStringLiteral("ca.key"));

    // "-config /dev/null": only the extensions given here, nothing from the system openssl.cnf
    // (whose v3_ca section would otherwise make the server certificate a CA as well).
    QStringList caArgs = {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), QStringLiteral("/dev/null")};
    caArgs << kKeyArgs
           << QStringLiteral("-keyout") << caKey << QStringLiteral("-out") << out.caCertificate
           << QStringLiteral("-days") << QStringLiteral("30") << QStringLiteral("-subj") << QStringLiteral("/CN=Linnet Test CA")
           << QStringLiteral("-addext") << QStringLiteral("basicConstraints=critical,CA:TRUE")
           << QStringLiteral("-addext") << QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")
           << QStringLiteral("-addext") << QStringLiteral("subjectKeyIdentifier=hash");
    if (!runOpenssl(caArgs, dir, error))
        return false;

    if (!signServerCertificate(dir, QStringLiteral("server"), dnsNames, ipAddresses, out.caCertificate, caKey,
                               nullptr, error))
        return false;

    if (files)
        *files = out;
    return true;
}

bool signServerCertificate(const QString &dir, const QString &baseName, const QStringList &dnsNames,
                           const QStringList &ipAddresses, const QString &caCertificate, const QString &caKey,
                           CertificateFiles *files, QString *error)
{
    const QDir d(dir);
    const CertificateFiles out{caCertificate, d.filePath(baseName + QStringLiteral(".pem")),
                               d.filePath(baseName + QStringLiteral(".key"))};
    QStringList san;
    for (const QString &name : dnsNames)
        san << QStringLiteral("DNS:") + name;
    for (const QString &address : ipAddresses)
        san << QStringLiteral("IP:") + address;
    // OpenSSL 3's "req -x509 -CA" signs a fresh key with the CA in one step.
    QStringList args = {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), QStringLiteral("/dev/null")};
    args << kKeyArgs
         << QStringLiteral("-keyout") << out.serverKey << QStringLiteral("-out") << out.serverCertificate
         << QStringLiteral("-CA") << caCertificate << QStringLiteral("-CAkey") << caKey
         << QStringLiteral("-days") << QStringLiteral("30") << QStringLiteral("-subj") << QStringLiteral("/CN=") + dnsNames.first()
         << QStringLiteral("-addext") << QStringLiteral("basicConstraints=critical,CA:FALSE")
         << QStringLiteral("-addext") << QStringLiteral("keyUsage=critical,digitalSignature")
         << QStringLiteral("-addext") << QStringLiteral("extendedKeyUsage=serverAuth")
         << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + san.join(QLatin1Char(','));
    if (!runOpenssl(args, dir, error))
        return false;
    if (files)
        *files = out;
    return true;
}

}  // namespace linnet::test
