// Helpers of AmqpClient's files: a message's id, properties and body as Qt types.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/scalar.hpp>

#include <proton/binary.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace amqpmsg {
inline QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QString idText(const proton::message_id &id)
{
    if (id.empty())
        return {};
    if (id.type() == proton::STRING)
        return text(proton::get<std::string>(id));
    return text(proton::to_string(id));
}

inline QString appProperty(const proton::message &m, const char *name)
{
    const auto &properties = m.properties();
    if (!properties.exists(name))
        return {};
    const auto value = properties.get(name);
    return value.type() == proton::STRING ? text(proton::get<std::string>(value)) : text(proton::to_string(value));
}

// Whether a content type is `lowerType`: "Application/SenML+JSON; charset=utf-8" is
// "application/senml+json". No copies: it runs per message on the receive path.
inline bool isMediaType(std::string_view contentType, std::string_view lowerType)
{
    std::string_view type = contentType.substr(0, contentType.find(';'));
    const auto space = [](char c) { return c == ' ' || c == '\t'; };
    while (!type.empty() && space(type.back()))
        type.remove_suffix(1);
    while (!type.empty() && space(type.front()))
        type.remove_prefix(1);
    return std::equal(type.begin(), type.end(), lowerType.begin(), lowerType.end(),
                      [](char c, char lower) { return (c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) == lower; });
}

// A message's body as bytes: a data section (binary) or an amqp-value string; valid() is false
// for anything else. Holds one copy (Proton hands out values, not views).
class Body
{
public:
    explicit Body(const proton::message &m)
    {
        const proton::value &body = m.body();
        if (body.type() == proton::BINARY) {
            m_binary = proton::get<proton::binary>(body);
            m_bytes = QByteArrayView(reinterpret_cast<const char *>(m_binary.data()), qsizetype(m_binary.size()));
            m_valid = true;
        } else if (body.type() == proton::STRING) {
            m_text = proton::get<std::string>(body);
            m_bytes = QByteArrayView(m_text.data(), qsizetype(m_text.size()));
            m_valid = true;
        }
    }
    Body(const Body &) = delete;
    Body &operator=(const Body &) = delete;
    bool valid() const { return m_valid; }
    QByteArrayView bytes() const { return m_bytes; }
    QString text() const { return m_valid ? QString::fromUtf8(m_bytes) : QString(); }

private:
    proton::binary m_binary;
    std::string m_text;
    QByteArrayView m_bytes;
    bool m_valid = false;
};
}  // namespace amqpmsg
