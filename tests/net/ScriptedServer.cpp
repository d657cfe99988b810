#include "ScriptedServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRegularExpression>

const QByteArray ScriptedServer::Domain = "bridge.test";
const QByteArray ScriptedServer::Header =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
    "xmlns:stream='http://etherx.jabber.org/streams' from='bridge.test' id='s1' version='1.0'>";

namespace {
const QByteArray StartTlsFeatures = "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                                    "<required/></starttls></stream:features>";
const QByteArray SaslFeatures = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>";
const QByteArray SessionFeatures = "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                                   "<sm xmlns='urn:xmpp:sm:3'/></stream:features>";
const QByteArray Salt = "linnet-test-salt";
constexpr int Iterations = 4096;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
}

QByteArray attribute(const QByteArray &element, const char *name)
{
    const QRegularExpression re(QStringLiteral("\\s%1=['\"]([^'\"]*)['\"]").arg(QLatin1String(name)));
    return re.match(QString::fromUtf8(element)).captured(1).toUtf8();
}

QByteArray textOf(const QByteArray &element)
{
    const auto open = element.indexOf('>');
    const auto close = element.lastIndexOf("</");
    return open < 0 || close <= open ? QByteArray() : element.mid(open + 1, close - open - 1);
}

QByteArray scramField(const QByteArray &message, char name)
{
    for (const auto &part : message.split(','))
        if (part.size() > 2 && part.at(0) == name && part.at(1) == '=')
            return part.mid(2);
    return {};
}

// One top-level element from the front of buffer (or a stream header / end); empty while
// incomplete. Good enough for what QXmpp sends: stanzas never contain their own name nested.
QByteArray takeElement(QByteArray &buffer)
{
    while (!buffer.isEmpty() && QByteArrayView(" \r\n\t").contains(buffer.at(0)))
        buffer.remove(0, 1);
    if (buffer.startsWith("<?xml")) {
        const auto end = buffer.indexOf("?>");
        if (end < 0)
            return {};
        buffer.remove(0, end + 2);
        return takeElement(buffer);
    }
    qsizetype end = -1;
    if (buffer.startsWith("<stream:stream") || buffer.startsWith("</stream:stream>")) {
        end = buffer.indexOf('>') + 1;
    } else if (buffer.startsWith('<')) {
        qsizetype nameEnd = 1;
        while (nameEnd < buffer.size() && !QByteArrayView(" />\r\n\t").contains(buffer.at(nameEnd)))
            ++nameEnd;
        const QByteArray name = buffer.mid(1, nameEnd - 1);
        const auto tagEnd = buffer.indexOf('>');
        if (tagEnd > 0 && buffer.at(tagEnd - 1) == '/') {
            end = tagEnd + 1;
        } else if (const auto close = buffer.indexOf(QByteArray("</" + name + '>')); close >= 0) {
            end = close + name.size() + 3;
        }
    }
    if (end <= 0)
        return {};
    const QByteArray element = buffer.left(end);
    buffer.remove(0, end);
    return element;
}
}  // namespace

ScriptedServer::ScriptedServer()
    : beforeTls(StartTlsFeatures)
{
}

bool ScriptedServer::setCertificate(const QString &certificateFile, const QString &keyFile)
{
    m_certificate = QSslCertificate::fromPath(certificateFile).value(0);
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = file.readAll();
    m_key = QSslKey(pem, QSsl::Ec);
    if (m_key.isNull())
        m_key = QSslKey(pem, QSsl::Rsa);
    return !m_certificate.isNull() && !m_key.isNull();
}

QByteArray ScriptedServer::allReceived() const
{
    QByteArray all;
    for (const auto &connection : m_connections)
        all += connection.received;
    return all;
}

QByteArray ScriptedServer::allPlaintext() const
{
    QByteArray all;
    for (const auto &connection : m_connections)
        all += connection.plaintext;
    return all;
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    const int index = m_connections.size();
    Connection connection;
    connection.socket = socket;
    m_connections.append(connection);
    connect(socket, &QSslSocket::readyRead, this, [this, index] { readFrom(index); });
}

