#pragma once

namespace kw {

// What start-up did about core dumps and debugger attach (issue 15 part 1).
enum class CoreDumpPolicy
{
    Disabled,      // PR_SET_DUMPABLE 0 and RLIMIT_CORE 0: no core file, no same-user ptrace
    AllowedByUser, // --allow-core-dumps or KEYWARDEN_ALLOW_CORE_DUMPS=1 (developers)
    NotSupported   // a platform without prctl/setrlimit
};

// The first call in main(), before any secret is read: turns core dumps and same-user ptrace
// attach off unless a developer asked for them with --allow-core-dumps (removed from argv here,
// so the command-line parsers never see it) or KEYWARDEN_ALLOW_CORE_DUMPS=1. When allowed, it
// says so on standard error, so that nobody runs that way without knowing.
CoreDumpPolicy hardenProcess(int& argc, char** argv, const char* programName);

// The same without the developer switches: for tests and for callers that decided already.
bool disableCoreDumps();

// The option's name, for --help texts.
inline constexpr const char* allowCoreDumpsOption = "allow-core-dumps";
inline constexpr const char* allowCoreDumpsEnv = "KEYWARDEN_ALLOW_CORE_DUMPS";

} // namespace kw
