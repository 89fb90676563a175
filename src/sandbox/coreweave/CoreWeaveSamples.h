#pragma once

#include <QDateTime>
#include <QString>

namespace kw::sandbox {

class CoreWeaveAccessKeys;

// Sample access keys for demos and list tests, all of them listed at `now`: spread over the
// admin's principal and three others (one of them suspended), permanent keys of any age and
// temporary ones (expiring within hours, or expired within the last day), named and unnamed.
// The same count gives the same mix every time; ids and secrets are random and the secrets
// are dropped at once.
void seedCoreWeaveSamples(CoreWeaveAccessKeys& keys, const QString& adminPrincipal, int count,
                          const QDateTime& now, quint32 seed = 0xC0A1EAFEu);

// The principals the samples use besides the admin's; the last one is suspended.
QStringList coreWeaveSamplePrincipals();

} // namespace kw::sandbox
