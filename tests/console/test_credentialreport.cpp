// The credential report: the policy checks per key, the summary per account, and the exact CSV,
// JSON and Markdown for a fixed clock; the file is written whole or not at all.
#include "console/CredentialReport.h"
#include "console/ReportWriters.h"
#include "core/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::CheckResult;
using kw::ReportCheck;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QDateTime daysAgo(int days)
{
    return fixedNow.addDays(-days);
}

kw::ReportSource source(const QString& id, const QString& provider, const QString& label,
                        const kw::Capabilities* caps, const QList<kw::ApiKey>& keys)
{
    kw::Account account;
    account.id = id;
    account.provider = provider;
    account.label = label;
    return kw::ReportSource{account, caps, keys};
}

kw::Capabilities fullCaps()
{
    kw::Capabilities caps;
    caps.providerName = u"WAYSCloud"_s;
    caps.lastUsed = true;
    caps.ipAllowlist = true;
    caps.expiry = kw::Capabilities::Expiry::Date;
    return caps;
}

kw::Capabilities bareCaps()
{
    kw::Capabilities caps;
    caps.providerName = u"CoreWeave"_s;
    caps.createdTime = false;
    return caps;
}

kw::ApiKey key(const QString& id, const QString& principal, int ageDays)
{
    kw::ApiKey k;
    k.id = id;
    k.name = u"key "_s + id;
    k.prefix = id.left(3);
    k.principal = principal;
    if (ageDays >= 0)
        k.created = daysAgo(ageDays);
    return k;
}

struct Fixture
{
    kw::Capabilities full = fullCaps();
    kw::Capabilities bare = bareCaps();
    QList<kw::ReportSource> sources;

    Fixture()
    {
        kw::ApiKey old = key(u"k1"_s, u"alice"_s, 100);
        old.lastUsed = daysAgo(95);
        kw::ApiKey fresh = key(u"k2"_s, u"alice"_s, 10);
        fresh.principalName = u"Alice A"_s;
        fresh.expires = fixedNow.addDays(10);
        fresh.ipAllowlist = {u"10.0.0.0/8"_s};
        fresh.lastUsed = daysAgo(1);
        fresh.services = {u"storage"_s, u"llm"_s};
        kw::ApiKey disabled = key(u"k3"_s, u"bob"_s, 200);
        disabled.status = kw::KeyStatus::Disabled;
        disabled.ipAllowlist = {u"192.0.2.1"_s};
        kw::ApiKey revoked = key(u"k4"_s, u"bob"_s, 300);
        revoked.status = kw::KeyStatus::Revoked;
        sources << source(u"acc-1"_s, u"wayscloud"_s, u"Prod, EU"_s, &full,
                          {old, fresh, disabled, revoked});
        kw::ApiKey noDate = key(u"c1"_s, u"svc"_s, -1);
        kw::ApiKey oldBare = key(u"c2"_s, u"svc2"_s, 120);
        sources << source(u"acc-2"_s, u"coreweave"_s, u"GPU"_s, &bare, {noDate, oldBare});
    }
    kw::CredentialReport build() const
    {
        return kw::buildCredentialReport(sources, 90, kw::Clock::app().nowUtc());
    }
};

QString checksOf(const kw::ReportRow& row)
{
    QString text;
    for (ReportCheck check : kw::allReportChecks()) {
        const CheckResult r = row.check(check);
        text += r == CheckResult::Fail ? u'F' : r == CheckResult::Pass ? u'.' : u'-';
    }
    return text;
}

} // namespace

