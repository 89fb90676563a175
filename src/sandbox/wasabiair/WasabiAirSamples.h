#pragma once

#include <QDateTime>

namespace kw::sandbox {

class WasabiAirAccount;

// Keys for demos and list tests: ages from days to two years, named and default-named, about
// one in five inactive, some renamed or disabled after creation. Spread is fixed by `count`, so
// screenshots look the same from run to run (ids and JWTs aside).
void seedAirSampleKeys(WasabiAirAccount& account, int count, const QDateTime& now);

} // namespace kw::sandbox
