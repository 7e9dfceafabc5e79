#!/usr/bin/env bash
# Leak check of the figures executable under valgrind's memcheck: a curve figure and a
# heatmap figure rendered to PNG and PDF, plus two failing runs (a table error, and an
# output file that cannot be written after the pages were drawn), so that surfaces,
# contexts and fonts are seen released on error paths too.
#
# Usage: Scripts/leak-check.sh [figure ...]   (default: 05-elbow-inertia 17-confusion-gmm)
#
# Builds the release product, runs each case under
#   valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99
# and prints the "definitely lost" line of each; the script fails when any case has
# definitely lost bytes, any other memcheck error, or an unexpected exit status.
# (valgrind 3.19 works on the plain executable; it crashes under the Swift Testing runner,
# which is why this is a script and not a test.)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
figures=("$@")
[ ${#figures[@]} -gt 0 ] || figures=(05-elbow-inertia 17-confusion-gmm)

swift build -c release --product figures >/dev/null
bin="$(swift build -c release --show-bin-path)/figures"
work="$(mktemp -d "${TMPDIR:-/tmp}/leak-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT

failures=0
# check LABEL EXPECTED-STATUS ARGS...: runs one case and reports its leak summary.
check() {
    local label="$1" expected="$2"
    shift 2
    local log="$work/$label.log" status=0
    valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
        --log-file="$log" "$bin" "$@" >"$work/$label.out" 2>"$work/$label.err" || status=$?
    local lost errors
    lost="$(grep -E 'definitely lost:' "$log" | sed -E 's/.*definitely lost: //' | tail -1)"
    [ -n "$lost" ] || lost="0 bytes in 0 blocks (no leaks found)"
    errors="$(grep -E 'ERROR SUMMARY:' "$log" | sed -E 's/.*ERROR SUMMARY: ([0-9]+) errors.*/\1/' | tail -1)"
    printf '%-22s exit %-3s (expected %s)  definitely lost: %s; memcheck errors: %s\n' \
        "$label" "$status" "$expected" "$lost" "${errors:-?}"
    if [ "$status" != "$expected" ]; then
        failures=$((failures + 1))
        echo "  stderr: $(head -c 400 "$work/$label.err")"
        echo "  valgrind log kept below:"; sed 's/^/    /' "$log" | tail -40
    fi
}

check render-png-pdf 0 render "${figures[@]}" --format png,pdf --out "$work/out"
printf 'source_id_1,vx,vy,vz,En,Lz,apogee,feh,alpha,flag\n1,fast,2,3,4,5,x,6,7,0\n' >"$work/bad.csv"
check bad-table 1 render "${figures[@]}" --data "$work/bad.csv" --out "$work/bad-out"
mkdir -p "$work/blocked/${figures[0]}.png"
check unwritable-output 1 render "${figures[0]}" --format png --out "$work/blocked"

if [ "$failures" -gt 0 ]; then
    echo "leak check failed: $failures case(s) leaked, had memcheck errors or exited unexpectedly" >&2
    exit 1
fi
echo "leak check passed: no definitely lost bytes, no memcheck errors"
