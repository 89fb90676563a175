#include "sandbox/FaultPlan.h"

#include <QStringList>
#include <array>
#include <utility>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array<std::pair<Fault::Kind, const char*>, 16> kindNames{{
    {Fault::Kind::Delay, "delay"},
    {Fault::Kind::Hang, "hang"},
    {Fault::Kind::TooManyRequests, "429"},
    {Fault::Kind::InternalError, "500"},
    {Fault::Kind::Unavailable, "503"},
    {Fault::Kind::BadGateway, "502"},
    {Fault::Kind::GatewayTimeout, "504"},
    {Fault::Kind::Unauthorized, "401"},
    {Fault::Kind::Forbidden, "403"},
    {Fault::Kind::NotFound, "404"},
    {Fault::Kind::ResetBeforeHeaders, "reset_before"},
    {Fault::Kind::ResetMidBody, "reset"},
    {Fault::Kind::TruncatedBody, "truncate"},
    {Fault::Kind::MalformedBody, "malformed"},
    {Fault::Kind::HugeBody, "huge"},
    {Fault::Kind::FailAfterCommit, "fail_after_commit"},
}};

bool matches(const Fault& fault, const QByteArray& method, const QString& path,
             const QByteArray& content)
{
    const bool pathMatches = fault.exactPath
                                 ? path == fault.pathPrefix
                                 : fault.pathPrefix.isEmpty() || path.startsWith(fault.pathPrefix);
    return (fault.method.isEmpty() || fault.method.compare(method, Qt::CaseInsensitive) == 0) &&
           pathMatches && (fault.contains.isEmpty() || content.contains(fault.contains));
}

bool readBool(const nlohmann::json& object, const char* field, bool* out, QString* error)
{
    if (!object.contains(field) || object[field].is_null())
        return true;
    if (!object[field].is_boolean()) {
        *error = u"'%1' must be true or false"_s.arg(QLatin1String(field));
        return false;
    }
    *out = object[field].get<bool>();
    return true;
}

template <typename T>
bool readInteger(const nlohmann::json& object, const char* field, T* out, T minimum, QString* error)
{
    if (!object.contains(field) || object[field].is_null())
        return true;
    const nlohmann::json& value = object[field];
    if (!value.is_number_integer() || value.get<long long>() < minimum) {
        *error = u"'%1' must be an integer >= %2"_s.arg(QLatin1String(field)).arg(minimum);
        return false;
    }
    *out = value.get<T>();
    return true;
}

} // namespace

void FaultPlan::add(const Fault& fault)
{
    if (fault.count != 0)
        m_faults.append(fault);
}

std::optional<Fault> FaultPlan::take(const QByteArray& method, const QString& path,
                                     const QByteArray& content)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& fault = m_faults[i];
        if (!matches(fault, method, path, content))
            continue;
        const Fault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QString FaultPlan::kindName(Fault::Kind kind)
{
    for (const auto& [known, name] : kindNames) {
        if (known == kind)
            return QLatin1String(name);
    }
    return {};
}

int FaultPlan::statusOf(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::TooManyRequests:
        return 429;
    case Fault::Kind::InternalError:
        return 500;
    case Fault::Kind::Unavailable:
        return 503;
    case Fault::Kind::BadGateway:
        return 502;
    case Fault::Kind::GatewayTimeout:
        return 504;
    case Fault::Kind::Unauthorized:
        return 401;
    case Fault::Kind::Forbidden:
        return 403;
    case Fault::Kind::NotFound:
        return 404;
    default:
        return 0;
    }
}

std::optional<Fault> FaultPlan::fromJson(const nlohmann::json& object, QString* error)
{
    if (!object.is_object()) {
        *error = u"expected a JSON object"_s;
        return std::nullopt;
    }
    Fault fault;
    const auto kind = object.find("kind");
    bool known = false;
    if (kind != object.end() && kind->is_string()) {
        for (const auto& [value, name] : kindNames) {
            if (kind->get<std::string>() == name) {
                fault.kind = value;
                known = true;
            }
        }
    }
    if (!known) {
        QStringList names;
        for (const auto& entry : kindNames)
            names << QLatin1String(entry.second);
        *error = u"'kind' must be one of "_s + names.join(u", "_s);
        return std::nullopt;
    }
    for (const char* field : {"method", "path", "contains"}) {
        if (object.contains(field) && !object[field].is_null() && !object[field].is_string()) {
            *error = u"'%1' must be a string"_s.arg(QLatin1String(field));
            return std::nullopt;
        }
    }
    if (object.contains("method") && object["method"].is_string())
        fault.method = QByteArray::fromStdString(object["method"].get<std::string>()).toUpper();
    if (object.contains("path") && object["path"].is_string())
        fault.pathPrefix = QString::fromStdString(object["path"].get<std::string>());
    if (object.contains("contains") && object["contains"].is_string())
        fault.contains = QByteArray::fromStdString(object["contains"].get<std::string>());
    if (!readBool(object, "exact_path", &fault.exactPath, error) ||
        !readBool(object, "retry_after_date", &fault.retryAfterAsDate, error))
        return std::nullopt;
    if (!readInteger(object, "count", &fault.count, -1, error) ||
        !readInteger(object, "delay_ms", &fault.delayMs, 0, error) ||
        !readInteger(object, "retry_after", &fault.retryAfterSeconds, 0, error) ||
        !readInteger<qint64>(object, "huge_bytes", &fault.hugeBytes, 0, error))
        return std::nullopt;
    return fault;
}

} // namespace kw::sandbox
