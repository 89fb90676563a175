#pragma once

#include "core/ApiKey.h"
#include "core/KeySpec.h"
#include "core/Secret.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// The JSON of the Wasabi AiR API-key endpoints (providers.md A.6, B.1.1). Every key object the
// API returns carries the key's JWT. The console treats it as a secret although the list shows
// it: the readers below never put it into an ApiKey, and they overwrite the parsed document's
// copy before returning. The HTTP body itself is wiped by HttpClient (sensitiveResponse).
namespace kw::wasabiair {

// What identifies a key in the table without revealing it: the first characters of the key's
// id (the public reference the API uses in its paths), never a piece of the JWT.
QString keyPrefix(const QString& id);

// {"api-keys": [key, …]}; inactive keys read as Disabled.
std::optional<QList<ApiKey>> parseKeyList(const QByteArray& body, QString* error);

// A single key object (the answer to a PATCH).
std::optional<ApiKey> parseKey(const QByteArray& body, QString* error);

// The answer to POST: the key and its JWT as the secret. requestedName fills in the name when
// the answer leaves it out.
std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, const QString& requestedName,
                                          QString* error);

// Looks for keyId in a list answer and returns its JWT. notFound is set when the list is readable
// but holds no such key; error says what went wrong in every failure.
std::optional<Secret> findJwt(const QByteArray& listBody, const QString& keyId, bool* notFound,
                              QString* error);

// {"name": …}; {} when the name is empty, so that the server picks one.
QByteArray createKeyBody(const QString& name);
// {"name": …} and/or {"active": …} for the fields the change sets.
QByteArray patchBody(const std::optional<QString>& name, const std::optional<bool>& active);

// {"ok": false} — the only DELETE answer that is not a success.
bool deleteRefused(const QByteArray& body);

// {"error": "…"}, and the newer AiR API's {"Error": "…", "ErrorCode": "…"} (the code goes into
// detail). Empty for anything else, so that the status line is shown instead.
QString parseErrorBody(const QByteArray& body, QString* detail);

} // namespace kw::wasabiair
