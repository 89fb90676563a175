#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace kw::test {

// A loopback HTTP/1.1 server whose every answer is scripted, down to the bytes on the wire, for
// the cases a real server cannot be made to produce on demand (exact attempt counts, hangs,
// resets, truncated bodies).
class FakeHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    struct Answer
    {
        enum class Kind
        {
            Respond,
            Hang,
            CloseBeforeAnswer,
            Truncate,
            ResetMidBody
        };
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 announcedLength = -1; // Truncate: Content-Length larger than the body sent
        bool closeDelimited = false; // no Content-Length; the body ends when the server closes

        static Answer json(int status, QByteArray reason, QByteArray body = "{}")
        {
            Answer a;
            a.status = status;
            a.reason = std::move(reason);
            a.body = std::move(body);
            a.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            return a;
        }
        Answer& header(QByteArray name, QByteArray value)
        {
            headers.append(qMakePair(std::move(name), std::move(value)));
            return *this;
        }
        static Answer of(Kind kind)
        {
            Answer a;
            a.kind = kind;
            return a;
        }
    };

    explicit FakeHttpServer(QObject* parent = nullptr) : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& path = QStringLiteral("/")) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(port());
        u.setPath(path);
        return u;
    }

    // Answers are used in order; the last one repeats once the script runs out.
    void script(QList<Answer> answers) { m_script = std::move(answers); }
    const QList<Request>& requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    void onData(QTcpSocket* socket)
    {
        // Answering may close the socket, which drops its map entry: work on a copy.
        QByteArray buffer = m_buffers.take(socket) + socket->readAll();
        QPointer<QTcpSocket> alive(socket);
        const auto keep = qScopeGuard([&] {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                m_buffers.insert(socket, buffer);
        });
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            m_requests.append(request);
            answer(socket, nextAnswer());
            if (!alive || alive->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    Answer nextAnswer()
    {
        if (m_script.isEmpty())
            return Answer::json(200, "OK");
        if (m_script.size() == 1)
            return m_script.first();
        return m_script.takeFirst();
    }

    static void answer(QTcpSocket* socket, const Answer& a)
    {
        using K = Answer::Kind;
        if (a.kind == K::Hang)
            return;
        if (a.kind == K::CloseBeforeAnswer) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray wire = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + a.reason + "\r\n";
        for (const auto& [name, value] : a.headers)
            wire += name + ": " + value + "\r\n";
        const qint64 announced = a.announcedLength >= 0 ? a.announcedLength : a.body.size();
        if (a.closeDelimited)
            wire += "Connection: close\r\n\r\n";
        else
            wire += "Content-Length: " + QByteArray::number(announced) + "\r\n\r\n";
        wire += a.body;
        socket->write(wire);
        socket->flush();
        if (a.kind == K::Truncate || a.closeDelimited) {
            socket->disconnectFromHost();
        } else if (a.kind == K::ResetMidBody) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(20, socket, [guard] {
                if (guard)
                    guard->abort();
            });
        }
    }

    QTcpServer m_server;
    QList<Answer> m_script;
    QList<Request> m_requests;
    QMap<QTcpSocket*, QByteArray> m_buffers;
    int m_connections = 0;
};

} // namespace kw::test

Q_DECLARE_METATYPE(kw::test::FakeHttpServer::Answer)