class TestCredentialReport : public QObject
{
    Q_OBJECT

private slots:
    void checksPerKey()
    {
        kw::ScopedClock clock([] { return fixedNow; });
        const kw::CredentialReport report = Fixture().build();
        QCOMPARE(report.rows.size(), 6);
        // Order: rotationDue expiresSoon unused90 multipleActive noExpiry noIpAllowlist.
        QCOMPARE(checksOf(report.rows[0]), u"F.FFFF"_s); // old, unused, second active of alice
        QCOMPARE(checksOf(report.rows[1]), u".F.F.."_s); // expires in 10 days
        QCOMPARE(checksOf(report.rows[2]), u"F.F-F."_s); // disabled: not an active key
        QCOMPARE(checksOf(report.rows[3]), u"------"_s); // revoked: nothing applies
        QCOMPARE(checksOf(report.rows[4]), u"-.-.--"_s); // no creation time, no capabilities
        QCOMPARE(checksOf(report.rows[5]), u"F.-.--"_s);
        QCOMPARE(report.rows[1].owner, u"Alice A"_s);
        QCOMPARE(report.rows[0].owner, u"alice"_s);
        QCOMPARE(report.rows[0].ageDays, std::optional<qint64>(100));
        QVERIFY(!report.rows[4].ageDays);
        QCOMPARE(report.rows[3].status, u"revoked"_s);
        QCOMPARE(report.rows[0].failedChecks(),
                 (QStringList{u"rotationDue"_s, u"unused90"_s, u"multipleActiveKeysPerOwner"_s,
                              u"noExpiry"_s, u"noIpAllowlist"_s}));
    }

    void aKeyPastItsExpiryIsExpiredNotExpiringSoon()
    {
        kw::ScopedClock clock([] { return fixedNow; });
        kw::Capabilities caps = fullCaps();
        kw::ApiKey past = key(u"p"_s, u"x"_s, 5);
        past.expires = daysAgo(1);
        const auto report = kw::buildCredentialReport(
            QList<kw::ReportSource>{source(u"a"_s, u"wayscloud"_s, u"A"_s, &caps, {past})}, 90,
            fixedNow);
        QCOMPARE(report.rows[0].status, u"expired"_s);
        QCOMPARE(report.rows[0].check(ReportCheck::ExpiresSoon), CheckResult::NotApplicable);
    }

    void keysWithoutAListedOwnerAreNotOneOwnersKeys()
    {
        // WAYSCloud lists no owner: its keys are the account's, not one IAM user's, and CIS 1.13
        // means nothing for them (otherwise every key of such an account would fail it).
        kw::ScopedClock clock([] { return fixedNow; });
        kw::Capabilities caps = fullCaps();
        const auto report = kw::buildCredentialReport(
            QList<kw::ReportSource>{source(u"a"_s, u"wayscloud"_s, u"A"_s, &caps,
                                           {key(u"x"_s, {}, 1), key(u"y"_s, {}, 1)})},
            90, fixedNow);
        for (const kw::ReportRow& row : report.rows) {
            QCOMPARE(row.check(ReportCheck::MultipleActiveKeysPerOwner),
                     CheckResult::NotApplicable);
        }
    }

    void summaryCountsFailuresPerAccount()
    {
        kw::ScopedClock clock([] { return fixedNow; });
        const kw::CredentialReport report = Fixture().build();
        QCOMPARE(report.accounts.size(), 2);
        const kw::ReportAccountSummary& first = report.accounts[0];
        QCOMPARE(first.keys, 4);
        QCOMPARE(first.keysFailingAny, 3);
        QCOMPARE(first.failingCount(ReportCheck::RotationDue), 2);
        QCOMPARE(first.failingCount(ReportCheck::ExpiresSoon), 1);
        QCOMPARE(first.failingCount(ReportCheck::Unused90), 2);
        QCOMPARE(first.failingCount(ReportCheck::MultipleActiveKeysPerOwner), 2);
        QCOMPARE(first.failingCount(ReportCheck::NoExpiry), 2);
        QCOMPARE(first.failingCount(ReportCheck::NoIpAllowlist), 1);
        QCOMPARE(report.accounts[1].keys, 2);
        QCOMPARE(report.accounts[1].keysFailingAny, 1);
        QCOMPARE(report.generated, fixedNow);
    }

