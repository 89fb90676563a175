#include "sandbox/wasabiair/WasabiAirSandbox.h"

#include "sandbox/wasabiair/WasabiAirAccount.h"
#include "sandbox/wasabiair/WasabiAirApi.h"
#include "sandbox/wasabiair/WasabiAirSamples.h"

namespace kw::sandbox {

using namespace Qt::StringLiterals;

struct WasabiAirSandbox::Private
{
    explicit Private(const kw::Clock& clock) : api(account, clock) {}

    WasabiAirAccount account;
    WasabiAirApi api;
    QString adminKeyId;
};

WasabiAirSandbox::WasabiAirSandbox(QObject* parent)
    : ProviderSandbox(parent), d(std::make_unique<Private>(clock()))
{
    // The console's own key: an ordinary API key of the user, old enough to be due for rotation.
    constexpr qint64 adminAgeUs = 120LL * 24 * 3600 * 1'000'000;
    d->adminKeyId = d->account.create(u"KeyWarden console"_s, airNowUs(clock()) - adminAgeUs).id;
    // {"error": …} bodies, and any usable key of the account's user for the control endpoints.
    attach({.handle = [this](const HttpRequest& request) { return d->api.handle(request); },
            .error = &WasabiAirApi::error,
            .refuseControl = [this](const HttpRequest& request) { return d->api.refuse(request); },
            .createRequestCount = [this] { return d->api.createRequestCount(); },
            .keyCount = [this] { return d->account.count(); }});
}

WasabiAirSandbox::~WasabiAirSandbox() = default;

QString WasabiAirSandbox::adminToken() const
{
    const AirKey* key = d->account.find(d->adminKeyId);
    return key ? key->jwt.exposeString() : QString();
}

QString WasabiAirSandbox::userId() const
{
    return d->account.userId();
}

void WasabiAirSandbox::seedSamples(int count, const QDateTime& now)
{
    seedAirSampleKeys(d->account, count, nowOr(now));
}

void WasabiAirSandbox::setListsNames(bool listsNames)
{
    d->api.setListsNames(listsNames);
}

} // namespace kw::sandbox
