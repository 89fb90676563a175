// HttpClient: the retry delays (full jitter, Retry-After as the least delay), how failures are
// told apart (HttpErrorPolicy) and what a request whose client is destroyed hears, even when its
// answer had already arrived.
#include "FakeHttpServer.h"
#include "core/Clock.h"
#include "providers/HttpClient.h"
#include "providers/HttpErrorPolicy.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::test::FakeHttpServer;
using Answer = FakeHttpServer::Answer;
using Kind = ProviderError::Kind;
using Reason = TransportFacts::Reason;

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

    // Retry-After as a date and the moment to try again are read from the app's clock.
    void retryAfterDateAndRetryAtFollowTheAppClock()
    {
        const QDateTime now(QDate(2030, 1, 1), QTime(12, 0, 0), Qt::UTC);
        ScopedClock clock([now] { return now; });
        m_client->setMaxRetryAfterMs(2000);
        m_server->script({Answer::json(429, "Too Many Requests")
                              .header("Retry-After", "Tue, 01 Jan 2030 12:02:00 GMT")});
        const Outcome out = run(*m_client, get(m_server->url()));
        QCOMPARE(out.response.error.kind, Kind::RateLimited);
        QCOMPARE(out.response.attempts, 1); // beyond the cap: not waited for
        QCOMPARE(out.response.error.transport.retryAfterMs, 120000);
        QCOMPARE(out.response.error.transport.retryAt, now.addSecs(120));
        QVERIFY(out.response.error.message.isEmpty());
        QCOMPARE(out.response.error.transport.reason, Reason::HttpStatus);
    }

    void decideRetryHonoursIdempotenceAttemptsAndCap()
    {
        http::RetrySettings settings;
        settings.maxAttempts = 3;
        settings.backoffBaseMs = 100;
        settings.maxRetryAfterMs = 5000;
        settings.jitter = [](qint64 ceiling) { return ceiling; };
        http::RetryDecision d = http::decideRetry(settings, 1, true, std::nullopt);
        QVERIFY(d.retry);
        QCOMPARE(d.delayMs, 100);
        d = http::decideRetry(settings, 2, true, std::nullopt);
        QCOMPARE(d.delayMs, 200); // the ceiling doubles
        d = http::decideRetry(settings, 2, true, qint64(1500));
        QCOMPARE(d.delayMs, 1500); // Retry-After is the least delay
        d = http::decideRetry(settings, 3, true, qint64(1500));
        QVERIFY(!d.retry); // no attempts left: tell the user when
        QCOMPARE(d.retryAfterMs, 1500);
        d = http::decideRetry(settings, 1, false, std::nullopt);
        QVERIFY(!d.retry); // sent once
        QCOMPARE(d.retryAfterMs, -1);
        d = http::decideRetry(settings, 1, true, qint64(60000));
        QVERIFY(!d.retry); // beyond the cap
        QCOMPARE(d.retryAfterMs, 60000);
    }

    void attemptFailuresAreToldApart_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("reason");
        QTest::addColumn<bool>("retryable");
        using E = QNetworkReply;
        QTest::newRow("refused") << int(E::ConnectionRefusedError) << 0 << int(Kind::Network)
                                 << int(Reason::Refused) << true;
        QTest::newRow("closed") << int(E::RemoteHostClosedError) << 0 << int(Kind::Network)
                                << int(Reason::Closed) << true;
        QTest::newRow("closed mid-body") << int(E::RemoteHostClosedError) << 200
                                         << int(Kind::BadResponse) << int(Reason::CutOff) << true;
        QTest::newRow("dns") << int(E::HostNotFoundError) << 0 << int(Kind::Network)
                             << int(Reason::HostNotFound) << false;
        QTest::newRow("transfer timeout") << int(E::OperationCanceledError) << 0
                                          << int(Kind::Timeout) << int(Reason::Timeout) << true;
        QTest::newRow("handshake")
            << int(E::SslHandshakeFailedError) << 0 << int(Kind::Tls) << int(Reason::Tls) << false;
        QTest::newRow("not resent") << int(E::ContentReSendError) << 0 << int(Kind::Network)
                                    << int(Reason::NotResent) << false;
        QTest::newRow("proxy") << int(E::ProxyConnectionRefusedError) << 0 << int(Kind::Network)
                               << int(Reason::ProxyRefused) << false;
        QTest::newRow("proxy auth") << int(E::ProxyAuthenticationRequiredError) << 0
                                    << int(Kind::Network) << int(Reason::ProxyAuth) << false;
        QTest::newRow("proxy not found") << int(E::ProxyNotFoundError) << 0 << int(Kind::Network)
                                         << int(Reason::ProxyNotFound) << false;
        QTest::newRow("no status")
            << int(E::NoError) << 0 << int(Kind::BadResponse) << int(Reason::NotHttp) << false;
    }

    void attemptFailuresAreToldApart()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, reason);
        QFETCH(bool, retryable);
        http::AttemptEnd end;
        end.error = QNetworkReply::NetworkError(error);
        end.status = status;
        end.host = u"api.example.com"_s;
        end.systemText = u"token=wayscloud_pat_EXAMPLE123_EXAMPLEsecret9"_s;
        const std::optional<http::AttemptFailure> failure = http::attemptFailure(end);
        QVERIFY(failure);
        QCOMPARE(int(failure->error.kind), kind);
        QCOMPARE(int(failure->error.transport.reason), reason);
        QCOMPARE(failure->retryable, retryable);
        QCOMPARE(failure->error.transport.host, u"api.example.com"_s);
        QVERIFY(failure->error.message.isEmpty()); // facts only
        QVERIFY(!failure->error.transport.systemText.contains(u"EXAMPLEsecret9"));
    }

    void wholeAnswersAndShortBodies()
    {
        http::AttemptEnd end;
        end.status = 200;
        end.receivedBytes = 40;
        end.expectedBytes = 40;
        QVERIFY(!http::attemptFailure(end)); // whole: the status decides
        end.receivedBytes = 12;              // Qt said NoError, but the body is short
        const auto shortBody = http::attemptFailure(end);
        QVERIFY(shortBody);
        QCOMPARE(shortBody->error.transport.reason, Reason::CutOff);
        QCOMPARE(shortBody->error.transport.expectedBytes, 40);
        QCOMPARE(shortBody->status, 0);
        QVERIFY(shortBody->retryable);
        end.abort = http::AttemptEnd::Abort::TooLarge;
        end.maxBodyBytes = 1024;
        const auto tooLarge = http::attemptFailure(end);
        QCOMPARE(tooLarge->error.transport.reason, Reason::TooLarge);
        QCOMPARE(tooLarge->error.transport.limitBytes, 1024);
        QVERIFY(!tooLarge->retryable);
    }

    void statusErrorsKeepTheProvidersWords()
    {
        ProviderError own = http::statusError(409, u"Limit reached"_s, u"field x"_s, u"Conflict"_s);
        QCOMPARE(own.kind, Kind::Conflict);
        QCOMPARE(own.message, u"Limit reached"_s);
        QCOMPARE(own.detail, u"field x"_s);
        QCOMPARE(own.transport.reason, Reason::None);
        ProviderError bare = http::statusError(503, u"  "_s, QString(), QString());
        QCOMPARE(bare.kind, Kind::Server);
        QVERIFY(bare.message.isEmpty());
        QCOMPARE(bare.transport.reason, Reason::HttpStatus);
        QCOMPARE(bare.transport.statusText, u"Service Unavailable"_s); // the usual phrase
    }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<FakeHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestHttpClientPolicy)
#include "test_httpclient_policy.moc"
