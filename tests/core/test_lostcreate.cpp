#include "core/LostCreate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kw {

class TestLostCreate : public QObject
{
    Q_OBJECT

    static ApiKey key(const QString& id, const QString& name, const QDateTime& created,
                      const QString& owner = {})
    {
        ApiKey k;
        k.id = id;
        k.name = name;
        k.created = created;
        k.principal = owner;
        return k;
    }

private slots:
    void onlyAnswersThatMayHaveMadeTheKeyAreLookedInto_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("mayHaveHappened");
        using K = ProviderError::Kind;
        QTest::newRow("timeout") << int(K::Timeout) << true;
        QTest::newRow("reset") << int(K::Network) << true;
        QTest::newRow("5xx") << int(K::Server) << true;
        QTest::newRow("unreadable answer") << int(K::BadResponse) << true;
        QTest::newRow("401") << int(K::Auth) << false;
        QTest::newRow("403") << int(K::Forbidden) << false;
        QTest::newRow("409 limit") << int(K::Conflict) << false;
        QTest::newRow("400") << int(K::Validation) << false;
        QTest::newRow("429") << int(K::RateLimited) << false;
        QTest::newRow("tls") << int(K::Tls) << false;
        QTest::newRow("cancelled") << int(K::Cancelled) << false;
    }
    void onlyAnswersThatMayHaveMadeTheKeyAreLookedInto()
    {
        QFETCH(int, kind);
        QFETCH(bool, mayHaveHappened);
        ProviderError error;
        error.kind = ProviderError::Kind(kind);
        QCOMPARE(createMayHaveHappened(error), mayHaveHappened);
    }

    void findsTheNewKeyThatMatchesTheRequest()
    {
        const QDateTime sent = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        KeySpec spec;
        spec.name = u"CI uploads"_s;
        spec.bearerId = u"svc"_s;
        const QList<ApiKey> listed = {
            key(u"old"_s, u"CI uploads"_s, sent.addDays(-90), u"svc"_s),  // listed before
            key(u"stale"_s, u"CI uploads"_s, sent.addDays(-2), u"svc"_s), // made long before
            key(u"other-owner"_s, u"CI uploads"_s, sent.addSecs(1), u"bob"_s),
            key(u"other-name"_s, u"Backups"_s, sent.addSecs(1), u"svc"_s),
            key(u"new"_s, u"CI uploads"_s, sent.addSecs(2), u"svc"_s),
        };
        const auto found = findCreatedKey(listed, spec, {u"old"_s}, sent);
        QVERIFY(found);
        QCOMPARE(found->id, u"new"_s);
    }

    void clockSkewAndMissingCreationTimesDoNotHideTheKey()
    {
        const QDateTime sent = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        KeySpec spec;
        spec.name = u"n"_s;
        // The provider's clock is 30 s behind ours.
        QCOMPARE(findCreatedKey({key(u"a"_s, u"n"_s, sent.addSecs(-30))}, spec, {}, sent)->id,
                 u"a"_s);
        // CoreWeave lists no creation time.
        QCOMPARE(findCreatedKey({key(u"b"_s, u"n"_s, {})}, spec, {}, sent)->id, u"b"_s);
        // Nothing new: nothing found.
        QVERIFY(!findCreatedKey({key(u"c"_s, u"n"_s, sent)}, spec, {u"c"_s}, sent));
    }

    void theNewestOfSeveralMatchesIsChosen()
    {
        const QDateTime sent = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        KeySpec spec;
        spec.description = u"d"_s;
        ApiKey first = key(u"1"_s, {}, sent.addSecs(1));
        first.description = u"d"_s;
        ApiKey second = key(u"2"_s, {}, sent.addSecs(5));
        second.description = u"d"_s;
        QCOMPARE(findCreatedKey({first, second}, spec, {}, sent)->id, u"2"_s);
        QCOMPARE(findCreatedKey({second, first}, spec, {}, sent)->id, u"2"_s);
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestLostCreate)
#include "test_lostcreate.moc"
