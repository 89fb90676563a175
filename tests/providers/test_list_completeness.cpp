// A list that succeeds is complete: every provider's paging, against scripted answers of each
// provider's shape, ends in an error when it could be partial (a total never reached, a marker
// that does not move, pages that shift), when it would never end, or when it takes too long.
#include "FakeHttpServer.h"
#include "providers/CoreWeaveProvider.h"
#include "providers/ScalewayProvider.h"
#include "providers/WasabiIamProvider.h"
#include "support/ProviderTestSupport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::test::FakeHttpServer;
using Answer = FakeHttpServer::Answer;
using Kind = ProviderError::Kind;

namespace {

std::unique_ptr<ProviderReply> wait(ProviderReply* raw)
{
    return testsupport::waitForReply(raw, 30000);
}

QString errorText(const ProviderReply& reply)
{
    return reply.error().message + u' ' + reply.error().detail;
}

// {"api_keys": [count keys from `first`], "total_count": total}
Answer scalewayPage(int first, int count, const QByteArray& total)
{
    QByteArray items;
    for (int i = first; i < first + count; ++i) {
        if (!items.isEmpty())
            items += ',';
        items += "{\"access_key\":\"SCWEXAMPLE" + QByteArray::number(i).rightJustified(10, '0') +
                 "\",\"description\":\"key " + QByteArray::number(i) + "\"}";
    }
    return Answer::json(200, "OK", "{\"api_keys\":[" + items + "],\"total_count\":" + total + "}");
}

// {"info": [the keys first … first+count-1]}
Answer coreWeavePage(int first, int count)
{
    QByteArray items;
    for (int i = first; i < first + count; ++i) {
        if (!items.isEmpty())
            items += ',';
        items += "{\"accessKeyId\":\"CWEXAMPLE" + QByteArray::number(i).rightJustified(7, '0') +
                 "\",\"status\":\"ACCESS_KEY_STATUS_ACTIVE\"}";
    }
    return Answer::json(200, "OK", "{\"info\":[" + items + "]}");
}

// A ListUsers page of one user, truncated with marker when marker is not empty.
Answer iamUsersPage(const QByteArray& user, const QByteArray& marker)
{
    Answer answer;
    answer.header("Content-Type", "text/xml");
    const QByteArray more = marker.isEmpty()
                                ? QByteArray("<IsTruncated>false</IsTruncated>")
                                : "<IsTruncated>true</IsTruncated><Marker>" + marker + "</Marker>";
    answer.body = "<ListUsersResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                  "<ListUsersResult><Users><member><UserName>" +
                  user + "</UserName></member></Users>" + more +
                  "</ListUsersResult><ResponseMetadata><RequestId>r</RequestId>"
                  "</ResponseMetadata></ListUsersResponse>";
    return answer;
}

// GetUser for a root token (no UserName): the owner picker's first question, who the caller is.
Answer iamRootCaller()
{
    Answer answer;
    answer.header("Content-Type", "text/xml");
    answer.body = "<GetUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                  "<GetUserResult><User><UserId>100000000001</UserId>"
                  "<Arn>arn:aws:iam::100000000001:root</Arn></User></GetUserResult>"
                  "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetUserResponse>";
    return answer;
}

Account accountAt(const QString& provider, const QUrl& endpoint)
{
    Account account;
    account.id = u"acc-"_s + provider;
    account.provider = provider;
    account.label = provider;
    account.endpoint = endpoint;
    account.organizationId = u"11111111-2222-3333-4444-555555555555"_s;
    return account;
}

} // namespace

