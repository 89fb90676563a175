#include "core/AccountStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

kw::Account makeAccount(const QString& provider, const QString& label)
{
    kw::Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.provider = provider;
    account.label = label;
    account.endpoint = QUrl(u"https://api.example.test/v1"_s);
    account.caFile = u"/etc/ssl/örg-ca.pem"_s;
    account.s3Endpoint = QUrl(u"https://s3.eu-central-1.example.test"_s);
    account.region = u"eu-central-1"_s;
    account.organizationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return account;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_iniPath;

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
    }

    QByteArray fileContents() const
    {
        QFile file(m_iniPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { m_iniPath = m_dir.filePath(QUuid::createUuid().toString() + u".ini"_s); }

    void emptyLoadsNothing()
    {
        auto settings = openSettings();
        QVERIFY(kw::AccountStore(*settings).load().isEmpty());
    }

    void roundTrip()
    {
        const kw::Account ways = makeAccount(u"wayscloud"_s, u"WAYSCloud – Oslo"_s);
        kw::Account scaleway = makeAccount(u"scaleway"_s, u"Scaleway, prod; “main”"_s);
        scaleway.caFile.clear();
        scaleway.s3Endpoint = QUrl();
        {
            auto settings = openSettings();
            kw::AccountStore(*settings).save({ways, scaleway});
        }
        auto settings = openSettings();
        const QList<kw::Account> loaded = kw::AccountStore(*settings).load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), ways);
        QCOMPARE(loaded.at(1), scaleway);
    }

    void sandboxAccountsAreNeverSaved()
    {
        kw::Account sandbox = makeAccount(u"coreweave"_s, u"Sandbox CoreWeave"_s);
        sandbox.sandbox = true;
        const kw::Account real = makeAccount(u"coreweave"_s, u"CoreWeave"_s);
        {
            auto settings = openSettings();
            kw::AccountStore store(*settings);
            store.save({sandbox, real});
            store.add(sandbox);
        }
        auto settings = openSettings();
        const QList<kw::Account> loaded = kw::AccountStore(*settings).load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst(), real);
        QVERIFY(!fileContents().contains(sandbox.id.toUtf8()));
        QVERIFY(!fileContents().contains("Sandbox"));
    }

    void addReplacesByIdAndRemoveDeletes()
    {
        auto settings = openSettings();
        kw::AccountStore store(*settings);
        kw::Account first = makeAccount(u"wasabi-iam"_s, u"Wasabi"_s);
        const kw::Account second = makeAccount(u"wasabi-air"_s, u"Wasabi AiR"_s);
        const kw::Account third = makeAccount(u"scaleway"_s, u"Scaleway"_s);
        store.add(first);
        store.add(second);
        store.add(third);
        first.label = u"Wasabi (renamed)"_s;
        store.add(first);
        QCOMPARE(store.load(), (QList<kw::Account>{first, second, third}));

        store.remove(second.id);
        store.remove(u"no-such-account"_s);
        QCOMPARE(store.load(), (QList<kw::Account>{first, third}));
        // The shorter array left nothing of the removed entry behind.
        settings->sync();
        QVERIFY(!fileContents().contains(second.id.toUtf8()));

        store.remove(first.id);
        store.remove(third.id);
        QVERIFY(store.load().isEmpty());
    }

    // QSettings skips reading a file whose size and time it has seen. Linux stamps files from a
    // coarse clock, so a same-sized list written by another process a few milliseconds after this
    // one read it went unseen, and this process's next change wrote the old list back (five
    // `keywarden-cli accounts remove` at once brought an account back). Each change therefore
    // leaves the file a later time than the one it found, even when the clock has not moved.
    void eachChangeLeavesTheFileALaterTime()
    {
        auto settings = openSettings();
        kw::AccountStore store(*settings);
        store.add(makeAccount(u"wayscloud"_s, u"Concurrent 1"_s));
        // The time of the version before, as a clock that has not moved past it would see it.
        const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(60);
        {
            QFile file(m_iniPath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(ahead, QFileDevice::FileModificationTime));
        }
        const kw::Account second = makeAccount(u"wayscloud"_s, u"Concurrent 2"_s);
        store.add(second);
        QVERIFY(QFileInfo(m_iniPath).lastModified() > ahead);
        store.remove(second.id);
        QVERIFY(QFileInfo(m_iniPath).lastModified() > ahead.addMSecs(1));
        QCOMPARE(store.load().size(), 1);
    }

    void theFileHoldsNoToken()
    {
        kw::Account account = makeAccount(u"wayscloud"_s, u"Production"_s);
        // A URL with a password in it must not bring that password to disk either.
        account.endpoint = QUrl(u"https://admin:EXAMPLEpassw0rd@api.example.test"_s);
        {
            auto settings = openSettings();
            kw::AccountStore(*settings).add(account);
        }
        const QByteArray contents = fileContents();
        QVERIFY(!contents.isEmpty());
        QVERIFY2(!contents.contains("EXAMPLEpassw0rd"), contents.constData());
        const QByteArray lower = contents.toLower();
        for (const char* word : {"token", "secret", "password", "jwt", "credential"})
            QVERIFY2(!lower.contains(word), word);

        auto settings = openSettings();
        QCOMPARE(kw::AccountStore(*settings).load().constFirst().endpoint,
                 QUrl(u"https://admin@api.example.test"_s));
    }

    void entriesWithoutIdAreIgnored()
    {
        {
            QSettings raw(m_iniPath, QSettings::IniFormat);
            raw.beginWriteArray(u"accounts"_s);
            raw.setArrayIndex(0);
            raw.setValue(u"label"_s, u"half written"_s);
            raw.endArray();
        }
        auto settings = openSettings();
        QVERIFY(kw::AccountStore(*settings).load().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "test_accountstore.moc"
