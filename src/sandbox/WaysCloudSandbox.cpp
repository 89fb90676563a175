#include "WaysCloudSandbox.h"

#include "FaultPlan.h"
#include "HttpExchange.h"
#include "SampleKeys.h"
#include "SandboxCrypto.h"
#include "WaysCloudAccount.h"
#include "WaysCloudApi.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace kw::sandbox {

namespace {

using nlohmann::json;
using namespace Qt::StringLiterals;

const QString controlPrefix = u"/_sandbox/"_s;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

HttpRequest copyRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.headers = request.headers();
    copy.body = request.body();
    copy.peer = socket->peerAddress();
    return copy;
}

HttpResponse hugeResponse(qint64 size)
{
    // Valid JSON of exactly `size` bytes when it fits, so only its size is the fault.
    const QByteArray head = R"({"filler":")";
    const QByteArray tail = R"("})";
    HttpResponse response = HttpResponse::empty(200);
    response.withHeader("Content-Type", "application/json");
    if (size < head.size() + tail.size()) {
        response.body = QByteArray(qsizetype(size), ' ');
        return response;
    }
    response.body = head + QByteArray(qsizetype(size) - head.size() - tail.size(), 'x') + tail;
    return response;
}

// Hands every parsed request to a callback that answers on the raw socket (or not).
class RawHttpServer : public QAbstractHttpServer
{
public:
    using QAbstractHttpServer::QAbstractHttpServer;
    std::function<void(const QHttpServerRequest&, QTcpSocket*)> onRequest;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        onRequest(request, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest&, QTcpSocket* socket) override
    {
        wire::send(socket, HttpResponse::detail(404, u"Not Found"_s));
    }
};

} // namespace

struct WaysCloudSandbox::Private
{
    WaysCloudAccount account;
    WaysCloudApi api{account};
    FaultPlan faults;
    QString adminToken;
    QSslCertificate certificate;
    QHostAddress address;
    quint16 port = 0;
    bool tls = false;
    int requests = 0;
    // Last, so it goes first: its sockets (and the timers tied to them) die before the state.
    RawHttpServer server;

    void serve(const QHttpServerRequest& parsed, QTcpSocket* socket);
    void answer(QTcpSocket* socket, const HttpRequest& request, const std::optional<Fault>& fault);
    HttpResponse control(const HttpRequest& request);
};

void WaysCloudSandbox::Private::serve(const QHttpServerRequest& parsed, QTcpSocket* socket)
{
    const HttpRequest request = copyRequest(parsed, socket);
    if (request.path.startsWith(controlPrefix)) {
        wire::send(socket, control(request));
        return;
    }
    ++requests;
    const std::optional<Fault> fault = faults.take(request.method, request.path);
    if (fault && fault->kind == Fault::Kind::Delay) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, socket, [this, guard, request] {
            if (guard)
                answer(guard, request, std::nullopt);
        });
        return;
    }
    answer(socket, request, fault);
}

void WaysCloudSandbox::Private::answer(QTcpSocket* socket, const HttpRequest& request,
                                       const std::optional<Fault>& fault)
{
    if (!fault) {
        wire::send(socket, api.handle(request));
        return;
    }
    const QByteArray retryAfter = QByteArray::number(fault->retryAfterSeconds);
    switch (fault->kind) {
    case Fault::Kind::Delay: // handled by the caller
    case Fault::Kind::Hang:  // the client gives up; the socket stays open until then
        return;
    case Fault::Kind::TooManyRequests:
        wire::send(socket, HttpResponse::detail(429, u"Too many requests, slow down"_s)
                               .withHeader("Retry-After", retryAfter));
        return;
    case Fault::Kind::InternalError:
        wire::send(socket, HttpResponse::detail(500, u"Internal Server Error"_s));
        return;
    case Fault::Kind::Unavailable: {
        HttpResponse response = HttpResponse::detail(503, u"Service temporarily unavailable"_s);
        if (fault->retryAfterSeconds > 0)
            response.withHeader("Retry-After", retryAfter);
        wire::send(socket, response);
        return;
    }
    case Fault::Kind::ResetMidBody:
        wire::sendHalfThenReset(socket, api.handle(request));
        return;
    case Fault::Kind::TruncatedBody:
        wire::sendTruncated(socket, api.handle(request));
        return;
    case Fault::Kind::MalformedBody: {
        HttpResponse response = HttpResponse::empty(200);
        response.withHeader("Content-Type", "application/json");
        response.body = R"({"detail": [)";
        wire::send(socket, response);
        return;
    }
    case Fault::Kind::HugeBody:
        wire::send(socket, hugeResponse(fault->hugeBytes));
        return;
    case Fault::Kind::FailAfterCommit:
        api.handle(request);
        wire::reset(socket);
        return;
    }
}

