#include "sandbox/wasabiair/WasabiAirSandbox.h"

#include "sandbox/EmulatorServer.h"
#include "sandbox/wasabiair/WasabiAirAccount.h"
#include "sandbox/wasabiair/WasabiAirApi.h"
#include "sandbox/wasabiair/WasabiAirSamples.h"

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

// The AiR API as the shared server sees it: {"error": …} bodies, and any usable key of the
// account's user for the control endpoints.
class WasabiAirEmulator : public EmulatorApi
{
public:
    WasabiAirEmulator(WasabiAirAccount& account, WasabiAirApi& api) : m_account(account), m_api(api)
    {}
    HttpResponse handle(const HttpRequest& request) override { return m_api.handle(request); }
    HttpResponse error(int status, const QString& message) const override
    {
        return WasabiAirApi::error(status, message);
    }
    std::optional<HttpResponse> refuseControl(const HttpRequest& request) const override
    {
        return m_api.refuse(request);
    }
    int createRequestCount() const override { return m_api.createRequestCount(); }
    int keyCount() const override { return m_account.count(); }

private:
    WasabiAirAccount& m_account;
    WasabiAirApi& m_api;
};

} // namespace

struct WasabiAirSandbox::Private
{
    WasabiAirAccount account;
    WasabiAirApi api{account};
    WasabiAirEmulator emulator{account, api};
    QString adminKeyId;
};

WasabiAirSandbox::WasabiAirSandbox(QObject* parent)
    : ProviderSandbox(parent), d(std::make_unique<Private>())
{
    // The console's own key: an ordinary API key of the user, old enough to be due for rotation.
    constexpr qint64 adminAgeUs = 120LL * 24 * 3600 * 1'000'000;
    d->adminKeyId = d->account.create(u"KeyWarden console"_s, airNowUs() - adminAgeUs).id;
    attach(d->emulator);
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
    seedAirSampleKeys(d->account, count, now);
}

void WasabiAirSandbox::setListsNames(bool listsNames)
{
    d->api.setListsNames(listsNames);
}

} // namespace kw::sandbox
