#!/usr/bin/env bash
# Runs the fuzz properties (tests/Archive.Tests/Fuzzing) for longer than `dotnet test` does, and sums what they found.
# Usage: scripts/fuzz.sh [iterations per property]   (default 100000; CI runs each property a few thousand times)
# A failure prints CsCheck's shrunk example and a seed; rerun one property with CsCheck_Seed=<seed> to reproduce it.
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-100000}"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
status=0
ARCHIVE_FUZZ_ITERATIONS="$iterations" ARCHIVE_FUZZ_REPORT="$report" \
  dotnet test tests/Archive.Tests --filter "FullyQualifiedName~Archive.Tests.Fuzzing" || status=$?
echo
echo "property                  cases     crashes  escapes  mismatches"
awk -F'\t' '{
    split($2, t, "="); split($3, c, "="); split($4, e, "="); split($5, m, "=");
    printf "%-24s %9d %9d %8d %11d\n", $1, t[2], c[2], e[2], m[2];
    tried += t[2]; crashes += c[2]; escapes += e[2]; mismatches += m[2]
} END { printf "%-24s %9d %9d %8d %11d\n", "total", tried, crashes, escapes, mismatches }' "$report"
exit "$status"
