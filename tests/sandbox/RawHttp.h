#pragma once

// A plain HTTP client for the sandbox tests: raw requests through QNetworkAccessManager, with
// a bounded wait, so the tests speak the wire protocol without any provider client code.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <utility>

namespace kw::sandbox::test {

struct RawReply
{
    int status = 0; // 0: no HTTP status (transport error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false; // false: the test's own guard fired first
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonDocument document() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return document().object(); }
    QJsonArray array() const { return document().array(); }
    QString detail() const { return object().value(QLatin1String("detail")).toString(); }
};

class RawHttp
{
public:
    explicit RawHttp(QUrl base) : m_base(std::move(base)) {}

    void setCaCertificates(const QList<QSslCertificate>& certificates)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates(certificates);
        m_useSsl = true;
    }

    RawReply send(const QByteArray& method, const QString& path,
                  const QList<std::pair<QByteArray, QByteArray>>& headers = {},
                  const QByteArray& body = {}, int transferTimeoutMs = 5000)
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setTransferTimeout(transferTimeoutMs);
        if (m_useSsl)
            request.setSslConfiguration(m_ssl);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);

        QElapsedTimer clock;
        clock.start();
        QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(transferTimeoutMs + 10000);
        if (!reply->isFinished())
            loop.exec();

        RawReply result;
        result.finished = reply->isFinished();
        result.elapsedMs = clock.elapsed();
        if (!result.finished)
            reply->abort();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.errorString = reply->errorString();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    static QList<std::pair<QByteArray, QByteArray>> bearer(const QString& token)
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }

    RawReply get(const QString& path, const QString& token)
    {
        return send("GET", path, bearer(token));
    }
    RawReply post(const QString& path, const QString& token, const QJsonObject& body)
    {
        return send("POST", path, bearer(token),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    RawReply del(const QString& path, const QString& token)
    {
        return send("DELETE", path, bearer(token));
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_ssl;
    bool m_useSsl = false;
};

} // namespace kw::sandbox::test
