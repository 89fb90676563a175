#include "core/ProcessHardening.h"

#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>

// Issue 15 part 1. init() makes the process dumpable again between cases; a hard core limit
// lowered to 0 stays 0, so the allowing cases compare the limit with what it was.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private:
    static void makeDumpable()
    {
        prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
        rlimit unlimited{};
        getrlimit(RLIMIT_CORE, &unlimited);
        unlimited.rlim_cur = unlimited.rlim_max;
        setrlimit(RLIMIT_CORE, &unlimited);
    }
    static rlim_t coreLimit()
    {
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        return limit.rlim_cur;
    }

private slots:
    void init()
    {
        qunsetenv(kw::allowCoreDumpsEnv);
        makeDumpable();
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    }

    void normalStartTurnsDumpsOff()
    {
        char name[] = "keywarden";
        char sandbox[] = "--sandbox";
        char* argv[] = {name, sandbox, nullptr};
        int argc = 2;
        QCOMPARE(kw::hardenProcess(argc, argv, "keywarden"), kw::CoreDumpPolicy::Disabled);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        QCOMPARE(coreLimit(), rlim_t(0));
        QCOMPARE(argc, 2);
        QCOMPARE(argv[1], sandbox);
    }

    void optionAllowsAndIsRemovedFromArguments()
    {
        char name[] = "keywarden-cli";
        char allow[] = "--allow-core-dumps";
        char keys[] = "keys";
        char dashes[] = "--";
        char operand[] = "--allow-core-dumps";
        char* argv[] = {name, allow, keys, dashes, operand, nullptr};
        int argc = 5;
        const rlim_t limitBefore = coreLimit();
        QCOMPARE(kw::hardenProcess(argc, argv, "keywarden-cli"), kw::CoreDumpPolicy::AllowedByUser);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        QCOMPARE(coreLimit(), limitBefore);
        // the option is gone; an operand after "--" that looks like it stays
        QCOMPARE(argc, 4);
        QCOMPARE(argv[1], keys);
        QCOMPARE(argv[2], dashes);
        QCOMPARE(argv[3], operand);
        QCOMPARE(argv[4], nullptr);
    }

    void environmentAllows()
    {
        qputenv(kw::allowCoreDumpsEnv, "1");
        char name[] = "keywarden";
        char* argv[] = {name, nullptr};
        int argc = 1;
        QCOMPARE(kw::hardenProcess(argc, argv, "keywarden"), kw::CoreDumpPolicy::AllowedByUser);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    }

    void otherEnvironmentValuesDoNotAllow()
    {
        qputenv(kw::allowCoreDumpsEnv, "0");
        char name[] = "keywarden";
        char* argv[] = {name, nullptr};
        int argc = 1;
        QCOMPARE(kw::hardenProcess(argc, argv, "keywarden"), kw::CoreDumpPolicy::Disabled);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "test_processhardening.moc"
