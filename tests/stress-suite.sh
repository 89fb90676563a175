#!/usr/bin/env bash
# Runs the whole suite <runs> times in a row, two tests at a time, while one busy process
# competes for the CPU: a race with the machine's load shows up here long before it shows up
# at random in CI.
#     bash tests/stress-suite.sh <build-dir> <runs>
# Each run goes through tests/run-tests.sh (scratch HOME, private D-Bus session, unlocked
# gnome-keyring). Prints one line per run as it ends, then, for each failed run, the failing
# tests (ctest names and the test functions that failed), and last exactly one line
# "N passed, M failed" counting runs. Exits non-zero if any run failed. The full output of every
# run is kept in a log directory named at the start.
set -uo pipefail

if [[ $# -ne 2 || ! $2 =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 <build-dir> <runs>" >&2
    exit 2
fi
build=$(realpath "$1") || exit 2
runs=$2
if [[ ! -f $build/CTestTestfile.cmake ]]; then
    echo "$0: $build is not a configured build directory (no CTestTestfile.cmake)" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
logs=$(mktemp -d -t keywarden-stress.XXXXXX)

busy=""
suite=""
stop_busy() {
    if [[ -n $busy ]]; then
        kill "$busy" 2>/dev/null
        wait "$busy" 2>/dev/null
        busy=""
    fi
}
stop_all() {
    # A suite run still going (interrupted): its whole process group, D-Bus session included.
    if [[ -n $suite ]]; then
        kill -- "-$suite" 2>/dev/null
        wait "$suite" 2>/dev/null
        suite=""
    fi
    stop_busy
}
trap stop_all EXIT
trap 'exit 130' INT TERM

yes >/dev/null &
busy=$!
echo "stress: $runs run(s) of the suite in $build with -j 2 and a busy CPU; logs in $logs"

passed=0
failed=0
failures=()
for ((run = 1; run <= runs; ++run)); do
    log="$logs/run-$run.log"
    start=$SECONDS
    # In a process group of its own, waited for in the background so that Ctrl-C stops it.
    setsid bash "$here/run-tests.sh" "$build" -j 2 >"$log" 2>&1 &
    suite=$!
    wait "$suite"
    status=$?
    suite=""
    elapsed=$((SECONDS - start))
    if [[ $status -eq 0 ]]; then
        passed=$((passed + 1))
        echo "run $run/$runs: passed (${elapsed} s)"
        continue
    fi
    failed=$((failed + 1))
    # ctest's list after "The following tests FAILED:", e.g. "	 12 - test_x (Failed)".
    tests=$(sed -n '/The following tests FAILED:/,$p' "$log" |
        sed -n 's/^[[:space:]]*[0-9][0-9]* - \([^ ]*\).*/\1/p' | sort -u | paste -sd, - |
        sed 's/,/, /g')
    # QTest's own lines name the function: "FAIL!  : TestX::fn(data tag) message".
    functions=$(sed -n 's/^FAIL!  : \([A-Za-z0-9_:]*([^)]*)\).*/\1/p' "$log" | sort -u | paste -sd, - |
        sed 's/,/, /g')
    [[ -n $tests ]] || tests="exit status $status, no failing test named (see $log)"
    line="run $run: $tests"
    [[ -n $functions ]] && line+=" [$functions]"
    failures+=("$line")
    echo "run $run/$runs: FAILED (${elapsed} s): $tests"
done

stop_busy
for line in "${failures[@]}"; do
    echo "$line"
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
