#include "console/StoredKeySecrets.h"
#include "vault/MemoryStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

// A keychain that is locked: every call fails, later, from the event loop.
class LockedStore : public SecretStore
{
public:
    void read(const QString&, const QObject*, Callback done) override { fail(std::move(done)); }
    void write(const QString&, const Secret&, const QObject*, Callback done) override
    {
        fail(std::move(done));
    }
    void remove(const QString&, const QObject*, Callback done) override { fail(std::move(done)); }
    bool isPersistent() const override { return true; }
    QString backendName() const override { return u"locked test keychain"_s; }

private:
    void fail(Callback done)
    {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                SecretStore::Result result;
                result.status = Status::Locked;
                result.message = u"locked"_s;
                done(std::move(result));
            },
            Qt::QueuedConnection);
    }
};

} // namespace

class TestStoredKeySecrets : public QObject
{
    Q_OBJECT

    static SecretStore::Result wait(const std::function<void(SecretStore::Callback)>& call)
    {
        std::optional<SecretStore::Result> got;
        call([&](SecretStore::Result result) { got = std::move(result); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 5000)) {
            SecretStore::Result none;
            none.status = SecretStore::Status::Timeout;
            return none;
        }
        return std::move(*got);
    }

private slots:
    void storesReadsAndForgetsWithAnIndexThatHoldsNoSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        MemoryStore vault;
        {
            QSettings settings(path, QSettings::IniFormat);
            StoredKeySecrets stored(settings, &vault);
            StoredKeySecrets::Entry entry{u"acc-1"_s, u"AKIA/EXAMPLE"_s,
                                          QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC),
                                          QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)};
            const Secret secret = Secret::fromUtf8("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
            QVERIFY(wait([&](auto done) { stored.store(entry, secret, this, done); }).ok());
            QVERIFY(stored.contains(u"acc-1"_s, u"AKIA/EXAMPLE"_s));
            QVERIFY(!stored.contains(u"acc-2"_s, u"AKIA/EXAMPLE"_s));
            const auto found = stored.entry(u"acc-1"_s, u"AKIA/EXAMPLE"_s);
            QVERIFY(found.has_value());
            QCOMPARE(found->expires, entry.expires);
            QCOMPARE(found->stored, entry.stored);
            SecretStore::Result read =
                wait([&](auto done) { stored.read(u"acc-1"_s, u"AKIA/EXAMPLE"_s, this, done); });
            QVERIFY(read.ok());
            QVERIFY(read.secret.equals(secret));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray ini = file.readAll();
            QVERIFY2(!ini.contains("EXAMPLEKEY"), ini.constData());
            QVERIFY(ini.contains("storedKeySecrets"));
        }
        QSettings settings(path, QSettings::IniFormat);
        StoredKeySecrets again(settings, &vault);
        QCOMPARE(again.all().size(), 1);
        QCOMPARE(again.all().first().keyId, u"AKIA/EXAMPLE"_s); // a "/" survives the index
        QVERIFY(
            wait([&](auto done) { again.forget(u"acc-1"_s, u"AKIA/EXAMPLE"_s, this, done); }).ok());
        QVERIFY(again.all().isEmpty());
        QCOMPARE(
            wait([&](auto done) { again.read(u"acc-1"_s, u"AKIA/EXAMPLE"_s, this, done); }).status,
            SecretStore::Status::NotFound);
    }

    void aFailedStoreLeavesNoIndexEntry()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        LockedStore vault;
        StoredKeySecrets stored(settings, &vault);
        const SecretStore::Result result = wait([&](auto done) {
            stored.store({u"a"_s, u"k"_s, QDateTime::currentDateTimeUtc(), {}},
                         Secret::fromUtf8("EXAMPLE-secret"), this, done);
        });
        QCOMPARE(result.status, SecretStore::Status::Locked);
        QVERIFY(stored.all().isEmpty());
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestStoredKeySecrets)
#include "test_storedkeysecrets.moc"