    // An account's own rotation policy judges its keys; the others follow the default, which the
    // report keeps as its own. From account views, through the lookup the window and CLI pass.
    void rotationPolicyPerAccount()
    {
        const kw::Capabilities caps = fullCaps();
        kw::ConsoleTypes::AccountView strict;
        strict.account.id = u"strict"_s;
        strict.state = kw::ConsoleTypes::LoadState::Ok;
        strict.capabilities = &caps;
        strict.keys = {key(u"s1"_s, u"o"_s, 40)};
        kw::ConsoleTypes::AccountView lax = strict;
        lax.account.id = u"lax"_s;
        lax.keys = {key(u"l1"_s, u"o"_s, 40)};
        const auto policyFor = [](const QString& accountId) {
            return accountId == u"strict"_s ? 30 : 90;
        };
        const QList<const kw::ConsoleTypes::AccountView*> views{&strict, &lax};
        const kw::CredentialReport report =
            kw::buildCredentialReport(views, 90, fixedNow, policyFor);
        QCOMPARE(report.rotationPolicyDays, 90);
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows[0].check(ReportCheck::RotationDue), kw::CheckResult::Fail);
        QCOMPARE(report.rows[0].rotationPolicyDays, 30);
        QCOMPARE(report.rows[1].check(ReportCheck::RotationDue), kw::CheckResult::Pass);
        QCOMPARE(report.accounts[0].rotationPolicyDays, 30);
        QCOMPARE(report.accounts[1].rotationPolicyDays, 90);
        const QJsonObject json = QJsonDocument::fromJson(kw::reportJson(report)).object();
        QCOMPARE(json.value(u"rotationPolicyDays"_s).toInt(), 90);
        QCOMPARE(json.value(u"summary"_s).toArray().at(0).toObject().value(u"rotationPolicyDays"_s),
                 QJsonValue(30));

