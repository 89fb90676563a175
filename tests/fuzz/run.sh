#!/usr/bin/env bash
# Builds the fuzz preset and runs every libFuzzer target, one at a time and niced (the machine's
# cores are shared), then prints executions and crashes per target.
# Usage: tests/fuzz/run.sh SECONDS [RUNS] [TARGET…]
#   SECONDS  -max_total_time for each target
#   RUNS     optional -runs cap (e.g. 1000000); 0 or absent: no cap
#   TARGET   names without the fuzz_ prefix (default: all), e.g. wayscloud_json jwt
# KW_FUZZ_BUILD=0 skips the build (the targets are built already, or a build of build-fuzz runs
# beside this one: two builds in one tree must not run at once).
# Each target starts from its checked-in corpus (tests/fuzz/corpus/<target>/, read only) plus a
# scratch corpus under build-fuzz/fuzz-work/<target>/ that keeps what it finds between runs.
# A crash, leak or UB report leaves its input as build-fuzz/fuzz-work/<target>/crash-*: add it
# to the corpus as a regression once the parser is fixed. Exits 1 when any target found one.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:?usage: run.sh SECONDS [RUNS] [TARGET…]}"
runs="${2:-0}"
shift $(($# >= 2 ? 2 : 1))
build="$root/build-fuzz"
runsArg=-1
# The machine's cores are shared: builds and runs stay at nice 15 unless KW_FUZZ_NICE says otherwise.
niceness="${KW_FUZZ_NICE:-15}"
[ "$runs" -gt 0 ] && runsArg="$runs"

cd "$root"
if [ "${KW_FUZZ_BUILD:-1}" != 0 ]; then
    cmake --preset fuzz >/dev/null || exit 1
    nice -n "$niceness" cmake --build "$build" -j 2 --target fuzz_all >/dev/null || {
        echo "build of the fuzz preset failed" >&2
        exit 1
    }
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for exe in "$build"/fuzz/fuzz_*; do targets+=("$(basename "$exe" | sed 's/^fuzz_//')"); done
    targets+=(core_text) # tests/core/fuzz_core_text.cpp, seeds in its replay
fi

failed=0
printf '%-18s %12s %10s %8s %s\n' target executions exec/s crashes seconds
for name in "${targets[@]}"; do
    exe="$build/fuzz/fuzz_$name"
    [ -x "$exe" ] || exe="$build/tests/fuzz_$name"
    work="$build/fuzz-work/$name"
    mkdir -p "$work/corpus"
    seeds=()
    [ -d "$here/corpus/$name" ] && seeds=("$here/corpus/$name")
    log="$work/last.log"
    start=$(date +%s)
    (cd "$work" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_LOGGING_RULES='*.debug=false;*.warning=false' \
        nice -n "$niceness" "$exe" -max_total_time="$seconds" -runs="$runsArg" -max_len=4096 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/" corpus "${seeds[@]}" >"$log" 2>&1)
    status=$?
    elapsed=$(($(date +%s) - start))
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
    rate="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
    crashes=$(ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* 2>/dev/null | wc -l)
    if [ "$status" -ne 0 ]; then
        failed=1
        [ "$crashes" -eq 0 ] && crashes="exit $status"
    fi
    printf '%-18s %12s %10s %8s %s\n' "$name" "${execs:-?}" "${rate:-?}" "$crashes" "$elapsed"
    if [ "$status" -ne 0 ]; then
        grep -m3 -E 'ERROR|runtime error|invariant broken|SUMMARY' "$log" | sed 's/^/    /'
        echo "    log: $log"
    fi
done
exit $failed
