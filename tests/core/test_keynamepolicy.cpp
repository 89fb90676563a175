#include "core/KeyNamePolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyNamePolicy : public QObject
{
    Q_OBJECT

private slots:
    void warns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("warns");

        // Names from the WAYSCloud guide and the usual suspects.
        for (const char* name :
             {"key",    "key1",     "KEY 2",   "test", "test2", "Test_3",       "asdf",
              "qwerty", "foo",      "bar",     "tmp",  "temp",  "new key",      "New Key",
              "my key", "api key",  "API-Key", "x",    "X",     "test api key", "my new test key 2",
              "foobar", "untitled", "key-01"})
            QTest::newRow(name) << QString::fromUtf8(name) << true;
        // Single words of three characters or fewer.
        for (const char* name : {"k", "db", "dns", "S3", "abc", "k8s"})
            QTest::newRow(name) << QString::fromUtf8(name) << true;
        // Only digits or punctuation.
        for (const char* name : {"1", "123", "2024", "---", "!!"})
            QTest::newRow(name) << QString::fromUtf8(name) << true;
        // Keyboard mashes.
        for (const char* name : {"asdfgh", "qwertyuiop", "zxcvbn", "asdfasdf", "lkjhgf", "jkjkjk",
                                 "aaaa", "sdfkjh", "qwerty123", "hjkl;", "ASDFGH"})
            QTest::newRow(name) << QString::fromUtf8(name) << true;

        // Descriptive names pass.
        for (const char* name :
             {"Production Storage API", "Development LLM Testing", "Backup Script Database Access",
              "backup", "nginx", "property-sync", "Liberty DNS updater", "ci-deploy",
              "grafana-reader", "Ola's laptop", "staging", "s3-backup", "Test runner for staging",
              "nøkkel-lager", "ключ-хранилище", "2024 backup job", "dnsupdater"})
            QTest::newRow(name) << QString::fromUtf8(name) << false;
    }

    void warns()
    {
        QFETCH(QString, name);
        QFETCH(bool, warns);
        const QString warning = kw::nonDescriptiveNameWarning(name);
        QCOMPARE(!warning.isEmpty(), warns);
    }

    void emptyIsLeftToTheRequiredCheck()
    {
        QVERIFY(kw::nonDescriptiveNameWarning(QString()).isEmpty());
        QVERIFY(kw::nonDescriptiveNameWarning(u"   "_s).isEmpty());
    }

    void warningNamesTheKeyAndSuggestsABetterName()
    {
        QCOMPARE(kw::nonDescriptiveNameWarning(u"key1"_s),
                 u"“key1” does not say what the key is for. A name like “Production Storage "
                 "API” helps you find it later."_s);
        // Surrounding and repeated white space is not echoed back.
        QVERIFY(kw::nonDescriptiveNameWarning(u"  my   key "_s).startsWith(u"“my key”"_s));
    }
};

QTEST_GUILESS_MAIN(TestKeyNamePolicy)
#include "test_keynamepolicy.moc"
