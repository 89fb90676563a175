#include "core/Secret.h"

#include <QDebug>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Generated at run time so that nothing key-shaped sits in the source.
QByteArray sampleSecret()
{
    return "EXAMPLE-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class TestSecret : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsEmpty()
    {
        const kw::Secret secret;
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.size(), std::size_t(0));
        QVERIFY(secret.view().isEmpty());
        QCOMPARE(secret.exposeString(), QString());
    }

    void fromUtf8KeepsBytes()
    {
        const QByteArray bytes = sampleSecret();
        const kw::Secret secret = kw::Secret::fromUtf8(bytes);
        QCOMPARE(secret.size(), std::size_t(bytes.size()));
        QCOMPARE(secret.view(), QByteArrayView(bytes));
        QCOMPARE(secret.exposeBytes(), bytes);
        QVERIFY(secret.startsWith("EXAMPLE-"));
        QVERIFY(!secret.startsWith("secret"));
    }

    void fromStringIsUtf8()
    {
        const QString text = u"EXAMPLE-nøkkel-✓"_s;
        const kw::Secret secret = kw::Secret::fromString(text);
        QCOMPARE(secret.exposeString(), text);
        QCOMPARE(secret.size(), std::size_t(text.toUtf8().size()));
    }

    void moveConstructionEmptiesTheSource()
    {
        const QByteArray bytes = sampleSecret();
        kw::Secret source = kw::Secret::fromUtf8(bytes);
        kw::Secret target(std::move(source));
        QCOMPARE(target.exposeBytes(), bytes);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is API
        QCOMPARE(source.size(), std::size_t(0));
    }

    void moveAssignmentReplacesAndEmpties()
    {
        kw::Secret target = kw::Secret::fromUtf8("EXAMPLE-old");
        kw::Secret source = kw::Secret::fromUtf8("EXAMPLE-new");
        target = std::move(source);
        QCOMPARE(target.exposeBytes(), "EXAMPLE-new"_ba);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    }

    void selfMoveAssignmentKeepsValue()
    {
        kw::Secret secret = kw::Secret::fromUtf8("EXAMPLE-self");
        kw::Secret& alias = secret;
        secret = std::move(alias);
        QCOMPARE(secret.exposeBytes(), "EXAMPLE-self"_ba);
    }

    void cloneIsIndependent()
    {
        kw::Secret original = kw::Secret::fromUtf8("EXAMPLE-clone");
        kw::Secret copy = original.clone();
        QVERIFY(copy.equals(original));
        QVERIFY(copy.view().data() != original.view().data());
        original.clear();
        QVERIFY(original.isEmpty());
        QCOMPARE(copy.exposeBytes(), "EXAMPLE-clone"_ba);
    }

    void cloneOfEmptyIsEmpty()
    {
        const kw::Secret empty;
        QVERIFY(empty.clone().isEmpty());
    }

    void clearEmpties()
    {
        kw::Secret secret = kw::Secret::fromUtf8(sampleSecret());
        secret.clear();
        QVERIFY(secret.isEmpty());
        QVERIFY(secret.view().isEmpty());
        secret.clear(); // twice is harmless
        QVERIFY(secret.isEmpty());
    }

    void equals_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<bool>("expected");
        QTest::newRow("same") << "EXAMPLE-a"_ba
                              << "EXAMPLE-a"_ba << true;
        QTest::newRow("differs in last byte") << "EXAMPLE-a"_ba
                                              << "EXAMPLE-b"_ba << false;
        QTest::newRow("prefix") << "EXAMPLE"_ba
                                << "EXAMPLE-a"_ba << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("one empty") << QByteArray() << "x"_ba << false;
        QTest::newRow("case") << "example"_ba
                              << "EXAMPLE"_ba << false;
    }

    void equals()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(bool, expected);
        const kw::Secret a = kw::Secret::fromUtf8(left);
        const kw::Secret b = kw::Secret::fromUtf8(right);
        QCOMPARE(a.equals(b), expected);
        QCOMPARE(b.equals(a), expected);
    }

    void debugOutputHidesTheSecret()
    {
        const QByteArray bytes = sampleSecret();
        const kw::Secret secret = kw::Secret::fromUtf8(bytes);
        QString printed;
        QDebug(&printed) << secret;
        QVERIFY2(!printed.contains(QString::fromUtf8(bytes)), qPrintable(printed));
        QVERIFY(!printed.contains(u"EXAMPLE"_s));
        QVERIFY(printed.contains(u"redacted"_s));
        QVERIFY(printed.contains(QString::number(bytes.size())));
    }

    void wipeQString()
    {
        QString text = QString::fromUtf8(sampleSecret());
        text.detach();
        kw::wipe(text);
        QVERIFY(text.isEmpty());
    }

    void wipeQByteArray()
    {
        QByteArray bytes = sampleSecret();
        bytes.detach();
        kw::wipe(bytes);
        QVERIFY(bytes.isEmpty());
    }

    void wipeSharedDoesNotTouchTheOtherOwner()
    {
        const QByteArray original = sampleSecret();
        QByteArray shared = original; // implicitly shared with original
        kw::wipe(shared);
        QVERIFY(shared.isEmpty());
        QVERIFY(original.startsWith("EXAMPLE-secret-"));

        const QString originalText = QString::fromUtf8(sampleSecret());
        QString sharedText = originalText;
        kw::wipe(sharedText);
        QVERIFY(sharedText.isEmpty());
        QVERIFY(originalText.startsWith(u"EXAMPLE-secret-"_s));
    }

    void wipeEmptyIsHarmless()
    {
        QString text;
        QByteArray bytes;
        kw::wipe(text);
        kw::wipe(bytes);
        QVERIFY(text.isEmpty());
        QVERIFY(bytes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "test_secret.moc"
