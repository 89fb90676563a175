#pragma once

#include "FastJson.h"
#include "core/ApiKey.h"
#include "core/Secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

// Reading provider JSON defensively, shared by the provider clients: bounded parsing without
// exceptions, typed field access that tolerates a missing or ill-typed field, and secrets taken
// out of a parsed document with the document's copy wiped.
namespace kw::jsonio {

using json = nlohmann::json;

// Parses without exceptions; values nested deeper than maxDepth are dropped, so a hostile body
// cannot build a huge tree. A body that is not JSON gives a discarded value (is_discarded()).
// An integer beyond 64 bits is kept exactly, as the string of its digits (never as a double).
json parse(const QByteArray& body, int maxDepth = 32);

QString toQString(const std::string& text);

// The string value of object[name]; empty when it is missing or not a string.
QString stringField(const json& object, const char* name);
// An id that the API sends as a string (trimmed) or, tolerated, as an integer of any size
// (its exact digits: 18446744073709551615 stays that).
QString idField(const json& object, const char* name = "id");
// nullopt when missing or not a boolean.
std::optional<bool> boolField(const json& object, const char* name);
// object's member of that name; nullptr when missing or object is not an object. With
// stringValue, the same calls as for a FastValue, so a reader can be written once for both.
const json* member(const json& object, const char* name);
// A string value as a QString; empty when value is not a string.
QString stringValue(const json& value);

// RFC 3339 with or without fractional seconds (any number of digits, kept to milliseconds);
// no zone means UTC; a space instead of "T" is accepted. Invalid on anything else.
QDateTime parseTimestamp(const QString& text);
// nullopt when missing, not a string or not a timestamp.
std::optional<QDateTime> timeField(const json& object, const char* name);

// Moves the string object[name] into a Secret and overwrites the document's copy. An empty
// Secret when the field is missing, not a string or empty.
Secret takeSecretField(json& object, const char* name);
// Overwrites the string object[name] in place (for secrets the caller does not keep).
void wipeField(json& object, const char* name);

// FastMemo's calls for a parsed document, doing the work every time (parseKeyListBody interns the
// keys it reads from a document afterwards): a provider's reader takes either.
struct NoMemo
{
    QString stringField(const json& object, const char* name)
    {
        return jsonio::stringField(object, name);
    }
    template <typename Compute> QStringList list(int, const json*, const json*, Compute compute)
    {
        return compute();
    }
};

// The keys of a JSON key list, read the same way for every provider: each entry must be an object
// with an id (idOf reads it) and becomes keyOf(entry, id). At the first entry that is not,
// nullopt with *error saying which ("Entry 3 of the key list from <provider> has no <idName>.").
using KeyIdReader = std::function<QString(const json& entry)>;
using KeyReader = std::function<ApiKey(const json& entry, const QString& id)>;
std::optional<QList<ApiKey>> readKeyList(const json& items, const QString& provider,
                                         const QString& idName, const KeyIdReader& idOf,
                                         const KeyReader& keyOf, QString* error);

// What parseKeyListBody needs to know of a provider's key list. The texts come translated in the
// provider's own context.
struct KeyListFormat
{
    QString provider; // as named in the messages, e.g. "WAYSCloud"
    QString idName;   // what an entry's id is called, e.g. "id"
    KeyIdReader idOf;
    KeyReader keyOf;
    // Finds the array of entries in the parsed body: nullptr with *error set when the body has
    // another shape. The document is the parser's own and may be changed (wiped).
    std::function<const json*(json& document, QString* error)> findItems;
    // Run on the document when reading ends, however it ends (wipes secrets); may be empty.
    std::function<void(json& document)> cleanUp;
    // "The key list from <provider> could not be read: %1"
    QString unreadable;
    // How the fast reader finds and reads the entries (FastJson.h); without its keyOf, every
    // body is read the usual way. It must read an entry as keyOf reads the entry's document.
    FastKeyListFormat fast;
};
// A whole key-list body read with format: parsed, its array found and read by readKeyList; a
// shape nobody foresaw (an exception) gives nullopt with *error = format.unreadable.arg(why).
std::optional<QList<ApiKey>> parseKeyListBody(const QByteArray& body, const KeyListFormat& format,
                                              QString* error);

// The start that every create answer shares: the body must be a JSON object holding the new
// secret in secretField, which is taken out (takeSecretField) before fill reads the rest into
// created. Texts come translated in the provider's own context.
struct CreatedKeyFormat
{
    const char* secretField;
    QString notObject;  // "The answer to the create request is not a JSON object."
    QString noSecret;   // "The answer to the create request holds no key."
    QString unreadable; // "The answer to the create request could not be read: %1"
    std::function<void(json& document, CreatedKey& created)> fill;
    // As in KeyListFormat: run on the document however reading ends; may be empty.
    std::function<void(json& document)> cleanUp;
};
std::optional<CreatedKey> parseCreatedKeyBody(const QByteArray& body,
                                              const CreatedKeyFormat& format, QString* error);

} // namespace kw::jsonio
