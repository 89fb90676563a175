#include "core/Clock.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"

#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <limits>

using namespace kw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kw::KeyStatus)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC);

ApiKey makeKey(const QString& id, const QString& name, qint64 ageDays)
{
    ApiKey key;
    key.id = id;
    key.name = name;
    key.prefix = QStringLiteral("wayscloud_storage_") + id.left(6);
    key.services = {QStringLiteral("storage")};
    key.created = Now.addSecs(-ageDays * 24 * 3600);
    return key;
}

QVariant cell(const KeyTableModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

} // namespace

class TestKeyTableModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndHeaders()
    {
        KeyTableModel model;
        QCOMPARE(model.columnCount(), 11);
        const QStringList expected = {
            QStringLiteral("Name"),     QStringLiteral("Prefix"),       QStringLiteral("Owner"),
            QStringLiteral("Services"), QStringLiteral("IP whitelist"), QStringLiteral("Created"),
            QStringLiteral("Age"),      QStringLiteral("Last used"),    QStringLiteral("Expires"),
            QStringLiteral("Status"),   QStringLiteral("Account")};
        for (int column = 0; column < expected.size(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.data(model.index(0, 0)).isValid());
    }

    void displayValues()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        model.setServiceLabels({{QStringLiteral("storage"), QStringLiteral("Storage")},
                                {QStringLiteral("llm"), QStringLiteral("LLM")}});
        ApiKey key = makeKey(QStringLiteral("a1b2c3d4-EXAMPLE"), QStringLiteral("Backups"), 93);
        key.services = {QStringLiteral("storage"), QStringLiteral("llm"), QStringLiteral("vps")};
        key.ipAllowlist = {QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.10")};
        ApiKey unnamed = makeKey(QStringLiteral("ffff0000-EXAMPLE"), QString(), 0);
        unnamed.status = KeyStatus::Revoked;
        model.setKeys({key, unnamed});

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, KeyTableModel::NameColumn).toString(), QStringLiteral("Backups"));
        QCOMPARE(cell(model, 0, KeyTableModel::PrefixColumn).toString(), key.prefix);
        // known services by their label, unknown ids as they come
        QCOMPARE(cell(model, 0, KeyTableModel::ServicesColumn).toString(),
                 QStringLiteral("Storage, LLM, vps"));
        QCOMPARE(cell(model, 0, KeyTableModel::IpAllowlistColumn).toString(),
                 QStringLiteral("203.0.113.0/24, 198.51.100.10"));
        QCOMPARE(cell(model, 1, KeyTableModel::IpAllowlistColumn).toString(),
                 QStringLiteral("All addresses"));
        QCOMPARE(cell(model, 0, KeyTableModel::AgeColumn).toString(), QStringLiteral("93 days"));
        QCOMPARE(cell(model, 1, KeyTableModel::AgeColumn).toString(), QStringLiteral("today"));
        // a key without a name is shown by its id
        QCOMPARE(cell(model, 1, KeyTableModel::NameColumn).toString(), unnamed.id);
        QCOMPARE(cell(model, 0, KeyTableModel::CreatedColumn).toString(),
                 QLocale().toString(key.created.toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(cell(model, 0, KeyTableModel::NameColumn, KeyTableModel::KeyIdRole).toString(),
                 key.id);
    }

    void statusText_data()
    {
        QTest::addColumn<KeyStatus>("status");
        QTest::addColumn<bool>("greyed");
        QTest::newRow("active") << KeyStatus::Active << false;
        QTest::newRow("disabled") << KeyStatus::Disabled << true;
        QTest::newRow("revoked") << KeyStatus::Revoked << true;
        QTest::newRow("expired") << KeyStatus::Expired << true;
        QTest::newRow("read-only") << KeyStatus::ReadOnly << false;
    }

    void statusText()
    {
        QFETCH(KeyStatus, status);
        QFETCH(bool, greyed);
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey key = makeKey(QStringLiteral("id-EXAMPLE"), QStringLiteral("k"), 1);
        key.status = status;
        model.setKeys({key});
        const QString text = cell(model, 0, KeyTableModel::StatusColumn).toString();
        QVERIFY(!text.isEmpty());
        QCOMPARE(text, keyStatusText(status));
        QCOMPARE(cell(model, 0, KeyTableModel::NameColumn, Qt::ForegroundRole).isValid(), greyed);
    }

    void ageColour_data()
    {
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<bool>("due");
        QTest::newRow("89 days") << 89 << false;
        QTest::newRow("90 days") << 90 << true;
        QTest::newRow("91 days") << 91 << true;
    }

    void ageColour()
    {
        QFETCH(int, ageDays);
        QFETCH(bool, due);
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        model.setKeys({makeKey(QStringLiteral("id-EXAMPLE"), QStringLiteral("k"), ageDays)});
        QCOMPARE(cell(model, 0, KeyTableModel::AgeColumn).toString(),
                 QStringLiteral("%1 days").arg(ageDays));
        QCOMPARE(cell(model, 0, KeyTableModel::AgeColumn, KeyTableModel::RotationDueRole).toBool(),
                 due);
        const QVariant colour = cell(model, 0, KeyTableModel::AgeColumn, Qt::ForegroundRole);
        QCOMPARE(colour.isValid(), due);
        const QString tip = cell(model, 0, KeyTableModel::AgeColumn, Qt::ToolTipRole).toString();
        QCOMPARE(tip.startsWith(QStringLiteral("Rotation due:")), due);
        QVERIFY(!tip.contains(QStringLiteral("(s)")));
        // only the age column is coloured
        QVERIFY(!cell(model, 0, KeyTableModel::NameColumn, Qt::ForegroundRole).isValid());
    }

    void rotationPolicyChanges()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        model.setKeys({makeKey(QStringLiteral("id-EXAMPLE"), QStringLiteral("k"), 40)});
        QVERIFY(!cell(model, 0, KeyTableModel::AgeColumn, KeyTableModel::RotationDueRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRotationDueDays(30);
        QCOMPARE(changed.size(), 1);
        QVERIFY(cell(model, 0, KeyTableModel::AgeColumn, KeyTableModel::RotationDueRole).toBool());
    }

    void lastUsedText_data()
    {
        QTest::addColumn<qint64>("secondsAgo"); // -1: never
        QTest::addColumn<QString>("expected");
        QTest::newRow("never") << qint64(-1) << QStringLiteral("never");
        QTest::newRow("seconds") << qint64(20) << QStringLiteral("just now");
        QTest::newRow("minutes") << qint64(5 * 60 + 10) << QStringLiteral("5 min ago");
        QTest::newRow("hours") << qint64(3 * 3600 + 59) << QStringLiteral("3 h ago");
        QTest::newRow("nearly 2 h") << qint64(7100) << QStringLiteral("2 h ago");
        QTest::newRow("one day") << qint64(26 * 3600) << QStringLiteral("1 day ago");
        QTest::newRow("days") << qint64(12 * 24 * 3600) << QStringLiteral("12 days ago");
    }

    void lastUsedText()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey key = makeKey(QStringLiteral("id-EXAMPLE"), QStringLiteral("k"), 100);
        if (secondsAgo >= 0)
            key.lastUsed = Now.addSecs(-secondsAgo);
        model.setKeys({key});
        QCOMPARE(cell(model, 0, KeyTableModel::LastUsedColumn).toString(), expected);
    }

    void sortRoleIsRaw()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey young = makeKey(QStringLiteral("1-EXAMPLE"), QStringLiteral("young"), 9);
        ApiKey old = makeKey(QStringLiteral("2-EXAMPLE"), QStringLiteral("old"), 100);
        ApiKey middle = makeKey(QStringLiteral("3-EXAMPLE"), QStringLiteral("middle"), 10);
        young.lastUsed = Now.addSecs(-3600);
        middle.lastUsed = Now.addSecs(-10 * 24 * 3600);
        model.setKeys({young, old, middle});

        // display text would sort "100 days" < "10 days" < "9 days"; the raw values do not
        QVERIFY(cell(model, 0, KeyTableModel::AgeColumn, KeyTableModel::SortRole).toLongLong() <
                cell(model, 2, KeyTableModel::AgeColumn, KeyTableModel::SortRole).toLongLong());

        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(KeyTableModel::AgeColumn, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, KeyTableModel::NameColumn).data().toString();
        QCOMPARE(names, (QStringList{QStringLiteral("young"), QStringLiteral("middle"),
                                     QStringLiteral("old")}));

        // "never" sorts as the oldest use
        proxy.sort(KeyTableModel::LastUsedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, KeyTableModel::NameColumn).data().toString(),
                 QStringLiteral("old"));
        QCOMPARE(proxy.index(2, KeyTableModel::NameColumn).data().toString(),
                 QStringLiteral("young"));

        proxy.sort(KeyTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, KeyTableModel::NameColumn).data().toString(),
                 QStringLiteral("young"));
    }

    void filterMatchesEveryWord()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        model.setServiceLabels({{QStringLiteral("storage"), QStringLiteral("Storage")},
                                {QStringLiteral("dns"), QStringLiteral("DNS")}});
        ApiKey backups = makeKey(QStringLiteral("1-EXAMPLE"), QStringLiteral("Backups"), 5);
        backups.ipAllowlist = {QStringLiteral("203.0.113.42")};
        ApiKey dns = makeKey(QStringLiteral("2-EXAMPLE"), QStringLiteral("DNS updater"), 5);
        dns.services = {QStringLiteral("dns")};
        dns.prefix = QStringLiteral("wayscloud_dns_EXAMPLE");
        dns.description = QStringLiteral("certbot hook");
        model.setKeys({backups, dns});

        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("storage"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("203.0.113"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("CERTBOT dns"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("DNS updater"));
        proxy.setFilterText(QStringLiteral("certbot storage"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("2-example")); // the id, case-insensitive
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 2);
    }

    // The key's owner: a Wasabi user name or "root", a principal, a Scaleway bearer with its kind.
    void ownerColumn()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey root = makeKey(QStringLiteral("1-EXAMPLE"), QStringLiteral("root key"), 5);
        root.principal = QStringLiteral("root");
        root.bearerType = QStringLiteral("user");
        ApiKey indexer = makeKey(QStringLiteral("2-EXAMPLE"), QStringLiteral("indexer key"), 5);
        indexer.principal = QStringLiteral("air-indexer");
        indexer.bearerType = QStringLiteral("user");
        ApiKey app = makeKey(QStringLiteral("3-EXAMPLE"), QStringLiteral("app key"), 5);
        app.principal = QStringLiteral("Backup-App");
        app.bearerType = QStringLiteral("application");
        ApiKey ownerless = makeKey(QStringLiteral("4-EXAMPLE"), QStringLiteral("no owner"), 5);
        model.setKeys({root, indexer, app, ownerless});

        QCOMPARE(cell(model, 0, KeyTableModel::OwnerColumn).toString(), QStringLiteral("root"));
        QCOMPARE(cell(model, 1, KeyTableModel::OwnerColumn).toString(),
                 QStringLiteral("air-indexer"));
        QCOMPARE(cell(model, 2, KeyTableModel::OwnerColumn, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Backup-App"));
        QCOMPARE(cell(model, 3, KeyTableModel::OwnerColumn).toString(), QString());
        // The kind of owner where the provider names one, in the tooltip.
        QCOMPARE(cell(model, 2, KeyTableModel::OwnerColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Backup-App (application)"));
        QVERIFY(!cell(model, 3, KeyTableModel::OwnerColumn, Qt::ToolTipRole).isValid());

        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(KeyTableModel::OwnerColumn, Qt::AscendingOrder);
        QStringList owners;
        for (int row = 0; row < proxy.rowCount(); ++row)
            owners << proxy.index(row, KeyTableModel::OwnerColumn).data().toString();
        // case-insensitive; no owner first
        QCOMPARE(owners, (QStringList{QString(), QStringLiteral("air-indexer"),
                                      QStringLiteral("Backup-App"), QStringLiteral("root")}));

        proxy.setFilterText(QStringLiteral("INDEXER"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, KeyTableModel::NameColumn).data().toString(),
                 QStringLiteral("indexer key"));
        proxy.setFilterText(QStringLiteral("root key"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("backup-app 3-example"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void expiresText_data()
    {
        QTest::addColumn<qint64>("secondsFromNow"); // LLONG_MIN: never
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("colour"); // 0 none, 1 soon, 2 expired
        QTest::newRow("never") << std::numeric_limits<qint64>::min() << QStringLiteral("never")
                               << 0;
        QTest::newRow("in 3 h") << qint64(3 * 3600 + 120) << QStringLiteral("in 3 h") << 1;
        QTest::newRow("in 40 min") << qint64(40 * 60) << QStringLiteral("in 40 min") << 1;
        // Rounded to the nearest unit, never down only.
        QTest::newRow("7 200 s") << qint64(7200) << QStringLiteral("in 2 h") << 1;
        QTest::newRow("7 199 s") << qint64(7199) << QStringLiteral("in 2 h") << 1;
        QTest::newRow("1 h 40 min") << qint64(6000) << QStringLiteral("in 2 h") << 1;
        QTest::newRow("1 h 20 min") << qint64(4800) << QStringLiteral("in 1 h") << 1;
        QTest::newRow("59 min 50 s") << qint64(3590) << QStringLiteral("in 1 h") << 1;
        QTest::newRow("89 s") << qint64(89) << QStringLiteral("in 1 min") << 1;
        QTest::newRow("23 h 40 min") << qint64(23 * 3600 + 2400) << QStringLiteral("in 1 day") << 1;
        QTest::newRow("6 days 18 h")
            << qint64(6 * 86400 + 18 * 3600) << QStringLiteral("in 7 days") << 1;
        QTest::newRow("expired 2 h 50 min ago")
            << qint64(-(2 * 3600 + 3000)) << QStringLiteral("expired 3 h ago") << 2;
        QTest::newRow("in 1 day") << qint64(30 * 3600) << QStringLiteral("in 1 day") << 1;
        QTest::newRow("in 20 days") << qint64(20 * 86400 + 60) << QStringLiteral("in 20 days") << 0;
        QTest::newRow("expired just now") << qint64(-10) << QStringLiteral("expired just now") << 2;
        QTest::newRow("expired 5 h ago")
            << qint64(-5 * 3600 - 60) << QStringLiteral("expired 5 h ago") << 2;
        QTest::newRow("expired 2 days ago")
            << qint64(-2 * 86400 - 60) << QStringLiteral("expired 2 days ago") << 2;
    }

    void expiresText()
    {
        QFETCH(qint64, secondsFromNow);
        QFETCH(QString, expected);
        QFETCH(int, colour);
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey key = makeKey(QStringLiteral("x-EXAMPLE"), QStringLiteral("x"), 10);
        if (secondsFromNow != std::numeric_limits<qint64>::min())
            key.expires = Now.addSecs(secondsFromNow);
        model.setKeys({key});
        QCOMPARE(cell(model, 0, KeyTableModel::ExpiresColumn).toString(), expected);
        const QVariant brush = cell(model, 0, KeyTableModel::ExpiresColumn, Qt::ForegroundRole);
        QCOMPARE(brush.isValid(), colour != 0);
        if (colour == 2) {
            // an active key past its expiry reads as expired, whatever the list said
            QCOMPARE(cell(model, 0, KeyTableModel::StatusColumn).toString(),
                     keyStatusText(KeyStatus::Expired));
            QCOMPARE(cell(model, 0, KeyTableModel::NameColumn, KeyTableModel::StatusRole).toInt(),
                     int(KeyStatus::Expired));
        }
        QVERIFY(brush.value<QBrush>().color() != QBrush().color() || colour == 0);
    }

    void unknownCreationTimeShowsADash()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey key = makeKey(QStringLiteral("CWEXAMPLE0000001"), QString(), 0);
        key.created = QDateTime();
        model.setKeys({key});
        QCOMPARE(cell(model, 0, KeyTableModel::CreatedColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(model, 0, KeyTableModel::AgeColumn).toString(), QStringLiteral("—"));
        QVERIFY(!cell(model, 0, KeyTableModel::AgeColumn, KeyTableModel::RotationDueRole).toBool());
    }

    void rotationDueAndStatusFilters()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey old = makeKey(QStringLiteral("1-EXAMPLE"), QStringLiteral("old"), 120);
        ApiKey young = makeKey(QStringLiteral("2-EXAMPLE"), QStringLiteral("young"), 10);
        ApiKey oldDisabled = makeKey(QStringLiteral("3-EXAMPLE"), QStringLiteral("off"), 200);
        oldDisabled.status = KeyStatus::Disabled;
        ApiKey suspended = makeKey(QStringLiteral("4-EXAMPLE"), QStringLiteral("held"), 5);
        suspended.status = KeyStatus::Suspended;
        ApiKey expired = makeKey(QStringLiteral("5-EXAMPLE"), QStringLiteral("gone"), 5);
        expired.expires = Now.addDays(-1);
        ApiKey managed = makeKey(QStringLiteral("6-EXAMPLE"), QStringLiteral("managed"), 5);
        managed.status = KeyStatus::ReadOnly;
        model.setKeys({old, young, oldDisabled, suspended, expired, managed});
        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        auto names = [&proxy] {
            QStringList shown;
            for (int row = 0; row < proxy.rowCount(); ++row)
                shown << proxy.index(row, KeyTableModel::NameColumn).data().toString();
            shown.sort();
            return shown;
        };
        QCOMPARE(proxy.rowCount(), 6);

        proxy.setRotationDueOnly(true);
        QCOMPARE(names(), (QStringList{QStringLiteral("off"), QStringLiteral("old")}));
        // The policy decides what is due.
        model.setRotationDueDays(150);
        QCOMPARE(names(), QStringList{QStringLiteral("off")});
        model.setRotationDueDays(90);
        proxy.setRotationDueOnly(false);

        const QList<std::pair<KeyStatus, QString>> byStatus{
            {KeyStatus::Active, QStringLiteral("old")},
            {KeyStatus::Disabled, QStringLiteral("off")},
            {KeyStatus::Suspended, QStringLiteral("held")},
            {KeyStatus::Expired, QStringLiteral("gone")},
            {KeyStatus::ReadOnly, QStringLiteral("managed")},
        };
        for (const auto& [status, name] : byStatus) {
            proxy.setStatusFilter(status);
            QVERIFY2(names().contains(name), qPrintable(keyStatusText(status)));
        }
        proxy.setStatusFilter(KeyStatus::Active);
        QCOMPARE(names(), (QStringList{QStringLiteral("old"), QStringLiteral("young")}));
        proxy.setRotationDueOnly(true);
        QCOMPARE(names(), QStringList{QStringLiteral("old")});
        proxy.setStatusFilter(std::nullopt);
        proxy.setRotationDueOnly(false);
        QCOMPARE(proxy.rowCount(), 6);
    }

    // Keys that cannot be rotated have their own filters, not "Rotation due".
    void expiredAndReadOnlyKeysAreNotDue()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey old = makeKey(QStringLiteral("1-EXAMPLE"), QStringLiteral("old"), 120);
        ApiKey expired = makeKey(QStringLiteral("2-EXAMPLE"), QStringLiteral("gone"), 120);
        expired.expires = Now.addDays(-1);
        ApiKey managed = makeKey(QStringLiteral("3-EXAMPLE"), QStringLiteral("managed"), 120);
        managed.editable = false;
        managed.deletable = false;
        ApiKey locked = makeKey(QStringLiteral("4-EXAMPLE"), QStringLiteral("locked"), 120);
        locked.status = KeyStatus::ReadOnly;
        model.setKeys({old, expired, managed, locked});
        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setRotationDueOnly(true);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, KeyTableModel::NameColumn).data().toString(),
                 QStringLiteral("old"));
        for (int row = 1; row < 4; ++row) {
            QVERIFY(!cell(model, row, KeyTableModel::AgeColumn, Qt::FontRole).isValid());
            QVERIFY(!cell(model, row, KeyTableModel::AgeColumn, KeyTableModel::RotationDueRole)
                         .toBool());
        }
    }

    // An open rotation's planned revocation: in the status, in its own colour, and not due.
    void aScheduledRevocationReadsInTheStatus()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey old = makeKey(QStringLiteral("1-EXAMPLE"), QStringLiteral("old"), 120);
        ApiKey other = makeKey(QStringLiteral("2-EXAMPLE"), QStringLiteral("other"), 120);
        model.setKeys({old, other});
        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setRotationDueOnly(true);
        QCOMPARE(proxy.rowCount(), 2);

        RotationRecord record;
        record.accountId = QStringLiteral("acc");
        record.oldKeyId = old.id;
        record.state = RotationRecord::State::GracePeriod;
        record.revokeAfter = QDateTime(QDate(2026, 5, 27), QTime(12, 0), Qt::UTC);
        RotationRecord elsewhere = record;
        elsewhere.accountId = QStringLiteral("another account");
        elsewhere.oldKeyId = other.id;
        RotationRecord handingOver = record;
        handingOver.oldKeyId = other.id;
        handingOver.state = RotationRecord::State::NewKeyCreated;
        handingOver.revokeAfter = QDateTime();
        model.setScheduledRevocations(KeyTableModel::scheduledRevocations(
            {record, elsewhere, handingOver}, QStringLiteral("acc")));

        const QString date =
            QLocale().toString(record.revokeAfter.toLocalTime().date(), QStringLiteral("d MMM"));
        QCOMPARE(cell(model, 0, KeyTableModel::StatusColumn).toString(),
                 QStringLiteral("Active — revoked on ") + date);
        QCOMPARE(cell(model, 1, KeyTableModel::StatusColumn).toString(), QStringLiteral("Active"));
        const QVariant colour = cell(model, 0, KeyTableModel::StatusColumn, Qt::ForegroundRole);
        QVERIFY(colour.isValid());
        QVERIFY(!cell(model, 1, KeyTableModel::StatusColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(model, 0, KeyTableModel::NameColumn, KeyTableModel::ScheduledRevocationRole)
                     .toDateTime(),
                 record.revokeAfter);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, KeyTableModel::NameColumn).data().toString(),
                 QStringLiteral("other"));
        model.setScheduledRevocations({});
        QCOMPARE(proxy.rowCount(), 2);
    }

    // An unnamed key whose prefix is its id (a Wasabi IAM access key) shows the id once.
    void anUnnamedKeyShowsItsIdOnce()
    {
        KeyTableModel model;
        const ScopedClock clock([] { return Now; });
        ApiKey key = makeKey(QStringLiteral("AKIAEXAMPLE0000001"), QString(), 3);
        key.prefix = key.id;
        ApiKey named = makeKey(QStringLiteral("AKIAEXAMPLE0000002"), QStringLiteral("ci"), 3);
        named.prefix = named.id;
        model.setKeys({key, named});
        QCOMPARE(cell(model, 0, KeyTableModel::NameColumn).toString(), key.id);
        QVERIFY(cell(model, 0, KeyTableModel::PrefixColumn).toString().isEmpty());
        QCOMPARE(cell(model, 1, KeyTableModel::PrefixColumn).toString(), named.id);
        QVERIFY(cell(model, 0, KeyTableModel::NameColumn, KeyTableModel::SearchTextRole)
                    .toString()
                    .contains(key.id.toLower()));
    }

    void rowOfKeyAndKeyAt()
    {
        KeyTableModel model;
        model.setKeys({makeKey(QStringLiteral("1-EXAMPLE"), QStringLiteral("a"), 1),
                       makeKey(QStringLiteral("2-EXAMPLE"), QStringLiteral("b"), 1)});
        QCOMPARE(model.rowOfKey(QStringLiteral("2-EXAMPLE")), 1);
        QCOMPARE(model.rowOfKey(QStringLiteral("nope")), -1);
        QVERIFY(model.keyAt(1));
        QCOMPARE(model.keyAt(1)->name, QStringLiteral("b"));
        QVERIFY(!model.keyAt(2));
    }

    // The fleet view: one account's rows are replaced without touching the others', and a
    // row that stays keeps its place, so the view's selection stays on it.
    void changedNeighboursAreToldOnceARunAndGoneNeighboursTogether()
    {
        // A list arriving again with a few keys changed: one dataChanged for each run of
        // neighbouring rows rather than one for each row, and rows gone together removed at once.
        const ScopedClock clock([] { return Now; });
        KeyTableModel model;
        QList<ApiKey> keys;
        for (int i = 0; i < 10; ++i)
            keys.append(makeKey(u"k%1"_s.arg(i), u"key %1"_s.arg(i), i));
        model.setAccountKeys(u"acct"_s, keys);
        for (const int i : {2, 3, 4, 7})
            keys[i].name += u" renamed"_s;
        keys.remove(8, 2); // the last two go
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setAccountKeys(u"acct"_s, keys);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 4);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 7);
        QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 7);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 8);
        QCOMPARE(removed.at(0).at(2).toInt(), 9);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(3, KeyTableModel::NameColumn).data().toString(), u"key 3 renamed"_s);
        QCOMPARE(model.sortRanks(KeyTableModel::NameColumn),
                 model.buildSortRanks(KeyTableModel::NameColumn));
    }

    void setAccountKeysReplacesOneAccountOnly()
    {
        const ScopedClock clock([] { return Now; });
        KeyTableModel model;
        const ApiKey a1 = makeKey(u"A1-EXAMPLE"_s, u"a one"_s, 1);
        const ApiKey a2 = makeKey(u"A2-EXAMPLE"_s, u"a two"_s, 1);
        const ApiKey b1 = makeKey(u"B1-EXAMPLE"_s, u"b one"_s, 1);
        model.setAccountKeys(u"acct-a"_s, {a1, a2});
        model.setAccountKeys(u"acct-b"_s, {b1});
        QCOMPARE(model.rowCount(), 3);
        QPersistentModelIndex selectedB(model.index(model.rowOfKey(u"acct-b"_s, b1.id), 0));
        QPersistentModelIndex keptA(model.index(model.rowOfKey(u"acct-a"_s, a2.id), 0));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        ApiKey renamed = a2;
        renamed.name = u"a two renamed"_s;
        const ApiKey a3 = makeKey(u"A3-EXAMPLE"_s, u"a three"_s, 1);
        model.setAccountKeys(u"acct-a"_s, {renamed, a3});

        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfKey(u"acct-a"_s, a1.id), -1);
        QVERIFY(selectedB.isValid());
        QCOMPARE(selectedB.data(KeyTableModel::KeyIdRole).toString(), b1.id);
        QCOMPARE(selectedB.data(KeyTableModel::AccountIdRole).toString(), u"acct-b"_s);
        QVERIFY(keptA.isValid());
        QCOMPARE(keptA.data().toString(), u"a two renamed"_s);
        QCOMPARE(cell(model, model.rowOfKey(u"acct-a"_s, a3.id), 0, KeyTableModel::AccountIdRole)
                     .toString(),
                 u"acct-a"_s);
        // The same key id in two accounts is two rows.
        model.setAccountKeys(u"acct-b"_s, {b1, a3});
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.rowOfKey(u"acct-b"_s, a3.id) != model.rowOfKey(u"acct-a"_s, a3.id));
        model.setAccountKeys(u"acct-b"_s, {});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!selectedB.isValid());
    }

    // setAccountKeys with a limit (the fleet view's slices, ui/FleetArrivals): the changed and
    // gone rows as without it, at most that many new rows, and the rest handed back in order
    // for appendAccountKeys, after which the account holds the whole list.
    void setAccountKeysAddsAtMostTheLimitAndHandsBackTheRest()
    {
        const ScopedClock clock([] { return Now; });
        KeyTableModel model;
        const ApiKey a1 = makeKey(u"A1-EXAMPLE"_s, u"a one"_s, 1);
        const ApiKey gone = makeKey(u"A0-EXAMPLE"_s, u"a gone"_s, 1);
        model.setAccountKeys(u"acct-a"_s, {gone, a1});
        model.setAccountKeys(u"acct-b"_s, {makeKey(u"B1-EXAMPLE"_s, u"b one"_s, 1)});
        QList<ApiKey> keys;
        for (int i = 2; i < 7; ++i)
            keys.append(makeKey(u"A%1-EXAMPLE"_s.arg(i), u"a %1"_s.arg(i), i));
        ApiKey renamed = a1;
        renamed.name = u"a one renamed"_s;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QList<ApiKey> rest = model.setAccountKeys(u"acct-a"_s, QList{renamed} + keys, 2);
        QCOMPARE(rest, keys.mid(2));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2 + 2); // a1 and b1, and two new ones
        QCOMPARE(model.rowOfKey(u"acct-a"_s, gone.id), -1);
        QCOMPARE(
            cell(model, model.rowOfKey(u"acct-a"_s, a1.id), KeyTableModel::NameColumn).toString(),
            u"a one renamed"_s);
        QVERIFY(!model.sortRanks(KeyTableModel::NameColumn).empty()); // built: rows now merge in
        model.appendAccountKeys(u"acct-a"_s, rest);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2 + 5);
        for (const ApiKey& key : std::as_const(keys))
            QCOMPARE(model.accountIdAt(model.rowOfKey(u"acct-a"_s, key.id)), u"acct-a"_s);
        // What the sort reads was merged, not lost: as if built from every row.
        QCOMPARE(model.sortRanks(KeyTableModel::NameColumn),
                 model.buildSortRanks(KeyTableModel::NameColumn));
        // Without a limit, nothing is handed back.
        QVERIFY(model.setAccountKeys(u"acct-a"_s, QList{renamed} + keys).isEmpty());
        QCOMPARE(model.rowCount(), 7);
    }

    // Each account's rows read with that account's label, service labels, rotation policy and
    // scheduled revocations; the Account column sorts by label.
    void rowsReadWithTheirAccountsData()
    {
        const ScopedClock clock([] { return Now; });
        KeyTableModel model;
        ApiKey a = makeKey(u"A-EXAMPLE"_s, u"alpha"_s, 40);
        a.services = {u"s3"_s};
        ApiKey b = makeKey(u"B-EXAMPLE"_s, u"beta"_s, 40);
        b.services = {u"s3"_s};
        KeyTableModel::AccountData strict;
        strict.label = u"Zeta prod"_s;
        strict.serviceLabels = {{u"s3"_s, u"Object storage"_s}};
        strict.rotationDueDays = 30;
        KeyTableModel::AccountData lax;
        lax.label = u"Alpha dev"_s;
        lax.rotationDueDays = 90;
        lax.revokeOn = {{b.id, Now.addDays(3)}};
        model.setAccountData(u"strict"_s, strict);
        model.setAccountData(u"lax"_s, lax);
        model.setAccountKeys(u"strict"_s, {a});
        model.setAccountKeys(u"lax"_s, {b});
        const int rowA = model.rowOfKey(u"strict"_s, a.id);
        const int rowB = model.rowOfKey(u"lax"_s, b.id);
        QCOMPARE(cell(model, rowA, KeyTableModel::AccountColumn).toString(), u"Zeta prod"_s);
        QCOMPARE(cell(model, rowB, KeyTableModel::AccountColumn).toString(), u"Alpha dev"_s);
        QVERIFY(cell(model, rowA, KeyTableModel::AccountColumn, KeyTableModel::SortRole) !=
                cell(model, rowB, KeyTableModel::AccountColumn, KeyTableModel::SortRole));
        QCOMPARE(cell(model, rowA, KeyTableModel::ServicesColumn).toString(), u"Object storage"_s);
        QCOMPARE(cell(model, rowB, KeyTableModel::ServicesColumn).toString(), u"s3"_s);
        QVERIFY(cell(model, rowA, 0, KeyTableModel::RotationDueRole).toBool());
        QVERIFY(!cell(model, rowB, 0, KeyTableModel::RotationDueRole).toBool());
        QVERIFY(
            cell(model, rowB, 0, KeyTableModel::ScheduledRevocationRole).toDateTime().isValid());
        QVERIFY(
            !cell(model, rowA, 0, KeyTableModel::ScheduledRevocationRole).toDateTime().isValid());
        QCOMPARE(model.rotationDueDaysOf(u"strict"_s), 30);
        QVERIFY(cell(model, rowA, 0, KeyTableModel::SearchTextRole)
                    .toString()
                    .contains(u"zeta prod"_s));

        // The single-account view knows no account data: no label to match or show.
        model.setKeys({a}, u"strict"_s);
        QVERIFY(!model.hasAccountData());
        QCOMPARE(cell(model, 0, 0, KeyTableModel::AccountIdRole).toString(), u"strict"_s);
        QVERIFY(cell(model, 0, KeyTableModel::AccountColumn).toString().isEmpty());
        QVERIFY(!cell(model, 0, KeyTableModel::SearchTextRole).toString().contains(u"zeta"_s));
        QVERIFY(!cell(model, 0, 0, KeyTableModel::RotationDueRole).toBool()); // default 90 days
    }
};

QTEST_MAIN(TestKeyTableModel)
#include "test_keytablemodel.moc"
