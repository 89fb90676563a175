#include "RawHttp.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"

#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::sandbox::WaysCloudSandbox;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

class TestSandboxTls : public QObject
{
    Q_OBJECT

private:
    WaysCloudSandbox m_sandbox;

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_sandbox.listen(QHostAddress::LocalHost, 0, true));
        m_sandbox.seedSamples(3);
    }

    void certificateIsForLoopback()
    {
        QCOMPARE(m_sandbox.url().scheme(), u"https"_s);
        const QSslCertificate certificate = m_sandbox.certificate();
        QVERIFY(!certificate.isNull());
        QVERIFY(certificate.isSelfSigned());
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{u"127.0.0.1"_s});
        const auto alternatives = certificate.subjectAlternativeNames();
        QVERIFY(alternatives.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(alternatives.values(QSsl::DnsEntry).contains(u"localhost"_s));
        QVERIFY(certificate.effectiveDate() <= QDateTime::currentDateTimeUtc());
        QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(1));
        QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);
        QVERIFY(certificate.publicKey().length() >= 256);
    }

    void trustedThroughTheCertificateAsCa_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("ip") << u"127.0.0.1"_s;
        QTest::newRow("name") << u"localhost"_s;
    }

    void trustedThroughTheCertificateAsCa()
    {
        QFETCH(QString, host);
        QUrl url = m_sandbox.url();
        url.setHost(host);
        RawHttp http(url);
        http.setCaCertificates({m_sandbox.certificate()});
        const RawReply reply = http.get(u"/v1/account/api-keys"_s, m_sandbox.adminToken());
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 3);
    }

    void refusedWithoutTheCa()
    {
        RawHttp http(m_sandbox.url());
        const RawReply reply = http.get(u"/v1/account/api-keys"_s, m_sandbox.adminToken());
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(reply.status, 0);
    }

    void refusedWithAnotherSandboxsCa()
    {
        WaysCloudSandbox other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0, true));
        QVERIFY(other.certificate() != m_sandbox.certificate());
        RawHttp http(m_sandbox.url());
        http.setCaCertificates({other.certificate()});
        const RawReply reply = http.get(u"/v1/account/api-keys"_s, m_sandbox.adminToken());
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    }

    void plainHttpIsNotServed()
    {
        QUrl url = m_sandbox.url();
        url.setScheme(u"http"_s);
        RawHttp http(url);
        const RawReply reply = http.send("GET", u"/v1/account/api-keys"_s, {}, {}, 2000);
        QVERIFY(reply.finished);
        QVERIFY(reply.status != 200);
    }

    void faultsWorkOverTls()
    {
        kw::sandbox::Fault reset;
        reset.kind = kw::sandbox::Fault::Kind::FailAfterCommit;
        reset.count = -1; // the client resends a request the connection dropped
        m_sandbox.injectFault(reset);
        RawHttp http(m_sandbox.url());
        http.setCaCertificates({m_sandbox.certificate()});
        const int before = m_sandbox.requestCount();
        const RawReply reply = http.get(u"/v1/account/api-keys"_s, m_sandbox.adminToken());
        m_sandbox.clearFaults();
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(m_sandbox.requestCount() - before >= 2);
        QCOMPARE(http.get(u"/v1/account/api-keys"_s, m_sandbox.adminToken()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "test_sandbox_tls.moc"
