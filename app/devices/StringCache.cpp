#include "devices/StringCache.h"

#include <QHashFunctions>

#include <array>

namespace StringCache {
namespace {
constexpr size_t Slots = 256;

QString &slotFor(size_t hash)
{
    thread_local std::array<QString, Slots> cache;
    return cache[hash % Slots];
}
}  // namespace

QString intern(QStringView text)
{
    QString &slot = slotFor(qHash(text));
    if (slot != text)
        slot = text.toString();
    return slot;
}

QString intern(QStringView a, QStringView b)
{
    QString &slot = slotFor(qHash(b, qHash(a)));
    const QStringView cached(slot);
    if (cached.size() != a.size() + b.size() || !cached.startsWith(a) || cached.sliced(a.size()) != b)
        slot = a + b;
    return slot;
}
}  // namespace StringCache
