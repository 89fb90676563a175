#pragma once

#include "core/ApiKey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// KeyDrift's rows of the keys it saw (src/console/KeyDrift.cpp): private to it.
namespace kw::driftghosts {

// A vanished key's row (Revoked, neither editable nor deletable), and its JSON in the record.
QJsonObject ghostToJson(const ApiKey& key);
ApiKey ghostFromJson(const QJsonObject& object);
// The row of a listed key, field by field (called for every key after every load).
ApiKey ghostOf(const ApiKey& listed);
// A seen key as one short array (a large account's seen keys are many), and back.
QJsonArray ghostToRow(const ApiKey& key);
ApiKey ghostFromRow(const QJsonArray& row);
// A time as ghostToRow writes it, read without QDateTime::fromString; any other text the slow way.
QDateTime ghostTime(const QString& text);

} // namespace kw::driftghosts
