#include "ProviderUnderTest.h"
#include "console/ProviderErrorText.h"
#include "providers/HttpKeyProvider.h"
#include "support/ProviderTestSupport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <iostream>

using namespace kw;
using namespace kw::contract;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using Kind = ProviderError::Kind;
using Outcome = Verification::Outcome;

using testsupport::waitForReply;

// The behaviour every provider client owes its callers (faults, timeouts, TLS, lifetimes),
// written once and run against each provider's sandbox: one ProviderUnderTest row a provider.
class TestProviderContract : public QObject
{
    Q_OBJECT
public:
    explicit TestProviderContract(const ProviderUnderTest& row) : m_row(row) {}

private slots:
    void init()
    {
        m_sandbox = m_row.start(false);
        QVERIFY(m_sandbox);
        m_provider = makeProvider(m_row.account(*m_sandbox));
        QVERIFY(m_provider);
    }

    void cleanup()
    {
        m_provider.reset();
        m_sandbox.reset();
    }

    void factoryMakesAWorkingClient()
    {
        QVERIFY(knownProviders().contains(m_row.id));
        QCOMPARE(capabilitiesFor(m_row.id), &m_provider->capabilities());
        QCOMPARE(m_provider->capabilities().providerId, m_row.id);
        QVERIFY(waitForReply(m_provider->testAccount())->ok());
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), m_sandbox->keyCount());
        QVERIFY(!capabilitiesFor(u"nonesuch"_s));
        Account unknown = m_row.account(*m_sandbox);
        unknown.provider = u"nonesuch"_s;
        QVERIFY(!createProvider(unknown, Secret::fromUtf8("x"), &m_network));
    }

    void createFaultsAreNeverRetried_data()
    {
        QTest::addColumn<int>("faultKind");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<int>("made"); // keys the one request made before its answer
        QTest::addColumn<bool>("orNetwork");
        QList<CreateFault> faults{
            {u"500"_s, Fault::Kind::InternalError, Kind::Server},
            {u"503"_s, Fault::Kind::Unavailable, Kind::Server},
            {u"429"_s, Fault::Kind::TooManyRequests, Kind::RateLimited},
            {u"hang"_s, Fault::Kind::Hang, Kind::Timeout},
        };
        faults << m_row.moreCreateFaults;
        for (const CreateFault& f : std::as_const(faults))
            QTest::newRow(qPrintable(f.name))
                << int(f.fault) << int(f.error) << f.made << f.orNetwork;
    }

    void createFaultsAreNeverRetried()
    {
        QFETCH(int, faultKind);
        QFETCH(int, errorKind);
        QFETCH(int, made);
        QFETCH(bool, orNetwork);
        m_provider->http().setDefaultTimeoutMs(500);
        m_sandbox->injectFault(createFault(Fault::Kind(faultKind)));
        const int requests = m_sandbox->requestCount();
        const int creates = m_sandbox->createRequestCount();
        const int keys = m_sandbox->keyCount();
        auto reply = waitForReply(m_provider->createKey(m_row.createSpec(*m_sandbox)));
        QTest::qWait(300); // room for a resend that must not happen
        QVERIFY(!reply->ok());
        QVERIFY2(int(reply->error().kind) == errorKind ||
                     (orNetwork && reply->error().kind == Kind::Network),
                 qPrintable(reply->error().toString()));
        QVERIFY(!reply->hasCreated());
        // exactly one create request, after the look-ups the provider makes before it
        QCOMPARE(m_sandbox->requestCount(), requests + m_row.lookupsBeforeCreate + 1);
        QCOMPARE(m_sandbox->createRequestCount(), creates + made);
        QCOMPARE(m_sandbox->keyCount(), keys + made);
        QVERIFY(!ProviderErrorText::message(reply->error()).isEmpty());
        QVERIFY(!ProviderErrorText::message(reply->error()).contains(u"{"));
        if (reply->error().kind != Kind::RateLimited)
            QVERIFY2(reply->error().detail.contains(u"refresh"), qPrintable(reply->error().detail));
    }

    void failAfterCommitIsReportedAndNotRepeated()
    {
        m_sandbox->injectFault(createFault(Fault::Kind::FailAfterCommit));
        const int creates = m_sandbox->createRequestCount();
        const int keys = m_sandbox->keyCount();
        auto reply = waitForReply(m_provider->createKey(m_row.createSpec(*m_sandbox)));
        QTest::qWait(300); // room for a resend that must not happen
        QVERIFY(!reply->ok());
        QVERIFY(!reply->hasCreated());
        QVERIFY2(reply->error().kind == Kind::Network || reply->error().kind == Kind::BadResponse,
                 qPrintable(reply->error().toString()));
        QVERIFY2(reply->error().detail.contains(u"refresh"), qPrintable(reply->error().detail));
        QCOMPARE(m_sandbox->createRequestCount(), creates + 1);
        QCOMPARE(m_sandbox->keyCount(), keys + 1);
    }

    void listRetriesAfter503()
    {
        int requests = m_sandbox->requestCount();
        QVERIFY(waitForReply(m_provider->listKeys())->ok());
        const int listRequests = m_sandbox->requestCount() - requests;
        m_sandbox->injectFault({Fault::Kind::Unavailable, m_row.listMethod, m_row.listPath, 1});
        requests = m_sandbox->requestCount();
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), m_sandbox->keyCount());
        QCOMPARE(m_sandbox->requestCount(), requests + listRequests + 1); // one resend
    }

    void listGivesUpAfterRepeated503()
    {
        m_sandbox->injectFault({Fault::Kind::Unavailable, m_row.listMethod, m_row.listPath, -1});
        auto reply = waitForReply(m_provider->listKeys());
        QCOMPARE(reply->error().kind, Kind::Server);
        QCOMPARE(reply->error().httpStatus, 503);
        QVERIFY(reply->keys().isEmpty());
    }

    void listRetriesAfter429WithRetryAfter()
    {
        Fault fault{Fault::Kind::TooManyRequests, m_row.listMethod, m_row.listPath, 1};
        fault.retryAfterSeconds = 1;
        m_sandbox->injectFault(fault);
        QElapsedTimer clock;
        clock.start();
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), m_sandbox->keyCount());
        QVERIFY(clock.elapsed() >= 950);
    }

    void listHangTimesOut()
    {
        m_provider->http().setDefaultTimeoutMs(500);
        m_provider->http().setMaxAttempts(1);
        m_sandbox->injectFault({Fault::Kind::Hang, m_row.listMethod, m_row.listPath, -1});
        QElapsedTimer clock;
        clock.start();
        auto reply = waitForReply(m_provider->listKeys());
        QCOMPARE(reply->error().kind, Kind::Timeout);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(ProviderErrorText::message(reply->error()).contains(u"No answer"));
        QVERIFY(reply->keys().isEmpty());
    }

    void listBadBodies_data()
    {
        QTest::addColumn<int>("faultKind");
        QTest::addColumn<qint64>("hugeBytes");
        QTest::newRow("malformed") << int(Fault::Kind::MalformedBody) << qint64(0);
        if (m_row.hugeListUnderCapFails)
            QTest::newRow("huge, under the cap") << int(Fault::Kind::HugeBody) << qint64(8 << 20);
        QTest::newRow("huge, over the cap") << int(Fault::Kind::HugeBody) << qint64(20 << 20);
        QTest::newRow("truncated") << int(Fault::Kind::TruncatedBody) << qint64(0);
        QTest::newRow("reset") << int(Fault::Kind::ResetMidBody) << qint64(0);
    }

    void listBadBodies()
    {
        QFETCH(int, faultKind);
        QFETCH(qint64, hugeBytes);
        m_provider->http().setMaxAttempts(2);
        Fault fault{Fault::Kind(faultKind), m_row.listMethod, m_row.listPath, -1};
        if (hugeBytes > 0)
            fault.hugeBytes = hugeBytes;
        m_sandbox->injectFault(fault);
        auto reply = waitForReply(m_provider->listKeys(), 30000);
        QVERIFY(reply->isFinished());
        QVERIFY2(reply->error().kind == Kind::BadResponse ||
                     (Fault::Kind(faultKind) == Fault::Kind::ResetMidBody &&
                      reply->error().kind == Kind::Network),
                 qPrintable(reply->error().toString()));
        QVERIFY(reply->keys().isEmpty());
        QVERIFY(!ProviderErrorText::message(reply->error()).contains(u"xxxx"));
        QVERIFY(ProviderErrorText::message(reply->error()).size() < 300);
    }

    void wrongAdminTokenIsAuth()
    {
        auto wrong = makeProvider(m_row.account(*m_sandbox), m_row.wrongToken);
        for (ProviderReply* raw : {wrong->testAccount(), wrong->listKeys(),
                                   wrong->createKey(m_row.createSpec(*m_sandbox))}) {
            auto reply = waitForReply(raw);
            QVERIFY2(m_row.wrongTokenKinds.contains(reply->error().kind),
                     qPrintable(reply->error().toString()));
            QCOMPARE(reply->error().httpStatus, m_row.wrongTokenStatus);
            QVERIFY(!ProviderErrorText::message(reply->error()).isEmpty());
            QVERIFY(!ProviderErrorText::message(reply->error()).contains(u"{"));
            QVERIFY(!reply->error().toString().contains(m_row.wrongToken));
        }
        const int requests = m_sandbox->requestCount();
        QVERIFY(waitForReply(m_provider->testAccount())->ok());
        QCOMPARE(m_sandbox->requestCount(), requests + 1);
    }

    void abortedReplyEndsCancelled()
    {
        m_sandbox->injectFault({Fault::Kind::Hang, m_row.listMethod, m_row.listPath, -1});
        const int requests = m_sandbox->requestCount();
        std::unique_ptr<ProviderReply> reply(m_provider->listKeys());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount() > requests, 5000);
        reply->abort();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 2000);
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        QVERIFY(reply->keys().isEmpty());
    }

    void deletingReplyOrProviderMidFlightIsSafe()
    {
        m_sandbox->injectFault({Fault::Kind::Delay, m_row.listMethod, {}, -1, 200});
        delete m_provider->listKeys(); // nobody to tell
        std::vector<std::unique_ptr<ProviderReply>> orphans;
        orphans.emplace_back(m_provider->listKeys());
        const Capabilities& can = m_provider->capabilities();
        if (can.bearer) {
            delete m_provider->listBearers();
            orphans.emplace_back(m_provider->listBearers());
        }
        if (!can.secretShownOnce)
            orphans.emplace_back(m_provider->revealSecret(m_row.verifiedKey));
        m_provider.reset();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(orphans.cbegin(), orphans.cend(),
                                             [](const auto& r) { return r->isFinished(); }),
                                 2000);
        for (const auto& orphan : orphans)
            QCOMPARE(orphan->error().kind, Kind::Cancelled);
        QTest::qWait(400); // the delayed answers arrive to no one
    }

    void insecureEndpointIsRefused()
    {
        Account account = m_row.account(*m_sandbox);
        account.endpoint = QUrl(u"http://api.%1.example/"_s.arg(m_row.id));
        auto provider = makeProvider(account);
        QCOMPARE(waitForReply(provider->listKeys())->error().kind, Kind::Insecure);
    }

    void httpsWithConfiguredCaWorks()
    {
        std::unique_ptr<ContractSandbox> tls = m_row.start(true);
        QVERIFY(tls);
        QCOMPARE(tls->url().scheme(), u"https"_s);
        QVERIFY(!tls->certificate().isNull());
        QTemporaryDir dir;
        const QString caFile = dir.filePath(u"sandbox-ca.pem"_s);
        QVERIFY(testsupport::writeCaFile(caFile, tls->certificate()));

        Account account = m_row.account(*tls);
        account.caFile = caFile;
        auto trusted = makeProvider(account, tls->adminToken());
        auto reply = waitForReply(trusted->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), tls->keyCount());

        account.caFile.clear();
        auto untrusted = makeProvider(account, tls->adminToken());
        auto refused = waitForReply(untrusted->listKeys());
        QCOMPARE(refused->error().kind, Kind::Tls);
        QVERIFY2(ProviderErrorText::message(refused->error())
                     .contains(u"certificate", Qt::CaseInsensitive),
                 qPrintable(ProviderErrorText::message(refused->error())));
    }

    void unreadableCaFileFailsEveryCall()
    {
        Account account = m_row.account(*m_sandbox);
        account.caFile = u"/nonexistent/keywarden-ca.pem"_s;
        auto provider = makeProvider(account);
        const int requests = m_sandbox->requestCount();
        for (ProviderReply* raw : everyCall(*provider)) {
            auto reply = waitForReply(raw);
            QCOMPARE(reply->error().kind, Kind::Tls);
            QVERIFY(ProviderErrorText::message(reply->error())
                        .contains(u"/nonexistent/keywarden-ca.pem"));
        }
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void verifyUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Account account = m_row.account(*m_sandbox);
        m_row.verifyAt(account, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        auto provider = makeProvider(account);
        provider->http().setMaxAttempts(1);
        provider->http().setDefaultTimeoutMs(2000);
        auto reply =
            waitForReply(provider->verifyKey(m_row.verifiedKey, Secret::fromUtf8("EXAMPLE")));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->verification()->outcome, Outcome::Unreachable);
    }

    void verifyHangIsUnreachable()
    {
        m_provider->http().setDefaultTimeoutMs(300);
        m_provider->http().setMaxAttempts(1);
        m_sandbox->injectFault({Fault::Kind::Hang, "GET", m_row.verifyPath, -1});
        auto reply =
            waitForReply(m_provider->verifyKey(m_row.verifiedKey, Secret::fromUtf8("EXAMPLE")));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->verification()->outcome, Outcome::Unreachable);
    }

