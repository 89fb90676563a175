#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

QT_BEGIN_NAMESPACE
class QDateTime;
class QTcpSocket;
QT_END_NAMESPACE

namespace kw::sandbox {

// A request as the emulator sees it, copied out of the server's parser so it can be answered
// later (delays) without holding on to the parser's state.
struct HttpRequest
{
    QByteArray method;                    // upper case
    QString path;                         // decoded, without the query
    QList<QPair<QString, QString>> query; // decoded, in order, repeated keys kept
    QByteArray rawQuery;                  // as sent (SigV4 canonical query needs it)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // Case-insensitive; the first value when repeated. hasHeader tells empty from missing.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The first value of a query parameter; nullopt when absent.
    std::optional<QString> queryValue(const QString& name) const;
    QStringList queryValues(const QString& name) const; // every value, for repeated keys
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length
    QByteArray body;

    static HttpResponse json(int status, const nlohmann::json& body);
    static HttpResponse detail(int status, const QString& detail); // {"detail": "…"}
    static HttpResponse empty(int status);
    HttpResponse& withHeader(QByteArray name, QByteArray value);
};

// Writing a response on the raw socket, honestly or not.
namespace wire {

// `date` is the answer's Date header: now by the sandbox's clock.
void send(QTcpSocket* socket, const QDateTime& date, const HttpResponse& response);
// Status line and headers with the real Content-Length, half the body, then a reset.
void sendHalfThenReset(QTcpSocket* socket, const QDateTime& date, const HttpResponse& response);
// A Content-Length larger than the body, the body, then an orderly close.
void sendTruncated(QTcpSocket* socket, const QDateTime& date, const HttpResponse& response);
// Drops the connection without a byte of answer.
void reset(QTcpSocket* socket);
// An IMF-fixdate (RFC 9110 5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime& time);

} // namespace wire
} // namespace kw::sandbox
