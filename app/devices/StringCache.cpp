#include "devices/StringCache.h"

#include <QHashFunctions>

#include <array>
#include <utility>

namespace StringCache {
namespace {
// Two entries per set, the most recent first: a message's own series name and unit sharing a
// set do not push each other out. Hashes use seed 0 (no per-process random seed), so which
// names share a set is the same in every run.
constexpr size_t Sets = 128;
struct Set {
    QString recent, older;
};

template <typename Matches, typename Make>
QString lookup(size_t hash, Matches matches, Make make)
{
    thread_local std::array<Set, Sets> cache;
    Set &set = cache[hash % Sets];
    if (matches(set.recent))
        return set.recent;
    if (matches(set.older)) {
        std::swap(set.recent, set.older);
        return set.recent;
    }
    set.older = std::move(set.recent);
    set.recent = make();
    return set.recent;
}
}  // namespace

QString intern(QStringView text)
{
    return lookup(qHash(text), [&](const QString &s) { return !s.isNull() && s == text; }, [&] { return text.toString(); });
}

QString intern(QStringView a, QStringView b)
{
    const auto matches = [&](const QString &s) {
        const QStringView cached(s);
        return !s.isNull() && cached.size() == a.size() + b.size() && cached.startsWith(a) && cached.sliced(a.size()) == b;
    };
    return lookup(qHash(a) * 31 + qHash(b), matches, [&] { return a + b; });
}
}  // namespace StringCache
