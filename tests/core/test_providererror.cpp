#include "core/ApiKey.h"
#include "core/ProviderError.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = kw::ProviderError::Kind;

class TestProviderError : public QObject
{
    Q_OBJECT

private slots:
    void toString_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no error") << int(Kind::None) << 0 << QString() << QString() << QString();
        QTest::newRow("status, message, detail")
            << int(Kind::Conflict) << 409 << u"limit reached (50 keys)"_s << u"account Oslo"_s
            << u"HTTP 409: limit reached (50 keys) — account Oslo"_s;
        QTest::newRow("status and message") << int(Kind::NotFound) << 404 << u"key not found"_s
                                            << QString() << u"HTTP 404: key not found"_s;
        QTest::newRow("no status") << int(Kind::Network) << 0 << u"Connection refused"_s
                                   << QString() << u"Connection refused"_s;
        QTest::newRow("falls back to the kind") << int(Kind::Timeout) << 0 << QString() << QString()
                                                << u"The server did not answer in time"_s;
        QTest::newRow("kind with status")
            << int(Kind::RateLimited) << 429 << QString() << u"retry after 30 s"_s
            << u"HTTP 429: Too many requests; try again later — "
               "retry after 30 s"_s;
        QTest::newRow("provider echoes a credential")
            << int(Kind::Auth) << 401 << u"invalid key wayscloud_pat_EXAMPLE123_EXAMPLEsecret9"_s
            << QString() << u"HTTP 401: invalid key wayscloud_pat_EXAMPLE123_…[redacted]"_s;
    }

    void toString()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QFETCH(QString, expected);
        kw::ProviderError error;
        error.kind = Kind(kind);
        error.httpStatus = status;
        error.message = message;
        error.detail = detail;
        QCOMPARE(error.toString(), expected);
        QCOMPARE(bool(error), Kind(kind) != Kind::None);
    }

    void everyKindHasText()
    {
        for (int kind = int(Kind::Network); kind <= int(Kind::Other); ++kind) {
            kw::ProviderError error;
            error.kind = Kind(kind);
            QVERIFY2(!error.toString().isEmpty(), qPrintable(QString::number(kind)));
        }
    }

    // The transport leaves the message empty and reports facts; without the words of
    // console/ProviderErrorText (a log, an audit line), toString() still says something plain.
    void transportFactsHaveAPlainFallback()
    {
        using Reason = kw::TransportFacts::Reason;
        for (int reason = int(Reason::BadAddress); reason <= int(Reason::CaEmpty); ++reason) {
            kw::ProviderError error;
            error.kind = Kind::Network;
            error.transport.reason = Reason(reason);
            error.transport.host = u"api.example.com:8443"_s;
            QVERIFY2(!error.plainMessage().isEmpty(), qPrintable(QString::number(reason)));
            QVERIFY2(!error.toString().isEmpty(), qPrintable(QString::number(reason)));
        }
        kw::ProviderError timeout;
        timeout.kind = Kind::Timeout;
        timeout.transport.reason = Reason::Timeout;
        timeout.transport.host = u"api.example.com"_s;
        QCOMPARE(timeout.toString(), u"The server did not answer in time (api.example.com)"_s);
        // A message of the provider's own wins over the facts.
        timeout.message = u"gateway says no"_s;
        QCOMPARE(timeout.plainMessage(), u"gateway says no"_s);
    }

    void statusLineAndCaFileFallbacks()
    {
        using Reason = kw::TransportFacts::Reason;
        kw::ProviderError status;
        status.kind = Kind::Server;
        status.httpStatus = 503;
        status.transport.reason = Reason::HttpStatus;
        status.transport.statusText = u"Service Unavailable"_s;
        QCOMPARE(status.plainMessage(), u"HTTP 503 Service Unavailable"_s);
        QCOMPARE(status.toString(), u"HTTP 503: HTTP 503 Service Unavailable"_s);

        kw::ProviderError ca;
        ca.kind = Kind::Tls;
        ca.transport.reason = Reason::CaUnreadable;
        ca.transport.file = u"/etc/ca.pem"_s;
        ca.transport.systemText = u"No such file or directory"_s;
        QCOMPARE(ca.plainMessage(),
                 u"Cannot read the CA file /etc/ca.pem: No such file or directory"_s);
        ca.transport.reason = Reason::CaEmpty;
        QCOMPARE(ca.plainMessage(), u"The CA file /etc/ca.pem holds no PEM certificate."_s);
    }

    void keyStatusText_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("active") << int(kw::KeyStatus::Active) << u"Active"_s;
        QTest::newRow("disabled") << int(kw::KeyStatus::Disabled) << u"Disabled"_s;
        QTest::newRow("suspended") << int(kw::KeyStatus::Suspended) << u"Suspended"_s;
        QTest::newRow("expired") << int(kw::KeyStatus::Expired) << u"Expired"_s;
        QTest::newRow("read-only") << int(kw::KeyStatus::ReadOnly) << u"Read-only"_s;
        QTest::newRow("revoked") << int(kw::KeyStatus::Revoked) << u"Revoked"_s;
        QTest::newRow("unknown") << int(kw::KeyStatus::Unknown) << u"Unknown"_s;
    }

    void keyStatusText()
    {
        QFETCH(int, status);
        QFETCH(QString, text);
        QCOMPARE(kw::keyStatusText(kw::KeyStatus(status)), text);
    }
};

QTEST_GUILESS_MAIN(TestProviderError)
#include "test_providererror.moc"
