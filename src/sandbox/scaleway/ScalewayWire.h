#pragma once

#include "sandbox/scaleway/ScalewayOrganization.h"

#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace kw::sandbox::scaleway {

// The wire forms of the Scaleway IAM objects (providers.md B.3) and the formats they use.

bool isUuid(const QString& text);
// RFC 3339 with a zone (Z or ±hh:mm) and optional fractional seconds; nullopt otherwise.
std::optional<QDateTime> parseRfc3339(const QString& text);
// UTC with microseconds, as Scaleway writes them: 2026-08-19T14:07:20.504000Z.
nlohmann::json timestamp(const std::optional<QDateTime>& when);

// secret: only in the create response; null everywhere else.
nlohmann::json keyToJson(const ScalewayKey& key, const std::optional<QString>& secret = {});
nlohmann::json userToJson(const ScalewayUser& user, const QString& organizationId);
nlohmann::json applicationToJson(const ScalewayApplication& application,
                                 const QString& organizationId, int keyCount);
// Account API v3 (/account/v3/projects).
nlohmann::json projectToJson(const ScalewayProject& project, const QString& organizationId);

} // namespace kw::sandbox::scaleway
