#include "sandbox/scaleway/ScalewayErrors.h"

namespace kw::sandbox::scaleway {

namespace {

using nlohmann::json;

// The types the SDK knows for these statuses (B.3); the ones it does not list are [I].
const char* typeForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return "invalid_arguments";
    case 401:
        return "denied_authentication";
    case 403:
        return "permissions_denied";
    case 404:
        return "not_found";
    case 405:
        return "method_not_allowed";
    case 409:
        return "conflict";
    case 429:
        return "too_many_requests";
    case 503:
        return "service_unavailable";
    default:
        return status >= 500 ? "internal_error" : "unknown";
    }
}

} // namespace

HttpResponse invalidArguments(const QList<ArgumentProblem>& problems)
{
    json details = json::array();
    for (const ArgumentProblem& problem : problems)
        details.push_back(json{{"argument_name", problem.argumentName.toStdString()},
                               {"reason", problem.reason.toStdString()},
                               {"help_message", problem.helpMessage.toStdString()}});
    return HttpResponse::json(400, json{{"message", "invalid argument(s)"},
                                        {"type", "invalid_arguments"},
                                        {"details", std::move(details)}});
}

HttpResponse invalidArgument(const QString& argumentName, const QString& reason,
                             const QString& helpMessage)
{
    return invalidArguments({ArgumentProblem{argumentName, reason, helpMessage}});
}

HttpResponse authenticationDenied(const QString& reason)
{
    return HttpResponse::json(401, json{{"message", "authentication is denied"},
                                        {"method", "api_key"},
                                        {"reason", reason.toStdString()},
                                        {"type", "denied_authentication"}});
}

HttpResponse permissionsDenied(const QString& resource, const QString& action)
{
    return HttpResponse::json(
        403, json{{"message", "insufficient permissions"},
                  {"type", "permissions_denied"},
                  {"details", json::array({json{{"resource", resource.toStdString()},
                                                {"action", action.toStdString()}}})}});
}

HttpResponse notFound(const QString& resource, const QString& resourceId)
{
    return HttpResponse::json(404, json{{"message", "resource is not found"},
                                        {"type", "not_found"},
                                        {"resource", resource.toStdString()},
                                        {"resource_id", resourceId.toStdString()}});
}

HttpResponse statusError(int status, const QString& message)
{
    return HttpResponse::json(
        status, json{{"message", message.toStdString()}, {"type", typeForStatus(status)}});
}

} // namespace kw::sandbox::scaleway