        // Without a lookup every account follows the default.
        const kw::CredentialReport plain = kw::buildCredentialReport(views, 90, fixedNow);
        QCOMPARE(plain.rows[0].check(ReportCheck::RotationDue), kw::CheckResult::Pass);
    }

    void csvIsRfc4180()
    {
        kw::ScopedClock clock([] { return fixedNow; });
        kw::Capabilities caps = fullCaps();
        kw::ApiKey odd = key(u"id1"_s, u"o"_s, 3);
        odd.name = u"say \"hi\",\nthen"_s;
        odd.lastUsed = daysAgo(1);
        odd.expires = fixedNow.addDays(30);
        kw::ApiKey formula = key(u"id2"_s, u"p"_s, 1);
        formula.name = u"=HYPERLINK(1)"_s;
        formula.ipAllowlist = {u"10.0.0.1"_s, u"10.0.0.2"_s};
        const auto report = kw::buildCredentialReport(
            QList<kw::ReportSource>{
                source(u"acc"_s, u"wayscloud"_s, u"Prod, EU"_s, &caps, {odd, formula})},
            90, kw::Clock::app().nowUtc());
        const QByteArray expected =
            "account,accountId,provider,owner,name,id,prefix,created,ageDays,expires,lastUsed,"
            "status,services,ipAllowlist,rotationDue,expiresSoon,unused90,"
            "multipleActiveKeysPerOwner,noExpiry,noIpAllowlist\r\n"
            "\"Prod, EU\",acc,WAYSCloud,o,\"say \"\"hi\"\",\nthen\",id1,id1,"
            "2026-11-28T12:00:00Z,3,2026-12-31T12:00:00Z,2026-11-30T12:00:00Z,active,,,"
            "pass,pass,pass,pass,pass,fail\r\n"
            "\"Prod, EU\",acc,WAYSCloud,p,'=HYPERLINK(1),id2,id2,2026-11-30T12:00:00Z,1,,,"
            "active,,10.0.0.1; 10.0.0.2,pass,pass,pass,pass,fail,pass\r\n";
        QCOMPARE(kw::reportCsv(report), expected);
    }

    void jsonHasTheDocumentedShape()
    {
        kw::ScopedClock clock([] { return fixedNow; });
        kw::Capabilities caps = fullCaps();
        kw::ApiKey one = key(u"id1"_s, u"o"_s, 3);
        one.services = {u"storage"_s};
        const auto report = kw::buildCredentialReport(
            QList<kw::ReportSource>{source(u"acc"_s, u"wayscloud"_s, u"Prod"_s, &caps, {one})}, 90,
            kw::Clock::app().nowUtc());
        const QByteArray expected = R"({
    "checks": [
        "rotationDue",
        "expiresSoon",
        "unused90",
        "multipleActiveKeysPerOwner",
        "noExpiry",
        "noIpAllowlist"
    ],
    "generated": "2026-12-01T12:00:00Z",
    "keys": [
        {
            "account": "Prod",
            "accountId": "acc",
            "ageDays": 3,
            "checks": {
                "expiresSoon": false,
                "multipleActiveKeysPerOwner": false,
                "noExpiry": true,
                "noIpAllowlist": true,
                "rotationDue": false,
                "unused90": false
            },
            "created": "2026-11-28T12:00:00Z",
            "expires": null,
            "failedChecks": [
                "noExpiry",
                "noIpAllowlist"
            ],
            "id": "id1",
            "ipAllowlist": [
            ],
            "lastUsed": null,
            "name": "key id1",
            "owner": "o",
            "prefix": "id1",
            "provider": "WAYSCloud",
            "services": [
                "storage"
            ],
            "status": "active"
        }
    ],
    "rotationPolicyDays": 90,
    "summary": [
        {
            "account": "Prod",
            "accountId": "acc",
            "failing": {
                "expiresSoon": 0,
                "multipleActiveKeysPerOwner": 0,
                "noExpiry": 1,
                "noIpAllowlist": 1,
                "rotationDue": 0,
                "unused90": 0
            },
            "keys": 1,
            "keysFailingAny": 1,
            "provider": "WAYSCloud",
            "rotationPolicyDays": 90
        }
    ]
}
)";
        QCOMPARE(kw::reportJson(report), expected);
    }

    void markdownEscapesCells()
    {
        kw::ScopedClock clock([] { return fixedNow; });
        kw::Capabilities caps = bareCaps();
        kw::ApiKey one = key(u"id1"_s, u"o"_s, -1);
        one.name = u"a|b"_s;
        const auto report = kw::buildCredentialReport(
            QList<kw::ReportSource>{source(u"acc"_s, u"coreweave"_s, u"GPU"_s, &caps, {one})}, 90,
            kw::Clock::app().nowUtc());
        const QByteArray expected =
            "# Credential report\n\n"
            "Generated 2026-12-01T12:00:00Z; rotation policy 90 days.\n\n"
            "## Summary\n\n"
            "| Account | Provider | Keys | Failing any check | rotationDue | expiresSoon | "
            "unused90 "
            "| multipleActiveKeysPerOwner | noExpiry | noIpAllowlist |\n"
            "|---|---|---|---|---|---|---|---|---|---|\n"
            "| GPU | CoreWeave | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n"
            "## Keys\n\n"
            "| Account | Provider | Owner | Name | Id | Prefix | Created | Age (days) | Expires "
            "| Last used | Status | Services | IP allowlist | Failed checks |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
            "| GPU | CoreWeave | o | a\\|b | id1 | id1 | \xe2\x80\x93 | \xe2\x80\x93 | "
            "\xe2\x80\x93 | \xe2\x80\x93 | active | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 |\n";
        QCOMPARE(kw::reportMarkdown(report), expected);
    }

    void formatsByNameAndExtension()
    {
        QCOMPARE(kw::reportFormatFromName(u"CSV"_s), kw::ReportFormat::Csv);
        QCOMPARE(kw::reportFormatFromName(u"md"_s), kw::ReportFormat::Markdown);
        QVERIFY(!kw::reportFormatFromName(u"xlsx"_s));
        QCOMPARE(kw::reportFormatForPath(u"/tmp/r.json"_s), kw::ReportFormat::Json);
        QVERIFY(!kw::reportFormatForPath(u"/tmp/r"_s));
    }

    void fileIsWrittenWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"report.csv"_s);
        QVERIFY(kw::writeReportFile(path, "first\r\n").isEmpty());
        QVERIFY(kw::writeReportFile(path, "second\r\n").isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second\r\n"));
        // A path whose folder is a file cannot be written: a clear error, the old file stays.
        const QString bad = path + u"/inner.csv"_s;
        const QString error = kw::writeReportFile(bad, "x");
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY(!kw::writeReportFile(dir.path(), "x").isEmpty());
        QVERIFY(!kw::writeReportFile(QString(), "x").isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"report.csv"_s});
    }
};

QTEST_GUILESS_MAIN(TestCredentialReport)
#include "test_credentialreport.moc"
