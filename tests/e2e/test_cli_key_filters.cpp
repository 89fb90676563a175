// keywarden-cli keys list --expires-within N --unused-for N --inactive --never-used, run as a
// script would run them against a keywarden-sandbox process: each keeps exactly the keys its rule
// names (checked against the full listing's own fields), they combine, and a day count that is
// not a whole number of days, 0 or more, is refused with exit code 2 before anything is loaded.
#include "CliAccounts.h"
#include "core/Clock.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::e2e::CliRun;
using kw::e2e::SandboxProcess;

namespace {

QDateTime timeOf(const QJsonObject& key, const QString& field)
{
    return QDateTime::fromString(key.value(field).toString(), Qt::ISODate);
}

QSet<QString> idSet(const QJsonArray& keys)
{
    const QStringList ids = kw::e2e::keyIds(keys);
    return {ids.begin(), ids.end()};
}

QSet<QString> idsWhere(const QJsonArray& keys, const std::function<bool(const QJsonObject&)>& keep)
{
    QSet<QString> ids;
    for (const QJsonValue& value : keys) {
        if (keep(value.toObject()))
            ids.insert(value.toObject().value(u"id"_s).toString());
    }
    return ids;
}

} // namespace

class TestCliKeyFilters : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    static std::optional<QJsonArray> listed(const QString& label, const QStringList& filters,
                                            QString* error)
    {
        const CliRun run = kw::e2e::runCli(
            QStringList{u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, label} + filters);
        if (!run.finished || run.exitCode != 0 || !run.jsonLines().value(0).isArray()) {
            *error = filters.join(u' ') + u": "_s + run.describe();
            return std::nullopt;
        }
        return run.array();
    }

private slots:
    void initTestCase()
    {
        const QString error = kw::e2e::startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Wasabi IAM reports last use and disables keys: never used, unused for N, inactive.
    void lastUseAndInactiveFiltersKeepWhatTheirRuleNames()
    {
        const QString label = u"Iam"_s;
        QString error = kw::e2e::addCliAccount(m_sandbox, u"wasabi-iam"_s, label);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A new key, then disabled: inactive and never used.
        const CliRun created =
            kw::e2e::runCli({u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label,
                             u"--bearer"_s, u"user:air-viewer"_s, u"--store"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString newId = created.object().value(u"id"_s).toString();
        QVERIFY2(!newId.isEmpty(), qPrintable(created.describe()));
        const CliRun disabled = kw::e2e::runCli(
            {u"keys"_s, u"disable"_s, u"--account"_s, label, u"--key"_s, newId, u"--yes"_s});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.describe()));

        const std::optional<QJsonArray> all = listed(label, {}, &error);
        QVERIFY2(all, qPrintable(error));
        const QDateTime now = kw::Clock::app().nowUtc();

        const QSet<QString> neverUsed = idsWhere(
            *all, [](const QJsonObject& key) { return key.value(u"lastUsed"_s).isNull(); });
        QVERIFY(neverUsed.contains(newId));
        std::optional<QJsonArray> got = listed(label, {u"--never-used"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(idSet(*got), neverUsed);

        const QSet<QString> inactive = idsWhere(*all, [](const QJsonObject& key) {
            return key.value(u"status"_s).toString() != u"active"_s;
        });
        QVERIFY(inactive.contains(newId));
        QVERIFY(inactive.size() < all->size());
        got = listed(label, {u"--inactive"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(idSet(*got), inactive);

        // Unused for 30 days: last used 30 days ago or more, or never used and made that long ago.
        const QSet<QString> unused = idsWhere(*all, [&now](const QJsonObject& key) {
            const QDateTime since = key.value(u"lastUsed"_s).isNull() ? timeOf(key, u"created"_s)
                                                                      : timeOf(key, u"lastUsed"_s);
            return !since.isValid() || since <= now.addDays(-30);
        });
        QVERIFY(!unused.contains(newId));
        got = listed(label, {u"--unused-for"_s, u"30"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(idSet(*got), unused);

        // Combined: both rules hold.
        got = listed(label, {u"--inactive"_s, u"--never-used"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(idSet(*got), QSet<QString>(inactive).intersect(neverUsed));
        got = listed(label, {u"--never-used"_s, u"--unused-for"_s, u"0"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(idSet(*got), neverUsed);

        // No key of Wasabi IAM expires.
        got = listed(label, {u"--expires-within"_s, u"3650"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QVERIFY(got->isEmpty());
    }

    // Scaleway keys expire on a date: a key expiring in 5 days is within 14, not within 3.
    void expiresWithinKeepsKeysExpiringSoon()
    {
        const QString label = u"Scw"_s;
        QString error = kw::e2e::addCliAccount(m_sandbox, u"scaleway"_s, label);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString date = kw::Clock::app().nowUtc().date().addDays(5).toString(Qt::ISODate);
        const CliRun created = kw::e2e::runCli(
            QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label,
                        u"--description"_s, u"expires soon"_s, u"--expires"_s, date, u"--store"_s} +
            kw::e2e::createArgumentsFor(u"scaleway"_s, label));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString newId = created.object().value(u"id"_s).toString();
        QVERIFY2(!newId.isEmpty(), qPrintable(created.describe()));

        const std::optional<QJsonArray> all = listed(label, {}, &error);
        QVERIFY2(all, qPrintable(error));
        const QDateTime now = kw::Clock::app().nowUtc();
        const QSet<QString> within14 = idsWhere(*all, [&now](const QJsonObject& key) {
            const QDateTime expires = timeOf(key, u"expires"_s);
            return expires.isValid() && expires > now && expires <= now.addDays(14);
        });
        QVERIFY(within14.contains(newId));
        std::optional<QJsonArray> got = listed(label, {u"--expires-within"_s, u"14"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(idSet(*got), within14);
        got = listed(label, {u"--expires-within"_s, u"3"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QVERIFY(!idSet(*got).contains(newId));
        // Scaleway reports no last use: no key counts as never used.
        got = listed(label, {u"--never-used"_s}, &error);
        QVERIFY2(got, qPrintable(error));
        QVERIFY(got->isEmpty());
    }

    void badDayCountIsUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("negative") << QStringList{u"--expires-within"_s, u"-1"_s};
        QTest::newRow("word") << QStringList{u"--unused-for"_s, u"soon"_s};
        QTest::newRow("fraction") << QStringList{u"--unused-for"_s, u"1.5"_s};
    }
    void badDayCountIsUsageError()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = kw::e2e::runCli(QStringList{u"keys"_s, u"list"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.oneErrorLine() && run.err.contains("not a number of days") &&
                     run.err.contains(arguments.first().toUtf8()),
                 qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }

    void helpNamesTheFilters()
    {
        const CliRun run = kw::e2e::runCli({u"keys"_s, u"list"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char* option :
             {"--expires-within", "--unused-for", "--inactive", "--never-used"})
            QVERIFY2(run.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestCliKeyFilters)
#include "test_cli_key_filters.moc"