private:
    // A fault for the create request itself, not for a look-up the provider makes before it.
    Fault createFault(Fault::Kind kind) const
    {
        Fault fault{kind, "POST", m_row.createPath, 1};
        fault.contains = m_row.createMatch;
        return fault;
    }

    std::unique_ptr<HttpKeyProvider> makeProvider(const Account& account, QString token = {})
    {
        if (token.isEmpty())
            token = m_sandbox->adminToken();
        std::unique_ptr<KeyProvider> made =
            createProvider(account, Secret::fromString(token), &m_network);
        auto* http = dynamic_cast<HttpKeyProvider*>(made.get());
        if (!http) {
            qWarning("%s is no HttpKeyProvider", qPrintable(account.provider));
            return nullptr;
        }
        made.release();
        std::unique_ptr<HttpKeyProvider> provider(http);
        provider->http().setDefaultTimeoutMs(5000);
        provider->http().setBackoffBaseMs(20);
        provider->http().setMaxAttempts(3);
        return provider;
    }

    // Every call the provider offers, each about a key of its shape.
    QList<ProviderReply*> everyCall(KeyProvider& provider) const
    {
        const Capabilities& can = provider.capabilities();
        const ApiKey& key = m_row.verifiedKey;
        QList<ProviderReply*> calls{provider.listKeys(), provider.testAccount(),
                                    provider.createKey(m_row.createSpec(*m_sandbox)),
                                    provider.revokeKey(key),
                                    provider.verifyKey(key, Secret::fromUtf8("EXAMPLE"))};
        if (can.bearer)
            calls << provider.listBearers();
        if (can.disable)
            calls << provider.setKeyActive(key, false);
        if (can.disablePrincipal)
            calls << provider.setPrincipalActive(u"EXAMPLE-principal"_s, false);
        if (!can.secretShownOnce)
            calls << provider.revealSecret(key);
        return calls;
    }

    const ProviderUnderTest& m_row;
    QNetworkAccessManager m_network;
    std::unique_ptr<ContractSandbox> m_sandbox;
    std::unique_ptr<HttpKeyProvider> m_provider;
};

// Without a provider id: checks that every provider the factory knows has a row. With one (as
// the first argument): runs the contract against that provider; the rest goes to QTest.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    const QList<ProviderUnderTest>& rows = providersUnderTest();
    if (argc < 2 || argv[1][0] == '-') {
        int missing = 0;
        for (const QString& id : knownProviders()) {
            const bool found = std::any_of(rows.cbegin(), rows.cend(),
                                           [&](const ProviderUnderTest& r) { return r.id == id; });
            if (!found) {
                std::cerr << "no contract row for provider " << qPrintable(id) << '\n';
                ++missing;
            }
        }
        std::cout << rows.size() << " providers under the contract; " << missing << " missing\n";
        return missing == 0 ? 0 : 1;
    }
    const QString id = QString::fromLocal8Bit(argv[1]);
    for (const ProviderUnderTest& row : rows) {
        if (row.id != id)
            continue;
        TestProviderContract test(row);
        std::vector<char*> rest{argv[0]};
        rest.insert(rest.end(), argv + 2, argv + argc);
        return QTest::qExec(&test, int(rest.size()), rest.data());
    }
    std::cerr << "no contract row for provider " << argv[1] << '\n';
    return 2;
}

#include "test_provider_contract.moc"
