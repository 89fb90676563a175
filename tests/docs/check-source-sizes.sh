#!/usr/bin/env bash
# The house rules that keep the code easy to change: no source file in src/, ui/ or app/ over
# 600 lines and no function over 80. A function body is what clang-format puts between a "{" and
# a "}" alone in the same column (column 0 for free functions and out-of-class members, column 4
# for members defined in a class); a class, struct, enum or namespace body is not a function.
set -uo pipefail
cd "${1:-.}"
maxFile=600
maxFunction=80
fail=0
files=$(find src ui app -name '*.cpp' -o -name '*.h' | sort)
for f in $files; do
    lines=$(wc -l <"$f")
    if [ "$lines" -gt "$maxFile" ]; then
        echo "FILE $f: $lines lines (at most $maxFile)"
        fail=1
    fi
done
# shellcheck disable=SC2086
awk -v max="$maxFunction" '
    FNR == 1 { open0 = 0; open4 = 0 }
    function isBody(head) { return head !~ /^[[:space:]]*(class|struct|enum|namespace|union)[[:space:]]/ && head !~ /=[[:space:]]*$/ }
    $0 == "{"     && !open0 { open0 = FNR; head0 = prev }
    $0 == "}"     &&  open0 { n = FNR - open0 + 2; if (n > max && isBody(head0)) { printf "FUNCTION %s:%d: %d lines (at most %d): %s\n", FILENAME, open0, n, max, head0; bad = 1 } open0 = 0 }
    $0 == "    {" && !open4 { open4 = FNR; head4 = prev }
    $0 == "    }" &&  open4 { n = FNR - open4 + 2; if (n > max && isBody(head4)) { printf "FUNCTION %s:%d: %d lines (at most %d): %s\n", FILENAME, open4, n, max, head4; bad = 1 } open4 = 0 }
    { prev = $0 }
    END { exit bad }
' $files || fail=1
if [ "$fail" -eq 0 ]; then
    echo "$(echo "$files" | wc -l) files: none over $maxFile lines, no function over $maxFunction lines"
fi
exit "$fail"
