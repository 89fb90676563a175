#include "sandbox/EmulatorServer.h"

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxCrypto.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
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
    copy.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    // Decoded as forms and the providers' SDKs encode them: '+' is a space, %2B a plus.
    const auto decode = [](QByteArray text) {
        return QUrl::fromPercentEncoding(text.replace('+', ' '));
    };
    for (const QByteArray& part : copy.rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        copy.query.append({decode(equals < 0 ? part : part.left(equals)),
                           equals < 0 ? QString() : decode(part.mid(equals + 1))});
    }
    copy.headers = request.headers();
    copy.body = request.body();
    copy.peer = socket->peerAddress();
    return copy;
}

HttpResponse hugeResponse(qint64 size)
{
    // Valid JSON of exactly `size` bytes when it fits, so only its size is the fault.
    const QByteArray head = "{\"filler\":\"";
    const QByteArray tail = "\"}";
    HttpResponse response = HttpResponse::empty(200);
    response.withHeader("Content-Type", "application/json");
    if (size < head.size() + tail.size()) {
        response.body = QByteArray(qsizetype(size), ' ');
        return response;
    }
    response.body = head + QByteArray(qsizetype(size) - head.size() - tail.size(), 'x') + tail;
    return response;
}

QString faultMessage(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::BadGateway:
        return u"Bad Gateway"_s;
    case Fault::Kind::GatewayTimeout:
        return u"Gateway Timeout"_s;
    case Fault::Kind::Unauthorized:
        return u"The credentials are not valid"_s;
    case Fault::Kind::Forbidden:
        return u"The credentials do not allow this action"_s;
    case Fault::Kind::NotFound:
        return u"The resource was not found"_s;
    default:
        return u"Internal Server Error"_s;
    }
}

// Hands every parsed request to a callback that answers on the raw socket (or not).
class RawHttpServer : public QAbstractHttpServer
{
public:
    using QAbstractHttpServer::QAbstractHttpServer;
    std::function<void(const QHttpServerRequest&, QTcpSocket*)> onRequest;
    std::function<void(QTcpSocket*)> onMissing;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        onRequest(request, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest&, QTcpSocket* socket) override
    {
        onMissing(socket);
    }
};

} // namespace

struct EmulatorServer::Private
{
    Private(EmulatorApi& a, const kw::Clock& c) : api(a), clock(c) {}

    EmulatorApi& api;
    const kw::Clock& clock; // the sandbox's: Date and Retry-After dates
    FaultPlan faults;
    QSslCertificate certificate;
    QHostAddress address;
    quint16 port = 0;
    bool tls = false;
    int requests = 0;
    int held = 0; // requests a Delay fault holds back right now
    int mostHeld = 0;
    // Last, so it goes first: its sockets (and the timers tied to them) die before the state.
    RawHttpServer server;

    void serve(const QHttpServerRequest& parsed, QTcpSocket* socket);
    void answer(QTcpSocket* socket, const HttpRequest& request, const std::optional<Fault>& fault);
    HttpResponse control(const HttpRequest& request);
};

void EmulatorServer::Private::serve(const QHttpServerRequest& parsed, QTcpSocket* socket)
{
    // Answers go out at once: no waiting for the peer's ACK of an earlier segment (Nagle).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const HttpRequest request = copyRequest(parsed, socket);
    if (request.path.startsWith(controlPrefix)) {
        wire::send(socket, clock.nowUtc(), control(request));
        return;
    }
    ++requests;
    const std::optional<Fault> fault =
        faults.take(request.method, request.path, request.body + '?' + request.rawQuery);
    if (fault && fault->kind == Fault::Kind::Delay) {
        QPointer<QTcpSocket> guard(socket);
        mostHeld = std::max(mostHeld, ++held);
        // Not tied to the socket's life: the count must drop even if the client hangs up.
        QTimer::singleShot(fault->delayMs, &server, [this, guard, request] {
            --held;
            if (guard)
                answer(guard, request, std::nullopt);
        });
        return;
    }
    answer(socket, request, fault);
}

