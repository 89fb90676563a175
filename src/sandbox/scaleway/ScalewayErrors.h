#pragma once

#include "sandbox/HttpExchange.h"

#include <QList>
#include <QString>

namespace kw::sandbox::scaleway {

// Scaleway's error bodies (providers.md B.3 "Errors"): {"message": …, "type": …, …extra}.

struct ArgumentProblem
{
    QString argumentName;
    QString reason; // unknown|required|format|constraint
    QString helpMessage;
};

HttpResponse invalidArguments(const QList<ArgumentProblem>& problems); // 400
HttpResponse invalidArgument(const QString& argumentName, const QString& reason,
                             const QString& helpMessage);
// 401; reason: invalid_argument|not_found|expired.
HttpResponse authenticationDenied(const QString& reason);
HttpResponse permissionsDenied(const QString& resource, const QString& action); // 403
HttpResponse notFound(const QString& resource, const QString& resourceId);      // 404
// Any other status, the type chosen from it (faults, unknown routes, wrong methods).
HttpResponse statusError(int status, const QString& message);

} // namespace kw::sandbox::scaleway