HttpResponse WaysCloudSandbox::Private::control(const HttpRequest& request)
{
    const QString name = request.path.mid(controlPrefix.size());
    if (name != u"faults"_s && name != u"stats"_s)
        return HttpResponse::detail(404, u"Not Found"_s);
    const bool faultsPath = name == u"faults"_s;
    if (faultsPath ? request.method != "POST" && request.method != "DELETE"
                   : request.method != "GET")
        return HttpResponse::detail(405, u"Method Not Allowed"_s)
            .withHeader("Allow", faultsPath ? "POST, DELETE" : "GET");
    if (WaysCloudApi::Caller caller = api.authenticate(request, true); caller.refusal)
        return *caller.refusal;

    if (!faultsPath)
        return HttpResponse::json(200, json{{"create_requests", api.createRequestCount()},
                                            {"keys", account.activeCount()},
                                            {"requests", requests}});
    if (request.method == "DELETE") {
        faults.clear();
        return HttpResponse::empty(204);
    }
    const json body =
        json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    QString error;
    const std::optional<Fault> fault =
        body.is_discarded() ? std::nullopt : FaultPlan::fromJson(body, &error);
    if (!fault)
        return HttpResponse::detail(422, error.isEmpty() ? u"JSON decode error"_s : error);
    faults.add(*fault);
    return HttpResponse::json(201, json{{"kind", FaultPlan::kindName(fault->kind).toStdString()},
                                        {"pending_faults", faults.size()}});
}

WaysCloudSandbox::WaysCloudSandbox(QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    WaysCloudAccount::Issued issued =
        d->account.issueAccountToken(QDateTime::currentDateTimeUtc().addDays(-400));
    d->adminToken = QString::fromLatin1(issued.token);
    issued.token.fill('\0');
    d->server.onRequest = [this](const QHttpServerRequest& request, QTcpSocket* socket) {
        d->serve(request, socket);
    };
}

WaysCloudSandbox::~WaysCloudSandbox() = default;

bool WaysCloudSandbox::listen(const QHostAddress& address, quint16 port, bool tls)
{
    if (tls) {
        const SelfSignedIdentity identity = makeLoopbackIdentity();
        if (identity.certificate.isNull() || identity.privateKey.isNull())
            return false;
        d->server.sslSetup(identity.certificate, identity.privateKey);
        d->certificate = identity.certificate;
    }
    d->port = d->server.listen(address, port);
    if (d->port == 0)
        return false;
    d->address = address;
    d->tls = tls;
    return true;
}

QUrl WaysCloudSandbox::url() const
{
    if (d->port == 0)
        return {};
    QUrl url;
    url.setScheme(d->tls ? u"https"_s : u"http"_s);
    const bool loopback = d->address == QHostAddress(QHostAddress::LocalHost);
    url.setHost(loopback ? u"127.0.0.1"_s : d->address.toString());
    url.setPort(d->port);
    return url;
}

QSslCertificate WaysCloudSandbox::certificate() const
{
    return d->certificate;
}

QString WaysCloudSandbox::adminToken() const
{
    return d->adminToken;
}

void WaysCloudSandbox::seedSamples(int count, const QDateTime& now)
{
    seedSampleKeys(d->account, count, now);
}

void WaysCloudSandbox::injectFault(const Fault& fault)
{
    d->faults.add(fault);
}

void WaysCloudSandbox::clearFaults()
{
    d->faults.clear();
}

int WaysCloudSandbox::keyCount() const
{
    return d->account.activeCount();
}

int WaysCloudSandbox::createRequestCount() const
{
    return d->api.createRequestCount();
}

int WaysCloudSandbox::requestCount() const
{
    return d->requests;
}

} // namespace kw::sandbox
