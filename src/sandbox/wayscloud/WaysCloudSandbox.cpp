#include "sandbox/wayscloud/WaysCloudSandbox.h"

#include "sandbox/wayscloud/WaysCloudAccount.h"
#include "sandbox/wayscloud/WaysCloudApi.h"
#include "sandbox/wayscloud/WaysCloudSamples.h"

namespace kw::sandbox {

struct WaysCloudSandbox::Private
{
    explicit Private(const kw::Clock& clock) : api(account, clock) {}

    WaysCloudAccount account;
    WaysCloudApi api;
    QString adminToken;
};

WaysCloudSandbox::WaysCloudSandbox(QObject* parent)
    : ProviderSandbox(parent), d(std::make_unique<Private>(clock()))
{
    WaysCloudAccount::Issued issued = d->account.issueAccountToken(clock().nowUtc().addDays(-400));
    d->adminToken = QString::fromLatin1(issued.token);
    issued.token.fill('\0');
    // FastAPI-style {"detail": …} errors, and the account's own token for the control endpoints.
    attach({.handle = [this](const HttpRequest& request) { return d->api.handle(request); },
            .error = &HttpResponse::detail,
            .refuseControl =
                [this](const HttpRequest& request) {
                    return d->api.authenticate(request, true).refusal;
                },
            .createRequestCount = [this] { return d->api.createRequestCount(); },
            .keyCount = [this] { return d->account.activeCount(); }});
}

WaysCloudSandbox::~WaysCloudSandbox() = default;

QString WaysCloudSandbox::adminToken() const
{
    return d->adminToken;
}

void WaysCloudSandbox::seedSamples(int count, const QDateTime& now)
{
    seedWaysCloudSamples(d->account, count, nowOr(now));
}

} // namespace kw::sandbox
