#include "RawHttp.h"
#include "sandbox/WaysCloudSandbox.h"

#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::WaysCloudSandbox;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

const QString keysPath = u"/v1/account/api-keys"_s;
const QString servicePath = u"/v1/account/api-keys/service"_s;
constexpr int hugeBytes = 3 * 1024 * 1024 + 17;
constexpr int hangTimeoutMs = 700;

Fault fault(Fault::Kind kind, QByteArray method = {}, QString path = {}, int count = 1)
{
    Fault f;
    f.kind = kind;
    f.method = std::move(method);
    f.pathPrefix = std::move(path);
    f.count = count;
    return f;
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WaysCloudSandbox> m_sandbox;
    std::unique_ptr<RawHttp> m_http;
    QString m_admin;
    QByteArray m_healthyList; // the list's body without any fault

    RawReply createStorageKey(int timeoutMs = 5000)
    {
        return m_http->send("POST", servicePath, RawHttp::bearer(m_admin),
                            R"({"service":"storage","name":"fault test"})"_ba, timeoutMs);
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<WaysCloudSandbox>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->seedSamples(12);
        m_http = std::make_unique<RawHttp>(m_sandbox->url());
        m_admin = m_sandbox->adminToken();
        const RawReply healthy = m_http->get(keysPath, m_admin);
        QCOMPARE(healthy.status, 200);
        m_healthyList = healthy.body;
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    // Each kind, injected in-process and through the control endpoint, as a client sees it.
    void eachKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("viaControlEndpoint");
        for (const char* kind : {"delay", "hang", "429", "500", "503", "reset", "truncate",
                                 "malformed", "huge", "fail_after_commit"}) {
            QTest::addRow("%s in-process", kind) << QString::fromLatin1(kind) << false;
            QTest::addRow("%s control", kind) << QString::fromLatin1(kind) << true;
        }
    }

    void eachKind()
    {
        QFETCH(QString, kind);
        QFETCH(bool, viaControlEndpoint);
        // The client resends a POST once when the connection drops before an answer, so the
        // create fault is armed for both attempts.
        const bool create = kind == u"fail_after_commit"_s;
        const QByteArray method = create ? "POST"_ba : "GET"_ba;
        const QString path = create ? servicePath : keysPath;

        static const QHash<QString, Fault::Kind> kinds{
            {u"delay"_s, Fault::Kind::Delay},
            {u"hang"_s, Fault::Kind::Hang},
            {u"429"_s, Fault::Kind::TooManyRequests},
            {u"500"_s, Fault::Kind::InternalError},
            {u"503"_s, Fault::Kind::Unavailable},
            {u"reset"_s, Fault::Kind::ResetMidBody},
            {u"truncate"_s, Fault::Kind::TruncatedBody},
            {u"malformed"_s, Fault::Kind::MalformedBody},
            {u"huge"_s, Fault::Kind::HugeBody},
            {u"fail_after_commit"_s, Fault::Kind::FailAfterCommit},
        };
        if (viaControlEndpoint) {
            const RawReply injected = m_http->post(u"/_sandbox/faults"_s, m_admin,
                                                   {{u"kind"_s, kind},
                                                    {u"method"_s, QString::fromLatin1(method)},
                                                    {u"path"_s, path},
                                                    {u"count"_s, create ? 2 : 1},
                                                    {u"delay_ms"_s, 400},
                                                    {u"retry_after"_s, 7},
                                                    {u"huge_bytes"_s, hugeBytes}});
            QCOMPARE(injected.status, 201);
        } else {
            Fault f = fault(kinds.value(kind), method, path, create ? 2 : 1);
            f.delayMs = 400;
            f.retryAfterSeconds = 7;
            f.hugeBytes = hugeBytes;
            m_sandbox->injectFault(f);
        }

        const int keysBefore = m_sandbox->keyCount();
        const int timeoutMs = kind == u"hang"_s ? hangTimeoutMs : 5000;
        const RawReply reply =
            create ? createStorageKey()
                   : m_http->send(method, path, RawHttp::bearer(m_admin), {}, timeoutMs);
        QVERIFY2(reply.finished, "the client's own timeout must end every request");

        switch (kinds.value(kind)) {
        case Fault::Kind::Delay:
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, m_healthyList);
            QVERIFY2(reply.elapsedMs >= 380, qPrintable(QString::number(reply.elapsedMs)));
            break;
        case Fault::Kind::Hang:
            QCOMPARE(reply.status, 0);
            QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
            QVERIFY(reply.elapsedMs >= hangTimeoutMs - 50);
            break;
        case Fault::Kind::TooManyRequests:
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.header("Retry-After"), "7"_ba);
            QVERIFY(!reply.detail().isEmpty());
            break;
        case Fault::Kind::InternalError:
            QCOMPARE(reply.status, 500);
            QCOMPARE(reply.detail(), u"Internal Server Error"_s);
            break;
        case Fault::Kind::Unavailable:
            QCOMPARE(reply.status, 503);
            QCOMPARE(reply.header("Retry-After"), "7"_ba);
            break;
        case Fault::Kind::ResetMidBody:
            // The real length, half the body (see resetAndTruncateStillCommitACreate).
            QCOMPARE(reply.header("Content-Length"), QByteArray::number(m_healthyList.size()));
            QCOMPARE(reply.body, m_healthyList.left(m_healthyList.size() / 2));
            break;
        case Fault::Kind::TruncatedBody:
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.body.size() < reply.header("Content-Length").toLongLong());
            QVERIFY(reply.body.size() <= m_healthyList.size());
            break;
        case Fault::Kind::MalformedBody: {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.error, QNetworkReply::NoError);
            QJsonParseError error;
            QJsonDocument::fromJson(reply.body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
            break;
        }
        case Fault::Kind::HugeBody:
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body.size(), hugeBytes);
            QCOMPARE(reply.header("Content-Length"), QByteArray::number(hugeBytes));
            break;
        case Fault::Kind::FailAfterCommit:
            QCOMPARE(reply.status, 0);
            QVERIFY(reply.error != QNetworkReply::NoError);
            QCOMPARE(m_sandbox->keyCount(), keysBefore + 2); // it happened, unseen, twice
            QCOMPARE(m_sandbox->createRequestCount(), 2);
            break;
        }

        // A single fault is used up: the next request is answered normally.
        const RawReply after = m_http->get(keysPath, m_admin);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.array().size(), m_sandbox->keyCount());
    }

    void faultsAnsweredInsteadOfTheHandlerDoNotCreate()
    {
        for (Fault::Kind kind : {Fault::Kind::TooManyRequests, Fault::Kind::InternalError,
                                 Fault::Kind::Unavailable, Fault::Kind::MalformedBody})
            m_sandbox->injectFault(fault(kind, "POST"));
        for (int status : {429, 500, 503, 200})
            QCOMPARE(createStorageKey().status, status);
        QCOMPARE(m_sandbox->keyCount(), 12);
        QCOMPARE(m_sandbox->createRequestCount(), 0);
        QCOMPARE(createStorageKey().status, 201);
        QCOMPARE(m_sandbox->createRequestCount(), 1);
    }

    void resetAndTruncateStillCommitACreate()
    {
        m_sandbox->injectFault(fault(Fault::Kind::ResetMidBody, "POST"));
        m_sandbox->injectFault(fault(Fault::Kind::TruncatedBody, "POST"));
        // QNetworkAccessManager does not always report an early close as an error (about one
        // time in ten here): a client must compare what it got with Content-Length itself.
        const RawReply reset = createStorageKey();
        QCOMPARE(reset.status, 201);
        QVERIFY(reset.body.size() < reset.header("Content-Length").toLongLong());
        const RawReply truncated = createStorageKey();
        QVERIFY(truncated.body.size() < truncated.header("Content-Length").toLongLong());
        QCOMPARE(m_sandbox->keyCount(), 14);
        QCOMPARE(m_sandbox->createRequestCount(), 2);
    }

    // Documents a client-side trap the fault exists for: QNetworkAccessManager sends a request
    // again, POST included, when the connection drops before any answer. One FailAfterCommit
    // is then invisible to the client, and the account holds one key more than it knows.
    void qtResendsAPostOnceWhenTheConnectionDrops()
    {
        m_sandbox->injectFault(fault(Fault::Kind::FailAfterCommit, "POST"));
        const RawReply reply = createStorageKey();
        QCOMPARE(reply.status, 201);
        QCOMPARE(m_sandbox->createRequestCount(), 2);
        QCOMPARE(m_sandbox->requestCount(), 3); // the list in init(), then the create twice
        QCOMPARE(m_sandbox->keyCount(), 14);
    }

    void delayedCreateHappensAfterTheDelay()
    {
        Fault slow = fault(Fault::Kind::Delay, "POST");
        slow.delayMs = 300;
        m_sandbox->injectFault(slow);
        const RawReply reply = createStorageKey();
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.elapsedMs >= 280);
        QCOMPARE(m_sandbox->keyCount(), 13);
    }

    void matchingByMethodAndPathPrefix()
    {
        m_sandbox->injectFault(fault(Fault::Kind::InternalError, "DELETE", keysPath));
        m_sandbox->injectFault(fault(Fault::Kind::Unavailable, "GET", u"/v1/storage"_s));
        QCOMPARE(m_http->get(keysPath, m_admin).status, 200); // method differs
        QCOMPARE(m_http->get(u"/v1/storage/"_s, m_admin).status, 503);
        QCOMPARE(m_http->get(u"/v1/storage/"_s, m_admin).status, 200);
        QCOMPARE(m_http->del(keysPath + u"/nope"_s, m_admin).status, 500);
        QCOMPARE(m_http->del(keysPath + u"/nope"_s, m_admin).status, 404);
    }

    void countAndUntilCleared()
    {
        m_sandbox->injectFault(fault(Fault::Kind::TooManyRequests, {}, {}, 2));
        QCOMPARE(m_http->get(keysPath, m_admin).status, 429);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 429);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 200);

        m_sandbox->injectFault(fault(Fault::Kind::InternalError, {}, {}, -1));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_http->get(keysPath, m_admin).status, 500);
        m_sandbox->clearFaults();
        QCOMPARE(m_http->get(keysPath, m_admin).status, 200);
    }

    void faultsApplyInOrder()
    {
        m_sandbox->injectFault(fault(Fault::Kind::TooManyRequests));
        m_sandbox->injectFault(fault(Fault::Kind::InternalError));
        QCOMPARE(m_http->get(keysPath, m_admin).status, 429);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 500);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 200);
    }

    void unavailableWithoutRetryAfter()
    {
        m_sandbox->injectFault(fault(Fault::Kind::Unavailable));
        const RawReply reply = m_http->get(keysPath, m_admin);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.header("Retry-After"), QByteArray());
    }

    void hungRequestsDoNotBlockOthers()
    {
        m_sandbox->injectFault(fault(Fault::Kind::Hang, "GET", u"/v1/storage"_s));
        RawHttp other(m_sandbox->url());
        // Start the hanging request, then make a normal one on another connection.
        QNetworkAccessManager manager;
        QUrl url = m_sandbox->url();
        url.setPath(u"/v1/storage/"_s);
        QNetworkRequest request(url);
        request.setTransferTimeout(3000);
        request.setRawHeader("Authorization", "Bearer " + m_admin.toLatin1());
        const int before = m_sandbox->requestCount();
        std::unique_ptr<QNetworkReply> hanging(manager.get(request));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(), before + 1, 5000);
        QCOMPARE(other.get(keysPath, m_admin).status, 200);
        QVERIFY(!hanging->isFinished());
        hanging->abort();
        QCOMPARE(other.get(u"/v1/storage/"_s, m_admin).status, 200);
    }

    void destroyingTheSandboxWithPendingFaults()
    {
        Fault slow = fault(Fault::Kind::Delay);
        slow.delayMs = 200;
        m_sandbox->injectFault(slow);
        QNetworkAccessManager manager;
        QUrl url = m_sandbox->url();
        url.setPath(keysPath);
        QNetworkRequest request(url);
        request.setTransferTimeout(3000);
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QTest::qWait(50); // the request reaches the sandbox and waits for its delay
        m_sandbox.reset();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QVERIFY(reply->error() != QNetworkReply::NoError);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "test_sandbox_faults.moc"