void EmulatorServer::Private::answer(QTcpSocket* socket, const HttpRequest& request,
                                     const std::optional<Fault>& fault)
{
    const QDateTime now = clock.nowUtc();
    if (!fault) {
        wire::send(socket, now, api.handle(request));
        return;
    }
    const QByteArray retryAfter = fault->retryAfterAsDate
                                      ? wire::httpDate(now.addSecs(fault->retryAfterSeconds))
                                      : QByteArray::number(fault->retryAfterSeconds);
    switch (fault->kind) {
    case Fault::Kind::Delay: // handled by the caller
    case Fault::Kind::Hang:  // the client gives up; the socket stays open until then
        return;
    case Fault::Kind::TooManyRequests:
        wire::send(socket, now,
                   api.error(429, u"Too many requests, slow down"_s)
                       .withHeader("Retry-After", retryAfter));
        return;
    case Fault::Kind::InternalError:
    case Fault::Kind::BadGateway:
    case Fault::Kind::GatewayTimeout:
    case Fault::Kind::Unauthorized:
    case Fault::Kind::Forbidden:
    case Fault::Kind::NotFound:
        wire::send(socket, now,
                   api.error(FaultPlan::statusOf(fault->kind), faultMessage(fault->kind)));
        return;
    case Fault::Kind::Unavailable: {
        HttpResponse response = api.error(503, u"Service temporarily unavailable"_s);
        if (fault->retryAfterSeconds > 0)
            response.withHeader("Retry-After", retryAfter);
        wire::send(socket, now, response);
        return;
    }
    case Fault::Kind::ResetBeforeHeaders:
        wire::reset(socket);
        return;
    case Fault::Kind::ResetMidBody:
        wire::sendHalfThenReset(socket, now, api.handle(request));
        return;
    case Fault::Kind::TruncatedBody:
        wire::sendTruncated(socket, now, api.handle(request));
        return;
    case Fault::Kind::MalformedBody: {
        // The request was carried out and its answer came back damaged (a proxy, an encoding
        // fault): the client cannot read what happened and must find out another way.
        api.handle(request);
        HttpResponse response = HttpResponse::empty(200);
        response.withHeader("Content-Type", "application/json");
        response.body = "{\"detail\": [";
        wire::send(socket, now, response);
        return;
    }
    case Fault::Kind::HugeBody:
        wire::send(socket, now, hugeResponse(fault->hugeBytes));
        return;
    case Fault::Kind::FailAfterCommit:
        api.handle(request);
        wire::reset(socket);
        return;
    }
}

HttpResponse EmulatorServer::Private::control(const HttpRequest& request)
{
    const QString name = request.path.mid(controlPrefix.size());
    if (name != u"faults"_s && name != u"stats"_s)
        return api.error(404, u"Not Found"_s);
    const bool faultsPath = name == u"faults"_s;
    if (faultsPath ? request.method != "POST" && request.method != "DELETE"
                   : request.method != "GET")
        return api.error(405, u"Method Not Allowed"_s)
            .withHeader("Allow", faultsPath ? "POST, DELETE" : "GET");
    if (std::optional<HttpResponse> refusal = api.refuseControl(request))
        return *refusal;

    if (!faultsPath)
        return HttpResponse::json(200, json{{"create_requests", api.createRequestCount()},
                                            {"keys", api.keyCount()},
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
        return api.error(422, error.isEmpty() ? u"JSON decode error"_s : error);
    faults.add(*fault);
    return HttpResponse::json(201, json{{"kind", FaultPlan::kindName(fault->kind).toStdString()},
                                        {"pending_faults", faults.size()}});
}

EmulatorServer::EmulatorServer(EmulatorApi& api, const kw::Clock& clock, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(api, clock))
{
    d->server.onRequest = [this](const QHttpServerRequest& request, QTcpSocket* socket) {
        d->serve(request, socket);
    };
    d->server.onMissing = [this](QTcpSocket* socket) {
        wire::send(socket, d->clock.nowUtc(), d->api.error(404, u"Not Found"_s));
    };
}

EmulatorServer::~EmulatorServer() = default;

bool EmulatorServer::listen(const QHostAddress& address, quint16 port, bool tls)
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

QUrl EmulatorServer::url() const
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

QSslCertificate EmulatorServer::certificate() const
{
    return d->certificate;
}

void EmulatorServer::injectFault(const Fault& fault)
{
    d->faults.add(fault);
}

void EmulatorServer::clearFaults()
{
    d->faults.clear();
}

int EmulatorServer::pendingFaults() const
{
    return d->faults.size();
}

int EmulatorServer::requestCount() const
{
    return d->requests;
}

int EmulatorServer::mostRequestsHeldAtOnce() const
{
    return d->mostHeld;
}

} // namespace kw::sandbox
