#include "sandbox/HttpExchange.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

namespace kw::sandbox {

using namespace Qt::StringLiterals;

namespace wire {
QByteArray httpDate(const QDateTime& time);
} // namespace wire

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray head(const HttpResponse& response, qint64 contentLength, const QDateTime& date)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    out += "Date: " + wire::httpDate(date) + "\r\nServer: keywarden-sandbox\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    // 204 carries no body and no length.
    if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += "\r\n";
    return out;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, const nlohmann::json& body)
{
    HttpResponse response;
    response.status = status;
    response.withHeader("Content-Type", "application/json");
    response.body = QByteArray::fromStdString(body.dump());
    return response;
}

HttpResponse HttpResponse::detail(int status, const QString& detail)
{
    return json(status, nlohmann::json{{"detail", detail.toStdString()}});
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

HttpResponse& HttpResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append(qMakePair(std::move(name), std::move(value)));
    return *this;
}

namespace wire {

// One write per answer: head and body in separate segments would wait out the peer's delayed
// ACK (Nagle), some 40 ms per request on loopback.
void send(QTcpSocket* socket, const QDateTime& date, const HttpResponse& response)
{
    socket->write(head(response, response.body.size(), date) +
                  (response.status != 204 ? response.body : QByteArray()));
}

void sendHalfThenReset(QTcpSocket* socket, const QDateTime& date, const HttpResponse& response)
{
    socket->write(head(response, response.body.size(), date) +
                  response.body.left(response.body.size() / 2));
    socket->flush();
    // A moment for the partial answer to reach the peer before the connection dies.
    // abort() rather than a true RST (SO_LINGER 0): an RST can make the peer's kernel drop the
    // bytes already sent, and the fault would turn into "no answer at all".
    QTimer::singleShot(50, socket, [socket] { socket->abort(); });
}

void sendTruncated(QTcpSocket* socket, const QDateTime& date, const HttpResponse& response)
{
    const qint64 promised = response.body.size() * 2 + 64;
    socket->write(head(response, promised, date) + response.body);
    socket->disconnectFromHost(); // sends what is buffered, then FIN
}

void reset(QTcpSocket* socket)
{
    socket->abort();
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace wire
std::optional<QString> HttpRequest::queryValue(const QString& name) const
{
    for (const auto& [key, value] : query) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QStringList HttpRequest::queryValues(const QString& name) const
{
    QStringList values;
    for (const auto& [key, value] : query) {
        if (key == name)
            values << value;
    }
    return values;
}

} // namespace kw::sandbox
