#include "core/IpAllowlist.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reason = kw::IpAllowlistIssue::Reason;

namespace {

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Garbage:
        return u"garbage"_s;
    case Reason::BadPrefix:
        return u"prefix"_s;
    case Reason::HostBitsSet:
        return u"hostbits"_s;
    case Reason::Duplicate:
        return u"duplicate"_s;
    }
    return u"?"_s;
}

// "reason@position:offset" per issue, so a table row states every issue at once.
QStringList describe(const QList<kw::IpAllowlistIssue>& issues)
{
    QStringList described;
    for (const kw::IpAllowlistIssue& issue : issues)
        described
            << u"%1@%2:%3"_s.arg(reasonName(issue.reason)).arg(issue.position).arg(issue.offset);
    return described;
}

} // namespace

class TestIpAllowlist : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QStringList>("issues");

        const QStringList none;
        // Empty means "all addresses".
        QTest::newRow("empty") << QString() << none << none;
        QTest::newRow("whitespace only") << u" \t\n  "_s << none << none;
        QTest::newRow("separators only") << u" , ,\n,"_s << none << none;

        // Good IPv4.
        QTest::newRow("single v4") << u"203.0.113.42"_s << QStringList{u"203.0.113.42"_s} << none;
        QTest::newRow("v4 /32 dropped")
            << u"203.0.113.42/32"_s << QStringList{u"203.0.113.42"_s} << none;
        QTest::newRow("v4 cidr") << u"203.0.113.0/24"_s << QStringList{u"203.0.113.0/24"_s} << none;
        QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << QStringList{u"0.0.0.0/0"_s} << none;
        QTest::newRow("v4 /31") << u"10.0.0.2/31"_s << QStringList{u"10.0.0.2/31"_s} << none;
        QTest::newRow("v4 edges") << u"0.0.0.0 255.255.255.255"_s
                                  << QStringList{u"0.0.0.0"_s, u"255.255.255.255"_s} << none;
        QTest::newRow("surrounding space")
            << u"  10.1.2.3  "_s << QStringList{u"10.1.2.3"_s} << none;

        QTest::newRow("v4 prefix with a leading zero")
            << u"10.0.0.0/024 10.1.2.3/032"_s << QStringList{u"10.0.0.0/24"_s, u"10.1.2.3"_s}
            << none;

        // Good IPv6.
        QTest::newRow("v6 loopback") << u"::1"_s << QStringList{u"::1"_s} << none;
        QTest::newRow("v6 upper case compressed")
            << u"2001:DB8:0:0:0:0:0:1"_s << QStringList{u"2001:db8::1"_s} << none;
        QTest::newRow("v6 /128 dropped")
            << u"2001:db8::1/128"_s << QStringList{u"2001:db8::1"_s} << none;
        QTest::newRow("v6 cidr") << u"2001:DB8::/32"_s << QStringList{u"2001:db8::/32"_s} << none;
        QTest::newRow("v6 /0") << u"::/0"_s << QStringList{u"::/0"_s} << none;
        QTest::newRow("v6 /64") << u"2001:db8:abcd:12::/64"_s
                                << QStringList{u"2001:db8:abcd:12::/64"_s} << none;
        QTest::newRow("v4-mapped v6 keeps family")
            << u"::ffff:198.51.100.7"_s << QStringList{u"::ffff:198.51.100.7"_s} << none;

        // Separators: commas, spaces, tabs, new lines, in any mix and repeated.
        QTest::newRow("mixed separators")
            << u"10.0.0.1,10.0.0.2 10.0.0.3\t10.0.0.4\n10.0.0.5\r\n10.0.0.6 ,, \n10.0.0.7"_s
            << QStringList{u"10.0.0.1"_s, u"10.0.0.2"_s, u"10.0.0.3"_s, u"10.0.0.4"_s,
                           u"10.0.0.5"_s, u"10.0.0.6"_s, u"10.0.0.7"_s}
            << none;
        QTest::newRow("v4 and v6 mixed") << u"192.0.2.1, 2001:db8::/48"_s
                                         << QStringList{u"192.0.2.1"_s, u"2001:db8::/48"_s} << none;

        // Garbage.
        QTest::newRow("word") << u"abc"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("hostname") << u"example.com"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 one number") << u"1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 hex") << u"0x7f.1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 three parts") << u"10.1.1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 five parts") << u"1.2.3.4.5"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 octet 256") << u"10.0.0.256"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 leading zero") << u"010.1.1.1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 empty octet") << u"10..0.1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 trailing dot") << u"10.0.0.1."_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 four digits") << u"1000.1.1.1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 sign") << u"+10.0.0.1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v4 fullwidth digits")
            << u"１0.0.0.1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v6 triple colon") << u"2001:::1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v6 two gaps") << u"2001::db8::1"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v6 bad hex") << u"2001:db8::g"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v6 zone id") << u"fe80::1%eth0"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("v6 brackets") << u"[::1]"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("slash only") << u"/"_s << none << QStringList{u"garbage@1:0"_s};
        QTest::newRow("semicolon is not a separator")
            << u"10.0.0.1;10.0.0.2"_s << none << QStringList{u"garbage@1:0"_s};

        // Bad prefixes.
        QTest::newRow("v4 empty prefix") << u"10.0.0.0/"_s << none << QStringList{u"prefix@1:0"_s};
        QTest::newRow("v4 negative prefix")
            << u"10.0.0.0/-1"_s << none << QStringList{u"prefix@1:0"_s};
        QTest::newRow("v4 /33") << u"10.0.0.0/33"_s << none << QStringList{u"prefix@1:0"_s};
        QTest::newRow("v4 prefix word")
            << u"10.0.0.0/abc"_s << none << QStringList{u"prefix@1:0"_s};
        QTest::newRow("v4 double prefix")
            << u"10.0.0.0/8/8"_s << none << QStringList{u"prefix@1:0"_s};
        QTest::newRow("v4 huge prefix")
            << u"10.0.0.0/0024"_s << none << QStringList{u"prefix@1:0"_s};
        QTest::newRow("v6 /129") << u"2001:db8::/129"_s << none << QStringList{u"prefix@1:0"_s};
        QTest::newRow("v6 empty prefix") << u"::/"_s << none << QStringList{u"prefix@1:0"_s};

        // Host bits.
        QTest::newRow("v4 host bits") << u"10.0.0.1/24"_s << none << QStringList{u"hostbits@1:0"_s};
        QTest::newRow("v4 host bits /0")
            << u"1.2.3.4/0"_s << none << QStringList{u"hostbits@1:0"_s};
        QTest::newRow("v6 host bits")
            << u"2001:db8::1/64"_s << none << QStringList{u"hostbits@1:0"_s};

        // Duplicates, also after normalisation.
        QTest::newRow("duplicate")
            << u"203.0.113.42, 203.0.113.42"_s << QStringList{u"203.0.113.42"_s}
            << QStringList{u"duplicate@2:14"_s};
        QTest::newRow("duplicate after /32")
            << u"203.0.113.42 203.0.113.42/32"_s << QStringList{u"203.0.113.42"_s}
            << QStringList{u"duplicate@2:13"_s};
        QTest::newRow("duplicate v6 spelling")
            << u"2001:db8::1\n2001:0DB8:0000::0001/128"_s << QStringList{u"2001:db8::1"_s}
            << QStringList{u"duplicate@2:12"_s};
        QTest::newRow("duplicate after a leading-zero prefix")
            << u"10.0.0.0/8 10.0.0.0/08"_s << QStringList{u"10.0.0.0/8"_s}
            << QStringList{u"duplicate@2:11"_s};
        QStringList many;
        for (int i = 1; i <= 20; ++i)
            many << u"192.0.2.%1"_s.arg(i);
        QTest::newRow("duplicate in a long list")
            << many.join(u' ') + u" 192.0.2.3/32"_s << many << QStringList{u"duplicate@21:211"_s};
        QTest::newRow("mapped is not a duplicate of v4")
            << u"10.0.0.1 ::ffff:10.0.0.1"_s << QStringList{u"10.0.0.1"_s, u"::ffff:10.0.0.1"_s}
            << none;

        // Positions and offsets count every entry, good or bad.
        QTest::newRow("positions and offsets")
            << u"203.0.113.42, abc,\t10.0.0.0/33\n\n10.0.0.1/24  203.0.113.42"_s
            << QStringList{u"203.0.113.42"_s}
            << QStringList{u"garbage@2:14"_s, u"prefix@3:19"_s, u"hostbits@4:32"_s,
                           u"duplicate@5:45"_s};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, entries);
        QFETCH(QStringList, issues);

        const kw::IpAllowlist allowlist = kw::IpAllowlist::parse(text);
        QCOMPARE(allowlist.entries(), entries);
        QCOMPARE(describe(allowlist.issues()), issues);
        QCOMPARE(allowlist.isValid(), issues.isEmpty());
        for (const kw::IpAllowlistIssue& issue : allowlist.issues()) {
            // The offset points at the entry as typed, so an editor can put the cursor there.
            QCOMPARE(text.mid(issue.offset, issue.entry.size()), issue.entry);
            QVERIFY(issue.message.contains(issue.entry));
            QVERIFY(issue.message.contains(QString::number(issue.position)));
        }
    }

    void messages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("host bits") << u"1.1.1.1 2.2.2.2 10.0.0.1/24"_s
                                   << u"Entry 3 “10.0.0.1/24”: host bits are set — did you mean "
                                      "10.0.0.0/24?"_s;
        QTest::newRow("v6 host bits") << u"2001:DB8::1/64"_s
                                      << u"Entry 1 “2001:DB8::1/64”: host bits are set — did you "
                                         "mean 2001:db8::/64?"_s;
        QTest::newRow("v4 prefix")
            << u"1.1.1.1, 10.0.0.0/33"_s << u"Entry 2 “10.0.0.0/33”: prefix length must be 0–32"_s;
        QTest::newRow("v6 prefix")
            << u"::/129"_s << u"Entry 1 “::/129”: prefix length must be 0–128"_s;
        QTest::newRow("duplicate") << u"203.0.113.42 1.1.1.1 2.2.2.2 203.0.113.42"_s
                                   << u"Entry 4 “203.0.113.42”: duplicate of entry 1"_s;
        QTest::newRow("garbage") << u"abc"_s << u"Entry 1 “abc”: not an IP address or CIDR range"_s;
        QTest::newRow("leading zero")
            << u"010.1.1.1"_s
            << u"Entry 1 “010.1.1.1”: leading zeros are not allowed in an IPv4 address"_s;
    }

    void messages()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const kw::IpAllowlist allowlist = kw::IpAllowlist::parse(text);
        QCOMPARE(allowlist.issues().size(), 1);
        QCOMPARE(allowlist.issues().constFirst().message, message);
    }

    void toTextJoinsNormalisedEntries()
    {
        const kw::IpAllowlist allowlist =
            kw::IpAllowlist::parse(u"10.0.0.0/8\n2001:DB8::/32\t192.0.2.1/32"_s);
        QCOMPARE(allowlist.toText(), u"10.0.0.0/8, 2001:db8::/32, 192.0.2.1"_s);
        // The text form parses back to the same list.
        QCOMPARE(kw::IpAllowlist::parse(allowlist.toText()).entries(), allowlist.entries());
        QCOMPARE(kw::IpAllowlist::parse(QString()).toText(), QString());
    }

    void fromEntriesValidatesEachItem()
    {
        const kw::IpAllowlist good = kw::IpAllowlist::fromEntries(
            {u"10.0.0.1/32"_s, u" 2001:DB8::/32 "_s, u"192.0.2.0/24"_s});
        QVERIFY(good.isValid());
        QCOMPARE(good.entries(),
                 (QStringList{u"10.0.0.1"_s, u"2001:db8::/32"_s, u"192.0.2.0/24"_s}));

        const kw::IpAllowlist bad = kw::IpAllowlist::fromEntries(
            {u"10.0.0.1"_s, u"10.0.0.1, 10.0.0.2"_s, u"10.0.0.1/32"_s, u""_s});
        QCOMPARE(describe(bad.issues()),
                 (QStringList{u"garbage@2:10"_s, u"duplicate@3:30"_s, u"garbage@4:43"_s}));
        QCOMPARE(bad.entries(), QStringList{u"10.0.0.1"_s});

        QVERIFY(kw::IpAllowlist::fromEntries({}).allowsAll());
        QVERIFY(kw::IpAllowlist::fromEntries({}).isValid());
    }

    void allows_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("empty allows v4") << QString() << u"198.51.100.1"_s << true;
        QTest::newRow("empty allows v6") << QString() << u"2001:db8::5"_s << true;
        QTest::newRow("single host") << u"203.0.113.42"_s << u"203.0.113.42"_s << true;
        QTest::newRow("single host, other") << u"203.0.113.42"_s << u"203.0.113.43"_s << false;
        QTest::newRow("in range") << u"203.0.113.0/24"_s << u"203.0.113.200"_s << true;
        QTest::newRow("out of range") << u"203.0.113.0/24"_s << u"203.0.114.1"_s << false;
        QTest::newRow("v6 in range") << u"2001:db8::/32"_s << u"2001:db8:ffff::1"_s << true;
        QTest::newRow("v6 out of range") << u"2001:db8::/32"_s << u"2001:db9::1"_s << false;
        QTest::newRow("v4 list, v6 client") << u"0.0.0.0/0"_s << u"2001:db8::1"_s << false;
        QTest::newRow("v4 list, mapped client") << u"10.0.0.0/8"_s << u"::ffff:10.2.3.4"_s << true;
        QTest::newRow("mapped list, v4 client")
            << u"::ffff:10.0.0.0/104"_s << u"10.2.3.4"_s << true;
        QTest::newRow("mapped host, v4 client") << u"::ffff:10.0.0.1"_s << u"10.0.0.1"_s << true;
        QTest::newRow("second entry")
            << u"192.0.2.1, 198.51.100.0/24"_s << u"198.51.100.9"_s << true;
        QTest::newRow("invalid list fails closed")
            << u"203.0.113.0/24, nonsense"_s << u"203.0.113.1"_s << false;
        QTest::newRow("only garbage fails closed") << u"nonsense"_s << u"203.0.113.1"_s << false;
    }

    void allows()
    {
        QFETCH(QString, list);
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        QCOMPARE(kw::IpAllowlist::parse(list).allows(QHostAddress(address)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestIpAllowlist)
#include "test_ipallowlist.moc"
