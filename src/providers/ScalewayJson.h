#pragma once

#include "core/ApiKey.h"
#include "core/KeySpec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The JSON of Scaleway's IAM API (providers.md B.3): API keys, users and applications, and the
// {message, type, …} error bodies. Read defensively: a field of the wrong type reads as absent
// where the key can still be shown, and is reported clearly where it cannot.
namespace kw::scaleway {

constexpr int MaxDescriptionLength = 200;
constexpr int PageSize = 100;

// Scaleway counts characters, not UTF-16 units or bytes.
int descriptionLength(const QString& description);
bool isUuid(const QString& text);

// One page of a list: its items and the server's total over all pages.
template <typename Item> struct Page
{
    QList<Item> items;
    int totalCount = 0;
};

// The key's status is judged against `now`: an expires_at at or before it reads as Expired.
std::optional<Page<ApiKey>> parseKeyPage(const QByteArray& body, const QDateTime& now,
                                         QString* error);
// One APIKey object (the answer to GET and PATCH).
std::optional<ApiKey> parseKey(const QByteArray& body, const QDateTime& now, QString* error);
// The answer to POST: the key and its secret_key. The document's copy of the secret is wiped;
// the caller wipes the body. nullopt only when there is no secret: without an access_key the
// key comes back with an empty id (to be looked up), and fields the answer lacks are taken from
// spec when given.
std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, const QDateTime& now,
                                          QString* error, const KeySpec* spec = nullptr);
// /iam/v1alpha1/users → bearers labelled with the e-mail; /applications → with the name.
std::optional<Page<Bearer>> parseUserPage(const QByteArray& body, QString* error);
std::optional<Page<Bearer>> parseApplicationPage(const QByteArray& body, QString* error);
// /account/v3/projects → type "project", labelled with the project's name.
std::optional<Page<Bearer>> parseProjectPage(const QByteArray& body, QString* error);

// RFC 3339, UTC, milliseconds, as the API takes it.
QString formatTimestamp(const QDateTime& when);

// The caller has validated the spec (exactly one bearer, description length).
QByteArray createKeyBody(const KeySpec& spec);
// Only the fields the change sets. "Never expires" cannot be expressed: the API reads a null
// expires_at as "unchanged", so it is left out (the provider refuses such a change first).
QByteArray updateKeyBody(const KeyChange& change);

// {message, type, …} with the details each type carries (which argument, which quota, which
// resource); the legacy invalid_request_error with its fields. Empty for any other body, so
// that the HTTP status line is shown instead of a raw dump.
QString parseErrorBody(const QByteArray& body, QString* detail);

} // namespace kw::scaleway
