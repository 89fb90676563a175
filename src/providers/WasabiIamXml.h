#pragma once

#include "core/ApiKey.h"
#include "core/ProviderError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <optional>

// The wire format of Wasabi's AWS-compatible IAM API (providers.md A.7, B.1.2): form-encoded
// Query API requests and the XML answers, read with QXmlStreamReader.
namespace kw::wasabiiam {

inline constexpr QLatin1String ApiVersion{"2010-05-08"};
inline constexpr QLatin1String Namespace{"https://iam.amazonaws.com/doc/2010-05-08/"};

// Action=…&Version=2010-05-08&name=value…, every part percent-encoded.
QByteArray formBody(const QString& action, const QList<QPair<QString, QString>>& parameters = {});

// One page of a list answer: the fields of every <member>, plus the paging markers.
struct Page
{
    QList<QMap<QString, QString>> members; // local element name → text
    bool isTruncated = false;
    QString marker;
};
// nullopt with *error set when the body is not an IAM answer named <action>Response.
std::optional<Page> parsePage(const QByteArray& body, const QString& action, QString* error);

// The text of the first element with each local name, anywhere in an IAM answer named
// <action>Response. nullopt with *error set when the body is not such an answer.
std::optional<QMap<QString, QString>> parseFields(const QByteArray& body, const QString& action,
                                                  QString* error);

// A ListAccessKeys member (or CreateAccessKey's AccessKey) as a key; an empty UserName is the
// root user: principal "root" (as shown) and ownerIsCaller set.
ApiKey keyFromFields(const QMap<QString, QString>& fields);

// CreateAccessKey: the key and its SecretAccessKey. nullopt with *error set when the secret is
// missing; a secret without an AccessKeyId comes back with an empty key.id (to be looked up).
std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, QString* error);

// <ErrorResponse><Error><Code>/<Message> (IAM) or <Error><Code>/<Message> (S3).
struct ErrorInfo
{
    QString code;
    QString message;
};
std::optional<ErrorInfo> parseError(const QByteArray& body);
// "Message (Code)", or the code alone; empty when the body is no error document.
QString errorText(const QByteArray& body);
// The error kind an IAM or S3 error code stands for; fallback when the code is not one we know.
ProviderError::Kind kindForCode(const QString& code, ProviderError::Kind fallback);

} // namespace kw::wasabiiam
