// HttpClient: the retry delays (full jitter, Retry-After as the least delay) and what a request
// whose client is destroyed hears, even when its answer had already arrived.
#include "FakeHttpServer.h"
#include "providers/HttpClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::test::FakeHttpServer;
using Answer = FakeHttpServer::Answer;
using Kind = ProviderError::Kind;

namespace {

HttpRequest get(const QUrl& url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

struct Outcome
{
    HttpResponse response;
    int calls = 0;
    qint64 elapsedMs = 0;
};

Outcome run(HttpClient& client, const HttpRequest& request)
{
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    client.send(request, [&](const HttpResponse& response) {
        outcome.response = response;
        ++outcome.calls;
        outcome.elapsedMs = clock.elapsed();
    });
    if (!QTest::qWaitFor([&] { return outcome.calls > 0; }, 20000))
        qWarning("no answer within 20 s");
    return outcome;
}

} // namespace

class TestHttpClientPolicy : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<HttpClient>(m_network.get());
        m_client->setDefaultTimeoutMs(5000);
        m_client->setMaxAttempts(4);
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_network.reset();
    }

    // Full jitter: the delay may be anything from 0 up to the exponential ceiling, so a long
    // base does not force a long wait (before, the ceiling itself was the least delay).
    void fullJitterMayRetryAtOnce()
    {
        m_client->setBackoffBaseMs(3000);
        QList<qint64> ceilings;
        m_client->setJitter([&](qint64 ceiling) {
            ceilings << ceiling;
            return qint64(0);
        });
        m_server->script({Answer::json(503, "Service Unavailable"),
                          Answer::json(500, "Internal Server Error"),
                          Answer::json(200, "OK", "[]")});
        const Outcome out = run(*m_client, get(m_server->url()));
        QVERIFY2(out.response.error.ok(), qPrintable(out.response.error.toString()));
        QCOMPARE(out.response.attempts, 3);
        QVERIFY2(out.elapsedMs < 2500, qPrintable(QString::number(out.elapsedMs)));
        // The ceiling doubles with every attempt.
        QCOMPARE(ceilings, (QList<qint64>{3000, 6000}));
    }

    // Whatever the random part says, the delay stays within [0, ceiling].
    void jitterIsKeptUnderTheCeiling()
    {
        m_client->setBackoffBaseMs(300);
        m_client->setJitter([](qint64 ceiling) { return ceiling + 60000; });
        m_server->script({Answer::json(502, "Bad Gateway"), Answer::json(200, "OK", "[]")});
        const Outcome out = run(*m_client, get(m_server->url()));
        QVERIFY2(out.response.error.ok(), qPrintable(out.response.error.toString()));
        QCOMPARE(out.response.attempts, 2);
        QVERIFY2(out.elapsedMs >= 280 && out.elapsedMs < 5000,
                 qPrintable(QString::number(out.elapsedMs)));
    }

    // Retry-After is the least delay: a jitter of 0 does not cut it short.
    void retryAfterIsTheLeastDelay()
    {
        m_client->setBackoffBaseMs(10);
        m_client->setJitter([](qint64) { return qint64(0); });
        m_server->script({Answer::json(429, "Too Many Requests").header("Retry-After", "1"),
                          Answer::json(200, "OK", "[]")});
        const Outcome out = run(*m_client, get(m_server->url()));
        QVERIFY2(out.response.error.ok(), qPrintable(out.response.error.toString()));
        QCOMPARE(out.response.attempts, 2);
        QVERIFY2(out.elapsedMs >= 950, qPrintable(QString::number(out.elapsedMs)));
    }

    // A 500 is tried again for an idempotent request, up to the attempts allowed.
    void internalErrorIsRetriedUpToTheAttempts()
    {
        m_client->setBackoffBaseMs(10);
        m_client->setMaxAttempts(3);
        m_server->script({Answer::json(500, "Internal Server Error")});
        const Outcome out = run(*m_client, get(m_server->url()));
        QCOMPARE(out.response.error.kind, Kind::Server);
        QCOMPARE(out.response.attempts, 3);
        QCOMPARE(m_server->requests().size(), 3);
    }

    // The answer has arrived (QNetworkReply::finished was emitted and the job's delivery is
    // queued) when the client is destroyed: whoever asked may be gone with the client, so the
    // answer is not handed over; done hears Cancelled.
    void answerQueuedWhenClientDiesIsCancelled()
    {
        m_server->script({Answer::json(200, "OK", R"({"secret":"do-not-deliver"})")});
        QObject context;
        int calls = 0;
        HttpResponse seen;
        bool clientGoneFirst = false;
        // The manager's finished() comes with the reply's finished(), before the job hears of
        // it; queued, the destruction runs after the job queued its delivery but before that.
        connect(
            m_network.get(), &QNetworkAccessManager::finished, this,
            [&] {
                clientGoneFirst = calls == 0;
                m_client.reset();
            },
            Qt::QueuedConnection);
        m_client->send(
            get(m_server->url()),
            [&](const HttpResponse& response) {
                ++calls;
                seen = response;
            },
            &context);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QVERIFY(clientGoneFirst);
        QCOMPARE(seen.error.kind, Kind::Cancelled);
        QVERIFY(seen.body.isEmpty());
        QCOMPARE(seen.status, 0);
    }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<FakeHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestHttpClientPolicy)
#include "test_httpclient_policy.moc"
