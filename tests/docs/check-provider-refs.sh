#!/usr/bin/env bash
# Every "providers.md X.y" cited in the code must be a heading of docs/providers.md; a quoted
# name after a section ("B.3 "Errors"") must be a heading inside that section.
set -uo pipefail
cd "${1:-.}"
doc=docs/providers.md
heads=$(grep -E '^#{2,4} [AB]\.[0-9]' "$doc" | sed -E 's/^#+ ([AB]\.[0-9]+(\.[0-9]+)?).*/\1/')
# The cited text: from "providers.md" to the closing ")" or sentence end, comment markers of
# continuation lines removed, ranges A.9–A.11 expanded.
cites=$(grep -rlZ --exclude=check-provider-refs.sh 'providers\.md' src ui app tests | xargs -0 perl -0777 -ne '
    while (/providers\.md/g) {
        my $t = substr($_, pos(), 160); $t =~ s/providers\.md.*//s; $t =~ s{\n\s*//\s*}{ }g; $t =~ s/\n.*//s; $t =~ s/([.:;](\s|$)|\)\s*$).*//s;
        print "$ARGV\t$t\n";
    }')
fail=0; count=0
while IFS=$'\t' read -r file text; do
    refs=$(perl -ne 'while (/([AB])\.(\d+)(?:–|-)\1\.(\d+)/g) { print "$1.$_\n" for $2..$3 }
                     s/([AB])\.(\d+)(?:–|-)\1\.(\d+)//g;
                     print "$1\n" while /\b([AB]\.\d+(?:\.\d+)?)\b/g' <<<"$text")
    [ -z "$refs" ] && { echo "NO SECTION  $file:${text:0:60}"; continue; }
    for r in $refs; do
        count=$((count+1))
        grep -qxF "$r" <<<"$heads" || { echo "MISSING $r  ($file)"; fail=1; }
    done
    # quoted names: B.3 "Errors" -> a heading containing Errors between B.3 and the next B.x
    perl -ne 'print "$1\t$2\n" while /\b([AB]\.\d+(?:\.\d+)?) "([^"]+)"/g' <<<"$text" |
    while IFS=$'\t' read -r sec name; do
        count=$((count+1))
        SEC="$sec" NAME="$name" perl -ne '
            if (/^#{2,4} ([AB]\.\d+(?:\.\d+)?)\b/) { $in = ($1 eq $ENV{SEC} || index($1, "$ENV{SEC}.") == 0) }
            elsif ($in && /^#{3,5} / && index($_, $ENV{NAME}) >= 0) { $found = 1 }
            END { exit !$found }' "$doc" || { echo "MISSING $sec \"$name\"  ($file)"; exit 1; }
    done || fail=1
done <<<"$cites"
# Second pass: section numbers in any comment, with or without "providers.md" before them
# (e.g. "(B.3)", "A.5:"), and "part 7 "Gaps"", which names B.7.
bare=0
while IFS= read -r hit; do
    r=${hit##*:}; bare=$((bare+1))
    grep -qxF "$r" <<<"$heads" || { echo "MISSING $r  (${hit%:*}, bare)"; fail=1; }
done < <(grep -rnoE --exclude=check-provider-refs.sh '(//|#|\*).*' src ui app tests | perl -ne '
    my ($loc, $c) = /^([^:]+:\d+):(.*)$/ or next;
    print "$loc:$1\n" while $c =~ /\b([AB]\.\d+(?:\.\d+)?)\b/g')
if grep -rq 'part 7 "Gaps"' src ui app tests; then
    bare=$((bare+1))
    grep -qE '^### B\.7 Gaps' "$doc" || { echo 'MISSING part 7 "Gaps" (B.7)'; fail=1; }
fi
echo "bare section numbers in comments: $bare checked"
echo "checked $count references in $(wc -l <<<"$cites") citations: $([ $fail = 0 ] && echo all resolve || echo FAILURES)"
exit $fail
