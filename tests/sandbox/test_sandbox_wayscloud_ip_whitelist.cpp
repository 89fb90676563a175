#include "sandbox/wayscloud/WaysCloudIpWhitelist.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kw::sandbox::WaysCloudIpNetwork;
using kw::sandbox::WaysCloudIpWhitelist;

class TestWaysCloudIpWhitelist : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("canonical"); // empty: rejected
        QTest::addColumn<QString>("reason");    // a part of the reason when rejected

        QTest::newRow("ipv4") << u"203.0.113.42"_s << u"203.0.113.42/32"_s << QString();
        QTest::newRow("ipv4 cidr") << u"203.0.113.0/24"_s << u"203.0.113.0/24"_s << QString();
        QTest::newRow("ipv4 /0") << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s << QString();
        QTest::newRow("ipv4 /32") << u"10.1.2.3/32"_s << u"10.1.2.3/32"_s << QString();
        QTest::newRow("ipv6") << u"2001:db8::10"_s << u"2001:db8::10/128"_s << QString();
        QTest::newRow("ipv6 cidr") << u"2001:DB8::/32"_s << u"2001:db8::/32"_s << QString();
        QTest::newRow("ipv6 mapped")
            << u"::ffff:192.0.2.1"_s << u"::ffff:192.0.2.1/128"_s << QString();
        QTest::newRow("host bits") << u"203.0.113.1/24"_s << QString() << u"host bits"_s;
        QTest::newRow("host bits v6") << u"2001:db8::1/64"_s << QString() << u"host bits"_s;
        QTest::newRow("leading zero") << u"010.0.0.1"_s << QString() << u"leading zeros"_s;
        QTest::newRow("octet range") << u"256.0.0.1"_s << QString() << u"out of range"_s;
        QTest::newRow("three octets") << u"10.0.0"_s << QString() << u"not a valid"_s;
        QTest::newRow("short cidr") << u"10/8"_s << QString() << u"not a valid"_s;
        QTest::newRow("prefix too long") << u"10.0.0.0/33"_s << QString() << u"prefix"_s;
        QTest::newRow("prefix v6 too long") << u"::/129"_s << QString() << u"prefix"_s;
        QTest::newRow("prefix negative") << u"10.0.0.0/-1"_s << QString() << u"prefix"_s;
        QTest::newRow("prefix empty") << u"10.0.0.0/"_s << QString() << u"prefix"_s;
        QTest::newRow("netmask form") << u"10.0.0.0/255.0.0.0"_s << QString() << u"prefix"_s;
        QTest::newRow("two slashes") << u"10.0.0.0/8/8"_s << QString() << u"'/'"_s;
        QTest::newRow("space") << u" 10.0.0.1"_s << QString() << u"not a valid"_s;
        QTest::newRow("zone id") << u"fe80::1%eth0"_s << QString() << u"IPv6"_s;
        QTest::newRow("hostname") << u"localhost"_s << QString() << u"not a valid"_s;
        QTest::newRow("empty") << QString() << QString() << u"empty"_s;
        QTest::newRow("comma list") << u"10.0.0.1,10.0.0.2"_s << QString() << u"not a valid"_s;
    }

    void parse()
    {
        QFETCH(QString, entry);
        QFETCH(QString, canonical);
        QFETCH(QString, reason);
        QString why;
        const std::optional<WaysCloudIpNetwork> network = WaysCloudIpNetwork::parse(entry, &why);
        if (canonical.isEmpty()) {
            QVERIFY2(!network, qPrintable(entry));
            QVERIFY2(why.contains(reason), qPrintable(why));
        } else {
            QVERIFY2(network, qPrintable(why));
            QCOMPARE(network->canonical(), canonical);
        }
    }

    void allows_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<bool>("allowed");

        QTest::newRow("empty allows all") << QStringList() << u"198.51.100.7"_s << true;
        QTest::newRow("exact") << QStringList{u"127.0.0.1"_s} << u"127.0.0.1"_s << true;
        QTest::newRow("range") << QStringList{u"127.0.0.0/8"_s} << u"127.9.8.7"_s << true;
        QTest::newRow("outside") << QStringList{u"203.0.113.0/24"_s} << u"127.0.0.1"_s << false;
        QTest::newRow("second entry")
            << QStringList{u"203.0.113.0/24"_s, u"127.0.0.1/32"_s} << u"127.0.0.1"_s << true;
        QTest::newRow("mapped peer")
            << QStringList{u"127.0.0.0/8"_s} << u"::ffff:127.0.0.1"_s << true;
        QTest::newRow("v6 range") << QStringList{u"2001:db8::/32"_s} << u"2001:db8:5::1"_s << true;
        QTest::newRow("v6 vs v4 peer") << QStringList{u"::1"_s} << u"127.0.0.1"_s << false;
    }

    void allows()
    {
        QFETCH(QStringList, entries);
        QFETCH(QString, peer);
        QFETCH(bool, allowed);
        QList<WaysCloudIpNetwork> networks;
        for (const QString& entry : entries)
            networks.append(*WaysCloudIpNetwork::parse(entry));
        QCOMPARE(WaysCloudIpWhitelist::fromNetworks(networks).allows(QHostAddress(peer)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestWaysCloudIpWhitelist)
#include "test_sandbox_wayscloud_ip_whitelist.moc"
