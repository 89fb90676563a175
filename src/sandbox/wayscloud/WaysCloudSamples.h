#pragma once

#include <QDateTime>

namespace kw::sandbox {

class WaysCloudAccount;

// Realistic keys for demos and list tests: varied age, services, descriptions, whitelists and
// last use. Their secrets are random and dropped at once, so no one can use them.
void seedWaysCloudSamples(WaysCloudAccount& account, int count, const QDateTime& now);

} // namespace kw::sandbox
