#include "sandbox/wayscloud/WaysCloudSandbox.h"

#include "sandbox/EmulatorServer.h"
#include "sandbox/wayscloud/WaysCloudAccount.h"
#include "sandbox/wayscloud/WaysCloudApi.h"
#include "sandbox/wayscloud/WaysCloudSamples.h"

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

// The WAYSCloud API as the shared server sees it: FastAPI-style {"detail": …} errors, and the
// account's own token for the control endpoints.
class WaysCloudEmulator : public EmulatorApi
{
public:
    WaysCloudEmulator(WaysCloudAccount& account, WaysCloudApi& api) : m_account(account), m_api(api)
    {}
    HttpResponse handle(const HttpRequest& request) override { return m_api.handle(request); }
    HttpResponse error(int status, const QString& message) const override
    {
        return HttpResponse::detail(status, message);
    }
    std::optional<HttpResponse> refuseControl(const HttpRequest& request) const override
    {
        return m_api.authenticate(request, true).refusal;
    }
    int createRequestCount() const override { return m_api.createRequestCount(); }
    int keyCount() const override { return m_account.activeCount(); }

private:
    WaysCloudAccount& m_account;
    WaysCloudApi& m_api;
};

} // namespace

struct WaysCloudSandbox::Private
{
    WaysCloudAccount account;
    WaysCloudApi api{account};
    WaysCloudEmulator emulator{account, api};
    QString adminToken;
    // Last, so it goes first: its sockets die before the state they use.
    EmulatorServer server{emulator};
};

WaysCloudSandbox::WaysCloudSandbox(QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    WaysCloudAccount::Issued issued =
        d->account.issueAccountToken(QDateTime::currentDateTimeUtc().addDays(-400));
    d->adminToken = QString::fromLatin1(issued.token);
    issued.token.fill('\0');
}

WaysCloudSandbox::~WaysCloudSandbox() = default;

bool WaysCloudSandbox::listen(const QHostAddress& address, quint16 port, bool tls)
{
    return d->server.listen(address, port, tls);
}

QUrl WaysCloudSandbox::url() const
{
    return d->server.url();
}

QSslCertificate WaysCloudSandbox::certificate() const
{
    return d->server.certificate();
}

QString WaysCloudSandbox::adminToken() const
{
    return d->adminToken;
}

void WaysCloudSandbox::seedSamples(int count, const QDateTime& now)
{
    seedWaysCloudSamples(d->account, count, now);
}

void WaysCloudSandbox::injectFault(const Fault& fault)
{
    d->server.injectFault(fault);
}

void WaysCloudSandbox::clearFaults()
{
    d->server.clearFaults();
}

int WaysCloudSandbox::keyCount() const
{
    return d->account.activeCount();
}

int WaysCloudSandbox::createRequestCount() const
{
    return d->api.createRequestCount();
}

int WaysCloudSandbox::pendingFaults() const
{
    return d->server.pendingFaults();
}

int WaysCloudSandbox::requestCount() const
{
    return d->server.requestCount();
}

} // namespace kw::sandbox
