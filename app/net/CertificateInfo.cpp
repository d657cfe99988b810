#include "CertificateInfo.h"

namespace {
QString describe(const QSslCertificate &certificate, bool issuer)
{
    const auto part = [&](QSslCertificate::SubjectInfo info) {
        const auto values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(QStringLiteral(", "));
    };
    QStringList parts;
    for (const auto info : {QSslCertificate::CommonName, QSslCertificate::Organization, QSslCertificate::CountryName}) {
        if (const QString value = part(info); !value.isEmpty())
            parts << value;
    }
    return parts.join(QStringLiteral(" · "));
}
}  // namespace

CertificateInfo::CertificateInfo(const QSslCertificate &certificate, const QList<QSslError> &errors, bool changed)
    : m_certificate(certificate)
    , m_changed(changed)
{
    for (const auto &error : errors) {
        if (!m_errors.contains(error.errorString()))
            m_errors << error.errorString();
    }
}

QString CertificateInfo::subject() const
{
    QString names = describe(m_certificate, false);
    auto alternatives = m_certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    alternatives.removeAll(m_certificate.subjectInfo(QSslCertificate::CommonName).value(0));
    if (!alternatives.isEmpty())
        names += QStringLiteral(" (") + alternatives.join(QStringLiteral(", ")) + QLatin1Char(')');
    return names;
}

QString CertificateInfo::issuer() const
{
    return describe(m_certificate, true);
}

QByteArray CertificateInfo::digest() const
{
    return m_certificate.digest(QCryptographicHash::Sha256);
}

QString CertificateInfo::sha256() const
{
    return QString::fromLatin1(digest().toHex(':').toUpper());
}
