#include "core/Secret.h"
#include "core/SecretPool.h"

#include <QDebug>
#include <QFile>
#include <QTest>
#include <array>
#include <cstring>
#include <linux/capability.h>
#include <set>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Generated at run time so that nothing key-shaped sits in the source.
QByteArray sampleSecret()
{
    return "EXAMPLE-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool mlockIsIntercepted = true;
#else
constexpr bool mlockIsIntercepted = false;
#endif

// The VmFlags line of /proc/self/smaps for the mapping that holds address ("dd": left out of
// core dumps, "lo": locked in RAM). Empty when no mapping holds it.
QByteArray vmFlagsAt(const void* address)
{
    QFile smaps(u"/proc/self/smaps"_s);
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto where = quintptr(address);
    bool inside = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        // a mapping's first line: "<start>-<end> rw-p …" in lower-case hex; fields are "Name: …"
        if (dash > 0 && space > dash && !line.left(space).contains(':')) {
            const quintptr start = line.left(dash).toULongLong(nullptr, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(nullptr, 16);
            inside = start <= where && where < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

// Takes one capability out of (or into) the effective set for a scope; a no-op without it.
class EffectiveCapability
{
public:
    EffectiveCapability(int capability, bool on) : m_capability(capability)
    {
        m_saved = state();
        m_changed = set(on);
    }
    ~EffectiveCapability()
    {
        if (m_changed)
            syscall(SYS_capset, &m_header, m_saved.data());
    }
    EffectiveCapability(const EffectiveCapability&) = delete;
    EffectiveCapability& operator=(const EffectiveCapability&) = delete;

private:
    std::array<__user_cap_data_struct, 2> state()
    {
        std::array<__user_cap_data_struct, 2> data{};
        syscall(SYS_capget, &m_header, data.data());
        return data;
    }
    bool set(bool on)
    {
        std::array<__user_cap_data_struct, 2> data = m_saved;
        const auto bit = 1U << (m_capability % 32);
        auto& word = data[std::size_t(m_capability / 32)];
        if (((word.effective & bit) != 0) == on)
            return false;
        word.effective = on ? (word.effective | bit) : (word.effective & ~bit);
        return syscall(SYS_capset, &m_header, data.data()) == 0;
    }

    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    std::array<__user_cap_data_struct, 2> m_saved{};
    int m_capability;
    bool m_changed = false;
};

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

    // Issue 15: the pages of a secret are out of core files and, within RLIMIT_MEMLOCK, locked.
    void storageIsLeftOutOfCoreDumpsAndLocked()
    {
        const kw::Secret secret = kw::Secret::fromUtf8(sampleSecret());
        const QList<QByteArray> flags = vmFlagsAt(secret.view().data()).split(' ');
        QVERIFY2(flags.contains("dd"), "MADV_DONTDUMP is not set on the secret's pages");
        QCOMPARE(quintptr(secret.view().data()) % 4096, quintptr(0));
        if (mlockIsIntercepted)
            QSKIP("AddressSanitizer turns mlock into a no-op that reports success");
        QVERIFY(secret.isLocked());
        QVERIFY2(flags.contains("lo"), "the secret's pages are not locked");
    }

    // Over RLIMIT_MEMLOCK the secret still works, unlocked, and one warning is logged.
    // A paste with thousands of key pairs holds thousands of secrets: small ones share chunks of
    // the pool (no page and no system call each), every slot still out of core files, and a
    // slot given back is wiped before it is handed out again.
    void smallSecretsShareLockedChunks()
    {
        std::vector<kw::Secret> secrets;
        for (int i = 0; i < 512; ++i)
            secrets.push_back(
                kw::Secret::fromUtf8(QByteArray(sampleSecret() + QByteArray::number(i))));
        std::set<quintptr> pages;
        for (const kw::Secret& secret : secrets)
            pages.insert(quintptr(secret.view().data()) / 4096);
        // Once per page, not per secret: under ASan each read of smaps walks the shadow mappings
        // (about 10 ms of system time), and 512 of them outlasted the test's timeout.
        for (const quintptr page : pages)
            QVERIFY(
                vmFlagsAt(reinterpret_cast<const void*>(page * 4096)).split(' ').contains("dd"));
        QVERIFY2(pages.size() <= 512 * 64 / 4096 + 2, qPrintable(QString::number(pages.size())));
        const char* reused = secrets.back().view().data();
        secrets.pop_back();
        const kw::Secret shorter = kw::Secret::fromUtf8("x");
        QCOMPARE(shorter.view().data(), reused); // the slot just given back
        QCOMPARE(QByteArrayView(reused + 1, 63), QByteArrayView(QByteArray(63, '\0')));
    }

    void lockFailureIsBestEffort()
    {
        if (mlockIsIntercepted)
            QSKIP("AddressSanitizer turns mlock into a no-op that reports success");
        // CAP_IPC_LOCK (a test run as root) ignores the limit: leave it out of the effective set
        const EffectiveCapability ipcLock(CAP_IPC_LOCK, false);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_MEMLOCK, &saved), 0);
        rlimit none = saved;
        none.rlim_cur = 0;
        QCOMPARE(setrlimit(RLIMIT_MEMLOCK, &none), 0);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^Secrets cannot be locked in memory"_s));
        // Larger than a pool slot, so it gets pages of its own, mapped under the lowered limit
        // (a small secret may take a slot of a chunk locked earlier).
        const QByteArray bytes = sampleSecret().repeated(40);
        QVERIFY(std::size_t(bytes.size()) > kw::secretpool::largestSlot());
        const kw::Secret first = kw::Secret::fromUtf8(bytes);
        const kw::Secret second = kw::Secret::fromUtf8(bytes); // no second warning
        QCOMPARE(setrlimit(RLIMIT_MEMLOCK, &saved), 0);
        QVERIFY(!first.isLocked());
        QCOMPARE(first.view(), QByteArrayView(bytes));
        QVERIFY(first.equals(second));
        QVERIFY(vmFlagsAt(first.view().data()).split(' ').contains("dd"));
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
