// Series names and units repeat from one message to the next: the decoders share an interned
// QString instead of allocating one per record (the fast lanes decode tens of thousands of
// messages a second). Per thread, 128 sets of two: a miss replaces the older entry of its set,
// so it stays small and never grows with what it is fed.
#pragma once

#include <QString>
#include <QStringView>

namespace StringCache {
QString intern(QStringView text);
// a + b without building it when it is cached already.
QString intern(QStringView a, QStringView b);
}  // namespace StringCache