void ScriptedServer::readFrom(int index)
{
    auto &connection = m_connections[index];
    auto *socket = connection.socket;
    const QByteArray data = socket->readAll();
    connection.received += data;
    if (socket->isEncrypted()) {
        connection.pending += data;
        answerEncrypted(connection);
        return;
    }
    connection.plaintext += data;
    if (data.contains("<stream:stream")) {
        socket->write((sendHeader ? Header : QByteArray()) + beforeTls);
        if (closeAfterBeforeTls) {
            socket->disconnectFromHost();
            return;
        }
    }
    if (offerTls && data.contains("<starttls")) {
        socket->write("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        socket->startServerEncryption();
    }
}

void ScriptedServer::answerEncrypted(Connection &connection)
{
    auto *socket = connection.socket;
    for (QByteArray element = takeElement(connection.pending); !element.isEmpty();
         element = takeElement(connection.pending)) {
        if (element.startsWith("<stream:stream")) {
            if (connection.authenticated)
                socket->write(Header + SessionFeatures);
            else
                socket->write(headerAfterTls + (afterTls.isEmpty() ? SaslFeatures : afterTls));
            if (onEncryptedStream)
                onEncryptedStream(connection);
        } else if (element.startsWith("</stream:stream")) {
            socket->write("</stream:stream>");
            socket->disconnectFromHost();
            return;
        } else if (element.startsWith("<auth") || element.startsWith("<response")) {
            if (!answerSasl(connection, element))
                socket->write("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>");
        } else if (element.startsWith("<iq") && element.contains("urn:ietf:params:xml:ns:xmpp-bind")) {
            socket->write("<iq type='result' id='" + attribute(element, "id") + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                          "<jid>alice@bridge.test/linnet</jid></bind></iq>" + afterBind);
        } else if (element.startsWith("<iq") && element.contains("jabber:iq:auth")) {
            // XEP-0078 bait: a client that answers this sends the password in clear.
            socket->write("<iq type='result' id='" + attribute(element, "id") + "'><query xmlns='jabber:iq:auth'>"
                          "<username/><password/><resource/></query></iq>");
        } else if (element.startsWith("<iq") && (element.contains("type='get'") || element.contains("type='set'"))) {
            socket->write("<iq type='result' id='" + attribute(element, "id") + "'/>");
        } else if (element.startsWith("<enable")) {
            socket->write("<enabled xmlns='urn:xmpp:sm:3' id='sm-1' resume='true'" + enabledExtra + "/>");
            connection.smEnabled = true;
            if (onLoggedIn)
                onLoggedIn(connection);
        } else if (element.startsWith("<resume")) {
            socket->write("<failed xmlns='urn:xmpp:sm:3'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>");
        } else if (element.startsWith("<r ")) {
            ++connection.ackRequests;
            socket->write("<a xmlns='urn:xmpp:sm:3' h='" + QByteArray::number(connection.handled) + "'/>");
        }
        if (connection.smEnabled && (element.startsWith("<message") || element.startsWith("<presence") || element.startsWith("<iq")))
            ++connection.handled;
    }
}

// SCRAM-SHA-1 (RFC 5802), the server side, checking the client's proof for real.
bool ScriptedServer::answerSasl(Connection &connection, const QByteArray &element)
{
    auto *socket = connection.socket;
    const QByteArray message = QByteArray::fromBase64(textOf(element));
    if (element.startsWith("<auth")) {
        if (attribute(element, "mechanism") != "SCRAM-SHA-1")
            return false;
        // gs2 header ("n,," or "y,,") then the bare message
        const auto second = message.indexOf(',', message.indexOf(',') + 1);
        connection.clientFirstBare = message.mid(second + 1);
        const QByteArray nonce = scramField(connection.clientFirstBare, 'r') + "server-nonce";
        connection.serverFirst = "r=" + nonce + ",s=" + Salt.toBase64() + ",i=" + QByteArray::number(Iterations);
        socket->write("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + connection.serverFirst.toBase64() + "</challenge>");
        return true;
    }
    const QByteArray withoutProof = message.left(message.lastIndexOf(",p="));
    const QByteArray proof = QByteArray::fromBase64(scramField(message, 'p'));
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha1, password, Salt, Iterations, 20);
    const QByteArray authMessage = connection.clientFirstBare + ',' + connection.serverFirst + ',' + withoutProof;
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray signature = hmac(QCryptographicHash::hash(clientKey, QCryptographicHash::Sha1), authMessage);
    QByteArray expected = clientKey;
    for (qsizetype i = 0; i < expected.size(); ++i)
        expected[i] = char(expected[i] ^ signature[i]);
    if (proof != expected)
        return false;
    const QByteArray serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    socket->write("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + QByteArray("v=" + serverSignature.toBase64()).toBase64() + "</success>");
    connection.authenticated = true;
    return true;
}
