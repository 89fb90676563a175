#pragma once

#include <QDateTime>
#include <QString>

namespace kw::sandbox {

class ScalewayOrganization;

// Realistic content for demos and list tests: three more users and three IAM applications
// (one of them managed by a Scaleway product), then keys until the Organization holds `count`
// in all, of varied age, bearer, expiry (never, past, in 3 h, in 20 days, in a year),
// description and project, three of them managed (neither editable nor deletable). Their
// secrets are never made, so no one can use them. Deterministic apart from the ids.
void seedScalewaySamples(ScalewayOrganization& organization, const QString& ownUserId, int count,
                         const QDateTime& now, quint32 seed = 0x5ca1e);

} // namespace kw::sandbox
