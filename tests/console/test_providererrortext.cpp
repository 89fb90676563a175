// ProviderErrorText: the words for a failed provider call. The transport reports facts
// (ProviderError::transport); these are the sentences a person reads in the window and the CLI.
#include "console/ProviderErrorText.h"
#include "console/VerificationText.h"

#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using Kind = ProviderError::Kind;
using Reason = TransportFacts::Reason;

Q_DECLARE_METATYPE(kw::ProviderError)

namespace {

ProviderError transportError(Kind kind, Reason reason, const QString& host = u"127.0.0.1:8443"_s)
{
    ProviderError error;
    error.kind = kind;
    error.transport.reason = reason;
    error.transport.host = host;
    error.transport.attempts = 1;
    return error;
}

} // namespace

class TestProviderErrorText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void transportSentences_data()
    {
        QTest::addColumn<ProviderError>("error");
        QTest::addColumn<QString>("sentence");

        ProviderError e = transportError(Kind::Other, Reason::BadAddress, u"htp//x"_s);
        QTest::newRow("bad address") << e << u"The address “htp//x” is not valid."_s;
        e = transportError(Kind::Insecure, Reason::Insecure, u"example.com"_s);
        e.transport.scheme = u"http"_s;
        QTest::newRow("insecure") << e
                                  << u"Refusing to connect to example.com over http://: "
                                     "credentials are only sent over https:// (plain http:// is "
                                     "allowed to this computer only)."_s;
        e.transport.scheme.clear();
        QTest::newRow("no scheme") << e
                                   << u"Refusing to connect to example.com over ?: credentials "
                                      "are only sent over https:// (plain http:// is allowed to "
                                      "this computer only)."_s;
        QTest::newRow("refused")
            << transportError(Kind::Network, Reason::Refused)
            << u"127.0.0.1:8443 refused the connection. Check the address and that the service "
               "is running."_s;
        QTest::newRow("closed") << transportError(Kind::Network, Reason::Closed)
                                << u"127.0.0.1:8443 closed the connection before answering."_s;
        QTest::newRow("host not found")
            << transportError(Kind::Network, Reason::HostNotFound, u"nowhere.example"_s)
            << u"Cannot find the host nowhere.example. Check the address."_s;
        e = transportError(Kind::Network, Reason::Unreachable);
        e.transport.systemText = u"Network unreachable"_s;
        QTest::newRow("unreachable") << e << u"Cannot reach 127.0.0.1:8443: Network unreachable"_s;
        e = transportError(Kind::BadResponse, Reason::CutOff);
        e.transport.receivedBytes = 12;
        e.transport.expectedBytes = 500;
        QTest::newRow("cut off, announced")
            << e
            << u"The answer from 127.0.0.1:8443 was cut off: the connection closed after 12 of "
               "500 bytes."_s;
        e.transport.expectedBytes = -1;
        QTest::newRow("cut off") << e
                                 << u"The answer from 127.0.0.1:8443 was cut off: the connection "
                                    "closed after 12 bytes."_s;
        e = transportError(Kind::BadResponse, Reason::NotHttp);
        e.transport.systemText = u"garbage"_s;
        QTest::newRow("not http") << e
                                  << u"127.0.0.1:8443 sent an answer that is not HTTP: garbage"_s;
        e = transportError(Kind::BadResponse, Reason::TooLarge);
        e.transport.limitBytes = 16 * 1024 * 1024;
        QTest::newRow("too large")
            << e << u"The answer from 127.0.0.1:8443 is larger than 16 MiB; it was not read."_s;
        e = transportError(Kind::Tls, Reason::Tls);
        e.transport.systemText = u"The certificate is self-signed, and untrusted"_s;
        QTest::newRow("tls") << e
                             << u"The secure connection to 127.0.0.1:8443 failed: The "
                                "certificate is self-signed, and untrusted"_s;
        QTest::newRow("not resent")
            << transportError(Kind::Network, Reason::NotResent)
            << u"127.0.0.1:8443 closed the connection without answering. The request was not "
               "sent again because repeating it is not safe."_s;
        QTest::newRow("cancelled")
            << transportError(Kind::Cancelled, Reason::Cancelled) << u"Cancelled."_s;
        e = transportError(Kind::Server, Reason::HttpStatus);
        e.httpStatus = 503;
        e.transport.statusText = u"Service Unavailable"_s;
        QTest::newRow("status line") << e << u"HTTP 503 Service Unavailable"_s;
        e = transportError(Kind::Tls, Reason::CaEmpty, QString());
        e.transport.file = u"/etc/keywarden/ca.pem"_s;
        QTest::newRow("ca file")
            << e << u"The CA file /etc/keywarden/ca.pem holds no PEM certificate."_s;
    }

    void transportSentences()
    {
        QFETCH(ProviderError, error);
        QFETCH(QString, sentence);
        QVERIFY(error.message.isEmpty());
        QCOMPARE(ProviderErrorText::message(error), sentence);
        QVERIFY2(ProviderErrorText::what(error).contains(sentence),
                 qPrintable(ProviderErrorText::what(error)));
    }

    // After several attempts "within 30 s" would understate the wait: how many, how long.
    void timeoutSaysHowLongAndHowOften_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("one attempt")
            << 1 << qint64(30000) << u"No answer from api.example.com within 30 s."_s;
        QTest::newRow("seconds") << 3 << qint64(45000)
                                 << u"No answer from api.example.com after 3 attempts over 45 s."_s;
        QTest::newRow("minutes")
            << 4 << qint64(121000)
            << u"No answer from api.example.com after 4 attempts over 2 min."_s;
    }

    void timeoutSaysHowLongAndHowOften()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, elapsedMs);
        QFETCH(QString, sentence);
        ProviderError error = transportError(Kind::Timeout, Reason::Timeout, u"api.example.com"_s);
        error.transport.timeoutMs = 30000;
        error.transport.attempts = attempts;
        error.transport.elapsedMs = elapsedMs;
        QCOMPARE(ProviderErrorText::message(error), sentence);
        QCOMPARE(ProviderErrorText::what(error), sentence);
    }

    void shortTimeoutShowsTenths()
    {
        ProviderError error = transportError(Kind::Timeout, Reason::Timeout);
        error.transport.timeoutMs = 500;
        QCOMPARE(ProviderErrorText::message(error),
                 u"No answer from 127.0.0.1:8443 within 0.5 s."_s);
    }

    // The advice that belongs to a transport failure comes first, then the detail the layers
    // above added, then when to try again.
    void detailJoinsAdviceDetailAndRetryHint()
    {
        ProviderError tls = transportError(Kind::Tls, Reason::Tls);
        QCOMPARE(ProviderErrorText::detail(tls),
                 u"If the server uses a private certificate authority, configure its CA file for "
                 "this account."_s);
        ProviderError resend = transportError(Kind::Network, Reason::NotResent);
        resend.detail = u"The key may have been created anyway."_s;
        QCOMPARE(ProviderErrorText::detail(resend),
                 u"It may or may not have taken effect: refresh before trying again. The key may "
                 "have been created anyway."_s);

        ProviderError limited = transportError(Kind::RateLimited, Reason::HttpStatus);
        limited.httpStatus = 429;
        limited.message = u"slow down"_s;
        limited.detail = u"quota: 10/min"_s;
        limited.transport.retryAfterMs = 120000;
        limited.transport.retryAt = QDateTime(QDate(2030, 1, 1), QTime(12, 2, 0), Qt::UTC);
        const QString detail = ProviderErrorText::detail(limited);
        QVERIFY2(detail.startsWith(u"quota: 10/min Try again after "), qPrintable(detail));
        QVERIFY2(detail.endsWith(u" (in 120 s)."), qPrintable(detail));
        const QString when =
            QLocale().toString(limited.transport.retryAt.toLocalTime().time(), QLocale::LongFormat);
        QVERIFY2(detail.contains(when), qPrintable(detail));
        QCOMPARE(ProviderErrorText::what(limited), u"HTTP 429: slow down — "_s + detail);
    }

    // The provider's own message is kept as it is; the facts only fill in where it is silent.
    void providersOwnMessageWins()
    {
        ProviderError error = transportError(Kind::Conflict, Reason::None);
        error.httpStatus = 409;
        error.message = u"Limit reached"_s;
        error.detail = u"field x"_s;
        QCOMPARE(ProviderErrorText::message(error), u"Limit reached"_s);
        QCOMPARE(ProviderErrorText::what(error), u"HTTP 409: Limit reached — field x"_s);

        ProviderError status = transportError(Kind::Server, Reason::HttpStatus);
        status.httpStatus = 503;
        status.transport.statusText = u"Service Unavailable"_s;
        QCOMPARE(ProviderErrorText::what(status), u"HTTP 503: HTTP 503 Service Unavailable"_s);
    }

    void whatIsNeverEmptyAndRedacted()
    {
        for (int kind = int(Kind::Network); kind <= int(Kind::Other); ++kind) {
            for (int reason = int(Reason::None); reason <= int(Reason::CaEmpty); ++reason) {
                ProviderError error = transportError(Kind(kind), Reason(reason));
                const QString what = ProviderErrorText::what(error);
                QVERIFY2(!what.trimmed().isEmpty(),
                         qPrintable(u"kind %1 reason %2"_s.arg(kind).arg(reason)));
                QVERIFY(!ProviderErrorText::full(error).isEmpty());
            }
        }
        ProviderError echoed = transportError(Kind::Network, Reason::Unreachable);
        echoed.transport.systemText = u"proxy said wayscloud_pat_EXAMPLE123_EXAMPLEsecret9"_s;
        QVERIFY2(!ProviderErrorText::what(echoed).contains(u"EXAMPLEsecret9"),
                 qPrintable(ProviderErrorText::what(echoed)));
    }

    // A key test that never reached the provider says why in the same words (VerificationText
    // words the facts the verdict carries; a reason of the provider's own is kept).
    void verdictWordsTheTransportFacts()
    {
        Verification verdict;
        verdict.outcome = Verification::Outcome::Unreachable;
        verdict.error = transportError(Kind::Timeout, Reason::Timeout, u"api.example.com"_s);
        verdict.error.transport.timeoutMs = 30000;
        verdict.reason = verdict.error.plainMessage();
        QCOMPARE(VerificationText::text(verdict, u"Scaleway"_s),
                 u"Scaleway could not be reached; the key was not tested. Scaleway says: No "
                 "answer from api.example.com within 30 s."_s);
        Verification refused;
        refused.outcome = Verification::Outcome::Unauthorized;
        refused.reason = u"token expired"_s;
        refused.error.kind = Kind::Auth;
        refused.error.message = refused.reason;
        QVERIFY(VerificationText::text(refused, u"Scaleway"_s)
                    .endsWith(u"Scaleway says: token expired"));
    }

    void fullAddsTheAdviceForTheKind()
    {
        const ProviderError error = transportError(Kind::Timeout, Reason::Timeout);
        QCOMPARE(ProviderErrorText::full(error),
                 ProviderErrorText::what(error) + u'\n' + ProviderErrorText::advice(error));
        QVERIFY(ProviderErrorText::advice(error).contains(u"did not answer in time"));
    }
};

QTEST_GUILESS_MAIN(TestProviderErrorText)
#include "test_providererrortext.moc"
