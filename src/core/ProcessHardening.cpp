#include "ProcessHardening.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace kw {

namespace {

bool takeAllowOption(int& argc, char** argv)
{
    bool found = false;
    int out = 1;
    for (int in = 1; in < argc; ++in) {
        const char* arg = argv[in];
        if (std::strcmp(arg, "--") == 0) { // the rest are operands: keep them as they are
            for (; in < argc; ++in)
                argv[out++] = argv[in];
            break;
        }
        if (std::strcmp(arg, "--allow-core-dumps") == 0) {
            found = true;
            continue;
        }
        argv[out++] = argv[in];
    }
    if (out < argc)
        argv[out] = nullptr;
    argc = out;
    return found;
}

bool allowedByEnvironment()
{
    const char* value = std::getenv(allowCoreDumpsEnv);
    return value != nullptr && std::strcmp(value, "1") == 0;
}

} // namespace

bool disableCoreDumps()
{
#if defined(__linux__)
    // Dumpable first: once /proc/PID/limits shows a core limit of 0, ptrace is off already.
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    return limited && undumpable;
#else
    return false;
#endif
}

CoreDumpPolicy hardenProcess(int& argc, char** argv, const char* programName)
{
    const bool byOption = takeAllowOption(argc, argv);
    if (byOption || allowedByEnvironment()) {
        std::fprintf(stderr,
                     "%s: core dumps and debugger attach are allowed (%s): a core file may "
                     "hold secrets\n",
                     programName, byOption ? "--allow-core-dumps" : "KEYWARDEN_ALLOW_CORE_DUMPS=1");
        return CoreDumpPolicy::AllowedByUser;
    }
    return disableCoreDumps() ? CoreDumpPolicy::Disabled : CoreDumpPolicy::NotSupported;
}

} // namespace kw
