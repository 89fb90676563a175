// End to end: the real WAYSCloud client against the `keywarden-sandbox` executable, over
// loopback, the way a user's console talks to the provider: list, create a key with two services
// and an IP whitelist, see it listed, verify it, revoke it, and prove nothing secret was written
// under HOME.
#include "SandboxProcess.h"
#include "SecretScan.h"
#include "console/ProviderErrorText.h"
#include "core/IpAllowlist.h"
#include "providers/KeyProvider.h"
#include "providers/WaysCloudProvider.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kw;

namespace {

// Waits for a reply; the reply is owned by the caller.
bool waitFor(ProviderReply* reply, int ms = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ProviderReply::finished);
    return spy.wait(ms);
}

} // namespace

class TestE2eSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void fullKeyLifecycleAgainstTheProcess()
    {
        QNetworkAccessManager network;
        Account account;
        account.id = QStringLiteral("e2e-account");
        account.provider = QStringLiteral("wayscloud");
        account.label = QStringLiteral("E2E sandbox");
        account.endpoint = m_sandbox.url();
        std::unique_ptr<KeyProvider> provider =
            createProvider(account, m_sandbox.token().clone(), &network);
        QVERIFY(provider);
        QCOMPARE(provider->capabilities().providerId, QStringLiteral("wayscloud"));

        std::unique_ptr<ProviderReply> test(provider->testAccount());
        QVERIFY(waitFor(test.get()));
        QVERIFY2(test->ok(), qPrintable(test->error().toString()));

        std::unique_ptr<ProviderReply> list(provider->listKeys());
        QVERIFY(waitFor(list.get()));
        QVERIFY2(list->ok(), qPrintable(list->error().toString()));
        const qsizetype before = list->keys().size();
        QCOMPARE(before, 12); // the executable seeds a dozen sample keys by default

        KeySpec spec;
        spec.name = QStringLiteral("Backup Script Storage and Database");
        spec.description = QStringLiteral("nightly backup job");
        spec.services = {QStringLiteral("storage"), QStringLiteral("database")};
        const IpAllowlist ips = IpAllowlist::parse(QStringLiteral("127.0.0.1, 203.0.113.0/24"));
        QVERIFY(ips.isValid());
        spec.ipAllowlist = ips.entries();
        std::unique_ptr<ProviderReply> create(provider->createKey(spec));
        QVERIFY(waitFor(create.get()));
        QVERIFY2(create->ok(), qPrintable(create->error().toString()));
        CreatedKey created = create->takeCreated();
        QVERIFY(created.secret.startsWith("wayscloud_pat_")); // two services: a scoped PAT
        QVERIFY(!created.key.id.isEmpty());
        const QByteArray secretBytes = created.secret.exposeBytes();

        list.reset(provider->listKeys());
        QVERIFY(waitFor(list.get()));
        QVERIFY(list->ok());
        QCOMPARE(list->keys().size(), before + 1);
        const auto it = std::find_if(list->keys().cbegin(), list->keys().cend(),
                                     [&](const ApiKey& k) { return k.id == created.key.id; });
        QVERIFY(it != list->keys().cend());
        QCOMPARE(it->name, spec.name);
        QCOMPARE(it->ipAllowlist, spec.ipAllowlist);
        QVERIFY(it->services.contains(QStringLiteral("storage")));
        QVERIFY(it->services.contains(QStringLiteral("database")));
        QVERIFY(!it->prefix.isEmpty());
        QVERIFY2(!secretBytes.contains(it->prefix.toUtf8()) || it->prefix.size() < 30,
                 "the listed prefix must not be the whole secret");

        // The whitelist holds 127.0.0.1 and the key is scoped to storage: it works from here.
        std::unique_ptr<ProviderReply> verify(provider->verifyKey(*it, created.secret));
        QVERIFY(waitFor(verify.get()));
        QVERIFY(verify->verification().has_value());
        QCOMPARE(verify->verification()->outcome, Verification::Outcome::Works);

        std::unique_ptr<ProviderReply> revoke(provider->revokeKey(*it));
        QVERIFY(waitFor(revoke.get()));
        QVERIFY2(revoke->ok(), qPrintable(revoke->error().toString()));

        // Revocation is immediate: the key is gone and no longer works.
        verify.reset(provider->verifyKey(*it, created.secret));
        QVERIFY(waitFor(verify.get()));
        QCOMPARE(verify->verification()->outcome, Verification::Outcome::Unauthorized);
        list.reset(provider->listKeys());
        QVERIFY(waitFor(list.get()));
        QCOMPARE(list->keys().size(), before);

        const QString home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        if (!home.isEmpty()) {
            const QStringList leaks =
                testsupport::filesContaining(home, {secretBytes, m_sandbox.token().exposeBytes()});
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        }
    }

    void badInputIsRejectedByTheProcessAndNothingIsCreated()
    {
        QNetworkAccessManager network;
        Account account;
        account.id = QStringLiteral("e2e-account-2");
        account.provider = QStringLiteral("wayscloud");
        account.endpoint = m_sandbox.url();
        auto provider = createProvider(account, m_sandbox.token().clone(), &network);
        std::unique_ptr<ProviderReply> list(provider->listKeys());
        QVERIFY(waitFor(list.get()));
        const qsizetype before = list->keys().size();

        KeySpec spec;
        spec.name = QStringLiteral("Production LLM Testing");
        spec.services = {QStringLiteral("llm")};
        spec.ipAllowlist = {QStringLiteral("10.0.0.1/24")}; // host bits set
        std::unique_ptr<ProviderReply> create(provider->createKey(spec));
        QVERIFY(waitFor(create.get()));
        QVERIFY(!create->ok());
        QCOMPARE(create->error().kind, ProviderError::Kind::Validation);
        QVERIFY2(create->error().toString().contains(QStringLiteral("10.0.0.1/24")),
                 qPrintable(create->error().toString()));

        // A wrong admin token: a clear 401, not a crash or a hang.
        auto intruder = createProvider(account, Secret::fromUtf8("not-a-token-EXAMPLE"), &network);
        std::unique_ptr<ProviderReply> denied(intruder->listKeys());
        QVERIFY(waitFor(denied.get()));
        QCOMPARE(denied->error().kind, ProviderError::Kind::Auth);
        QCOMPARE(denied->error().httpStatus, 401);

        list.reset(provider->listKeys());
        QVERIFY(waitFor(list.get()));
        QCOMPARE(list->keys().size(), before);
    }

    void processDiesMidRequestGivesAClearError()
    {
        e2e::SandboxProcess doomed;
        QVERIFY2(doomed.start().isEmpty(), "second sandbox did not start");
        QNetworkAccessManager network;
        Account account;
        account.id = QStringLiteral("e2e-account-3");
        account.provider = QStringLiteral("wayscloud");
        account.endpoint = doomed.url();
        auto provider = createProvider(account, doomed.token().clone(), &network);
        doomed.process().kill();
        doomed.process().waitForFinished(5000);
        std::unique_ptr<ProviderReply> list(provider->listKeys());
        QVERIFY(waitFor(list.get(), 60000));
        QCOMPARE(list->error().kind, ProviderError::Kind::Network);
        QVERIFY(!ProviderErrorText::message(list->error()).isEmpty());
    }

private:
    e2e::SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestE2eSandboxProcess)
#include "test_e2e_sandbox_process.moc"