class TestListCompleteness : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScalewayProvider> scaleway()
    {
        auto made = std::make_unique<ScalewayProvider>(
            accountAt(u"scaleway"_s, m_server->url()),
            Secret::fromString(u"11111111-aaaa-bbbb-cccc-222222222222"_s), &m_network);
        made->http().setBackoffBaseMs(10);
        return made;
    }

    std::unique_ptr<CoreWeaveProvider> coreWeave()
    {
        auto made = std::make_unique<CoreWeaveProvider>(accountAt(u"coreweave"_s, m_server->url()),
                                                        Secret::fromString(u"CW-TOKEN-EXAMPLE"_s),
                                                        &m_network);
        made->http().setBackoffBaseMs(10);
        return made;
    }

    std::unique_ptr<WasabiIamProvider> wasabiIam()
    {
        auto made = std::make_unique<WasabiIamProvider>(
            accountAt(u"wasabi-iam"_s, m_server->url()),
            Secret::fromString(u"AKIAEXAMPLEADMIN0001:EXAMPLESECRET"_s), &m_network);
        made->http().setBackoffBaseMs(10);
        made->setPageSize(1);
        return made;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    // A total_count that lies (far more than there are) would have the pager ask for pages
    // forever: the page cap ends it at once with a clear error.
    void scalewayLyingTotalHitsThePageCap()
    {
        m_server->script({scalewayPage(0, 100, "1000000000")});
        auto provider = scaleway();
        provider->http().setMaxListPages(50);
        auto reply = wait(provider->listKeys());
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"paging of the API keys did not end within 50 pages"),
                 qPrintable(errorText(*reply)));
        QVERIFY(reply->keys().isEmpty());
        QCOMPARE(m_server->requests().size(), 1);
    }

    // A total beyond any integer is read as "very many", not as absent (which would have made
    // the first page pass for the whole list).
    void scalewayHugeTotalIsNotIgnored()
    {
        m_server->script({scalewayPage(0, 100, "123456789012345678901234567890")});
        auto reply = wait(scaleway()->listKeys());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"did not end"), qPrintable(errorText(*reply)));
    }

    // Every page arrived, but fewer keys than total_count: the list is not complete.
    void scalewayTotalNotReachedIsAnError()
    {
        m_server->script({scalewayPage(0, 100, "150"), scalewayPage(100, 30, "150")});
        auto reply = wait(scaleway()->listKeys());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"130 arrived of the 150 announced"),
                 qPrintable(errorText(*reply)));
        QVERIFY(reply->keys().isEmpty());
    }

    // A page inside the announced range that is empty: the total does not hold.
    void scalewayEmptyPageInsideTheTotalIsAnError()
    {
        m_server->script({scalewayPage(0, 100, "350"), scalewayPage(0, 0, "350")});
        auto provider = scaleway();
        auto reply = wait(provider->listKeys());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"is empty although 350 were announced"),
                 qPrintable(errorText(*reply)));
    }

    // The whole list has one deadline, whatever the per-request timeout and retries.
    void scalewayListHasOneDeadline()
    {
        m_server->script({scalewayPage(0, 100, "250"), Answer::of(Answer::Kind::Hang)});
        auto provider = scaleway();
        provider->http().setDefaultTimeoutMs(20000);
        provider->http().setListDeadlineMs(800);
        QElapsedTimer clock;
        clock.start();
        auto reply = wait(provider->listKeys());
        QCOMPARE(reply->error().kind, Kind::Timeout);
        QVERIFY2(errorText(*reply).contains(u"did not finish within 1 s"),
                 qPrintable(errorText(*reply)));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(reply->keys().isEmpty());
    }

    // Offsets that never end (every page full of new keys) stop at the page cap.
    void coreWeaveEndlessPagesHitThePageCap()
    {
        // Each page starts with the last key of the one before (the pages overlap by one).
        m_server->script(
            {coreWeavePage(0, 1000), coreWeavePage(999, 1000), coreWeavePage(1998, 1000)});
        auto provider = coreWeave();
        provider->http().setMaxListPages(2);
        auto reply = wait(provider->listKeys());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"paging of the access keys did not end within 2"),
                 qPrintable(errorText(*reply)));
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_server->requests().at(1).target.contains("offset=999"));
    }

    // A key removed while the pages are read moves the offsets: the next page no longer starts
    // where the last one ended, and a key could have been skipped unseen.
    void coreWeaveShiftedPagesAreAnError()
    {
        m_server->script({coreWeavePage(0, 1000), coreWeavePage(1000, 10)});
        auto reply = wait(coreWeave()->listKeys());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"could have been skipped"),
                 qPrintable(errorText(*reply)));
        QVERIFY(reply->keys().isEmpty());
    }

    void coreWeaveOverlappingPagesMakeOneList()
    {
        m_server->script({coreWeavePage(0, 1000), coreWeavePage(999, 11)});
        auto reply = wait(coreWeave()->listKeys());
        QVERIFY2(reply->ok(), qPrintable(errorText(*reply)));
        QCOMPARE(reply->keys().size(), 1010);
        QCOMPARE(reply->keys().last().id, u"CWEXAMPLE0001009"_s);
    }

    // IsTruncated with the Marker already asked for: stopping there would pass a part for the
    // whole (it used to finish as a success with the users read so far).
    void wasabiMarkerThatDoesNotMoveIsAnError()
    {
        m_server->script({iamRootCaller(), iamUsersPage("alice", "m1"), iamUsersPage("bob", "m1")});
        auto reply = wait(wasabiIam()->listBearers());
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"Marker already asked for"),
                 qPrintable(errorText(*reply)));
        QVERIFY(reply->bearers().isEmpty());
    }

    void wasabiTruncatedWithoutMarkerIsAnError()
    {
        Answer truncated = iamUsersPage("alice", "m1");
        truncated.body.replace("<Marker>m1</Marker>", "");
        m_server->script({iamRootCaller(), truncated});
        auto reply = wait(wasabiIam()->listBearers());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"no Marker"), qPrintable(errorText(*reply)));
    }

    // A marker that moves on forever stops at the page cap.
    void wasabiEndlessMarkersHitThePageCap()
    {
        QList<Answer> pages{iamRootCaller()};
        for (int i = 1; i <= 10; ++i)
            pages << iamUsersPage("user" + QByteArray::number(i), "m" + QByteArray::number(i));
        m_server->script(pages);
        auto provider = wasabiIam();
        provider->http().setMaxListPages(4);
        auto reply = wait(provider->listBearers());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(errorText(*reply).contains(u"paging of the users did not end within 4 pages"),
                 qPrintable(errorText(*reply)));
        QCOMPARE(m_server->requests().size(), 5); // who the caller is, then 4 pages
    }

    void wasabiListHasOneDeadline()
    {
        m_server->script({iamUsersPage("alice", "m1"), Answer::of(Answer::Kind::Hang)});
        auto provider = wasabiIam();
        provider->http().setDefaultTimeoutMs(20000);
        provider->http().setListDeadlineMs(500);
        auto reply = wait(provider->listKeys());
        QCOMPARE(reply->error().kind, Kind::Timeout);
        QVERIFY2(errorText(*reply).contains(u"did not finish within"),
                 qPrintable(errorText(*reply)));
    }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestListCompleteness)
#include "test_list_completeness.moc"
