#pragma once

#include "core/ApiKey.h"
#include "core/KeySpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// The WAYSCloud account API's JSON, read defensively: a missing or ill-typed field is tolerated
// where the key can still be shown, and reported with a clear message where it cannot.
namespace kw::wayscloud {

// The wire id of a service as the console names it: "llm-api" reads as "llm"; unknown ids
// (e.g. "vps") come back as they are, lower-cased.
QString normalisedService(const QString& wireId);
QStringList knownServices(); // storage, llm, database, dns, gpu

// RFC 3339 with or without fractional seconds; no zone means UTC. Invalid on garbage. The reading
// every provider shares (jsonio::parseTimestamp).
QDateTime parseTimestamp(const QString& text);

std::optional<QList<ApiKey>> parseKeyList(const QByteArray& body, QString* error);

// One service: the /service body; several: the /pat body with <svc>:read and <svc>:write scopes.
QByteArray createKeyBody(const KeySpec& spec);
bool createsServiceKey(const KeySpec& spec);

// The create answer. The key string is wiped from the parsed document after it is copied into
// the Secret; the caller wipes the body.
std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, const KeySpec& spec,
                                          QString* error);

QString parseErrorBody(const QByteArray& body, QString* detail);

} // namespace kw::wayscloud
