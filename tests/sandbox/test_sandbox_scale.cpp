// The sandbox at scale (SandboxHost::Options::keysPerAccount, keywarden-sandbox
// --keys-per-account): every provider's real client reads exactly N keys through every page of
// its emulator, in process and from the separate sandbox process.

#include "core/Account.h"
#include "core/Secret.h"
#include "e2e/SandboxProcess.h"
#include "providers/KeyProvider.h"
#include "providers/ProviderReply.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using kw::sandbox::SandboxHost;

namespace {

// Not a multiple of any page size (Scaleway 100, CoreWeave 1000, Wasabi IAM's MaxItems) nor of
// the two keys a Wasabi IAM user may hold.
constexpr int keysPerAccount = 2345;
constexpr int listTimeoutMs = 150'000; // Wasabi IAM asks once per user and once per key

QStringList providerIds()
{
    return {u"wayscloud"_s, u"scaleway"_s, u"coreweave"_s, u"wasabi-air"_s, u"wasabi-iam"_s};
}

kw::Account accountFor(const QString& providerId, const QUrl& url, const QString& organizationId,
                       const QUrl& s3Url, const QString& region)
{
    kw::Account account;
    account.id = u"scale-"_s + providerId;
    account.provider = providerId;
    account.label = providerId + u" at scale"_s;
    account.endpoint = url;
    account.organizationId = organizationId;
    account.s3Endpoint = s3Url;
    account.region = region;
    account.sandbox = true;
    return account;
}

// Lists the account with its provider's real client; an empty list and *error on failure.
QList<kw::ApiKey> listAll(const kw::Account& account, kw::Secret token, QString* error)
{
    QNetworkAccessManager network;
    std::unique_ptr<kw::KeyProvider> provider =
        kw::createProvider(account, std::move(token), &network);
    kw::ProviderReply* reply = provider->listKeys();
    QSignalSpy finished(reply, &kw::ProviderReply::finished);
    if (!reply->isFinished() && !finished.wait(listTimeoutMs)) {
        *error = u"no answer within %1 s"_s.arg(listTimeoutMs / 1000);
        return {};
    }
    QList<kw::ApiKey> keys = reply->keys();
    if (!reply->ok())
        *error = reply->error().message;
    reply->deleteLater();
    return keys;
}

int distinctIds(const QList<kw::ApiKey>& keys)
{
    QSet<QString> ids;
    for (const kw::ApiKey& key : keys)
        ids.insert(key.id);
    return int(ids.size());
}

} // namespace

class TestSandboxScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SandboxHost::Options options;
        options.keysPerAccount = keysPerAccount;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
    }

    void everyPageOfEveryProvider_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<int>("leastRequests"); // the pages its paging needs at least
        QTest::newRow("wayscloud") << u"wayscloud"_s << 1;
        QTest::newRow("scaleway") << u"scaleway"_s << (keysPerAccount + 99) / 100;
        // Each next page starts at the last key of the one before (CoreWeave's client checks
        // that none was removed meanwhile): 0–999, 999–1998, 1998–2344.
        QTest::newRow("coreweave") << u"coreweave"_s << 3;
        QTest::newRow("wasabi-air") << u"wasabi-air"_s << 1;
        // The users, one ListAccessKeys a user (N / 2 of them) and the last use of every key.
        QTest::newRow("wasabi-iam") << u"wasabi-iam"_s << keysPerAccount / 2 + keysPerAccount;
    }

    void everyPageOfEveryProvider()
    {
        QFETCH(QString, providerId);
        QFETCH(int, leastRequests);
        const std::optional<SandboxHost::Endpoint> endpoint = m_host.endpoint(providerId);
        QVERIFY(endpoint);
        const int requestsBefore = m_host.sandbox(providerId)->requestCount();

        QString error;
        const QList<kw::ApiKey> keys =
            listAll(accountFor(providerId, endpoint->url, endpoint->organizationId,
                               endpoint->s3Endpoint, endpoint->region),
                    kw::Secret::fromString(endpoint->adminToken), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(keys.size(), keysPerAccount);
        QCOMPARE(distinctIds(keys), keysPerAccount);
        QVERIFY2(m_host.sandbox(providerId)->requestCount() - requestsBefore >= leastRequests,
                 qPrintable(u"%1 requests"_s.arg(m_host.sandbox(providerId)->requestCount() -
                                                 requestsBefore)));

        // Realistic variety: created over two years, not all on one day (CoreWeave's list does
        // not say when a key was made).
        if (providerId == u"coreweave"_s)
            return;
        const auto [oldest, newest] =
            std::minmax_element(keys.cbegin(), keys.cend(),
                                [](const auto& a, const auto& b) { return a.created < b.created; });
        QVERIFY2(oldest->created.daysTo(newest->created) > 300,
                 qPrintable(oldest->created.toString(Qt::ISODate)));
    }

    // The mix a fleet view must cope with: owners, inactive, expired and never used keys.
    void keysVaryAsInARealAccount()
    {
        QList<kw::sandbox::WasabiIamSandbox::AccessKeyState> iam;
        for (const QString& user : m_host.wasabiIam()->userNames())
            iam += m_host.wasabiIam()->accessKeys(user);
        QCOMPARE(iam.size(), keysPerAccount - 1);
        // Users with two keys each (the root keeps its one admin key).
        QCOMPARE(m_host.wasabiIam()->userNames().size(), (keysPerAccount - 1 + 1) / 2);
        const auto inactive =
            std::count_if(iam.cbegin(), iam.cend(), [](const auto& key) { return !key.active; });
        const auto neverUsed = std::count_if(
            iam.cbegin(), iam.cend(), [](const auto& key) { return key.lastUsedAt.isNull(); });
        QVERIFY2(inactive > keysPerAccount / 20 && inactive < keysPerAccount / 4,
                 qPrintable(QString::number(inactive)));
        QVERIFY2(neverUsed > keysPerAccount / 10 && neverUsed < keysPerAccount / 3,
                 qPrintable(QString::number(neverUsed)));
    }

    // The same seed gives the same users, dates and states; another seed another mix.
    void theSeedDecidesTheMix()
    {
        const auto mix = [](quint32 seed) {
            SandboxHost host;
            SandboxHost::Options options;
            options.keysPerAccount = 101;
            options.seed = seed;
            options.now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
            if (!host.start(options))
                return QStringList{host.errorString()};
            QStringList out;
            for (const QString& user : host.wasabiIam()->userNames()) {
                for (const auto& key : host.wasabiIam()->accessKeys(user))
                    out << u"%1 %2 %3 %4"_s
                               .arg(key.userName, key.createdAt.toString(Qt::ISODate),
                                    key.lastUsedAt.toString(Qt::ISODate))
                               .arg(key.active);
            }
            return out;
        };
        const QStringList first = mix(7);
        QCOMPARE(first.size(), 100); // the root's admin key is the 101st
        QCOMPARE(mix(7), first);
        QVERIFY(mix(8) != first);
    }

    // keywarden-sandbox --keys-per-account: the same, from the separate process.
    void fromTheSandboxProcess()
    {
        constexpr int count = 1001;
        kw::e2e::SandboxProcess sandbox;
        const QString failed = sandbox.start({u"--keys-per-account"_s, QString::number(count)});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        for (const QString& providerId : providerIds()) {
            const kw::e2e::SandboxProcess::Provider* provider = sandbox.provider(providerId);
            QVERIFY2(provider, qPrintable(providerId));
            QString error;
            const QList<kw::ApiKey> keys =
                listAll(accountFor(providerId, provider->url, provider->organizationId,
                                   provider->s3Url, provider->region),
                        kw::Secret::fromString(provider->token.exposeString()), &error);
            QVERIFY2(error.isEmpty(), qPrintable(providerId + u": "_s + error));
            QCOMPARE(keys.size(), count);
            QCOMPARE(distinctIds(keys), count);
        }
    }

private:
    SandboxHost m_host;
};

QTEST_GUILESS_MAIN(TestSandboxScale)
#include "test_sandbox_scale.moc"
