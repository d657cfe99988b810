// What the trust dialog shows of a certificate the bridge refused: who it names, who signed
// it, when it is valid, its SHA-256 fingerprint and why it did not validate.
#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class CertificateInfo
{
    Q_GADGET
    QML_VALUE_TYPE(certificateInfo)
    Q_PROPERTY(bool isNull READ isNull CONSTANT)
    Q_PROPERTY(QString subject READ subject CONSTANT)
    Q_PROPERTY(QString issuer READ issuer CONSTANT)
    Q_PROPERTY(QDateTime validFrom READ validFrom CONSTANT)
    Q_PROPERTY(QDateTime validUntil READ validUntil CONSTANT)
    Q_PROPERTY(QString sha256 READ sha256 CONSTANT)
    Q_PROPERTY(QStringList errors READ errors CONSTANT)
    Q_PROPERTY(bool changed READ changed CONSTANT)

public:
    CertificateInfo() = default;
    CertificateInfo(const QSslCertificate &certificate, const QList<QSslError> &errors, bool changed);

    bool isNull() const { return m_certificate.isNull(); }
    QString subject() const;
    QString issuer() const;
    QDateTime validFrom() const { return m_certificate.effectiveDate(); }
    QDateTime validUntil() const { return m_certificate.expiryDate(); }
    // "AB:CD:..." as people compare fingerprints.
    QString sha256() const;
    QByteArray digest() const;
    QStringList errors() const { return m_errors; }
    bool changed() const { return m_changed; }
    bool operator==(const CertificateInfo &other) const = default;

private:
    QSslCertificate m_certificate;
    QStringList m_errors;
    bool m_changed = false;
};
