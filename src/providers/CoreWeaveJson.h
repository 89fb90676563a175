#pragma once

#include "core/ApiKey.h"
#include "core/KeySpec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The JSON of the CoreWeave AI Object Storage access-key API (providers.md A.4, B.2), read
// defensively: both spellings of the key id, the 1970 sentinel of permanent keys, enum names
// for statuses and google.rpc.Status error bodies with numeric or Connect string codes.
namespace kw::coreweave {

// Temporary keys made with an API access token last at most 12 hours.
constexpr qint64 MaxDurationSeconds = 43200;
// The largest page the list call serves; a shorter page is the last one.
constexpr int PageLimit = 1000;

QByteArray statusWireName(bool active); // ACCESS_KEY_STATUS_ACTIVE / _SUSPENDED
KeyStatus statusFromWire(const QString& wireName);

// Permanent keys report expiry 1970-01-01T00:00:00Z: that instant, or anything before it, means
// the key never expires (nullopt), and so does a missing or unreadable expiry.
std::optional<QDateTime> expiryFromWire(const QString& text);

// One page of GET /v1/cwobject/access-key: {"info": [AccessKeyInfo, …]} (an absent "info" is an
// empty page, as proto3 JSON omits empty lists). Keys whose expiry is before now are Expired.
std::optional<QList<ApiKey>> parseKeyPage(const QByteArray& body, const QDateTime& now,
                                          QString* error);

// {"durationSeconds": n, "attributes": {"name": …}}; the name only when there is one.
QByteArray createKeyBody(const QString& name, qint64 durationSeconds);

// The create answer: the secret goes into a Secret and is wiped from the parsed tree (the caller
// wipes the body). Fields the answer lacks come from what was asked for.
std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, const QString& name,
                                          qint64 durationSeconds, const QDateTime& now,
                                          QString* error);

QByteArray revokeKeyBody(const QString& accessKeyId);                  // {"accessKey": id}
QByteArray principalStatusBody(const QString& principal, bool active); // {"principalName","status"}

// google.rpc.Status {"code": 3 | "invalid_argument", "message", "details": […]}: the message
// (or the code's meaning when there is none); field violations and reasons from the details go
// to *detail. Empty when the body is not of that shape.
QString parseErrorBody(const QByteArray& body, QString* detail);

} // namespace kw::coreweave
