// Helpers of AmqpClient's files: a message's id, properties and body as Qt types.
#pragma once

#include <QByteArray>
#include <QString>

#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/scalar.hpp>

#include <algorithm>
#include <optional>
#include <string>

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

// "Application/SenML+JSON; charset=utf-8" -> "application/senml+json", without Qt strings (per
// message on the receive path).
inline std::string mediaType(const std::string &contentType)
{
    std::string type = contentType.substr(0, contentType.find(';'));
    const auto space = [](char c) { return c == ' ' || c == '\t'; };
    while (!type.empty() && space(type.back()))
        type.pop_back();
    const auto first = std::find_if_not(type.begin(), type.end(), space);
    type.erase(type.begin(), first);
    std::transform(type.begin(), type.end(), type.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return type;
}

// The body's bytes: a data section (binary) or an amqp-value string; nullopt for anything else.
inline std::optional<QByteArray> bodyBytes(const proton::message &m)
{
    const proton::value &body = m.body();
    if (body.type() == proton::BINARY) {
        const auto b = proton::get<proton::binary>(body);
        return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
    }
    if (body.type() == proton::STRING)
        return QByteArray::fromStdString(proton::get<std::string>(body));
    return std::nullopt;
}
}  // namespace amqpmsg
