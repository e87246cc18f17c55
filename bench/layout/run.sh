#!/usr/bin/env bash
# `gocc layout` vs `gocc check` on the same generated package, same run (issue 6, acceptance 5:
# layout must cost less than 1.1x check).
#
# usage: run.sh [GOCC] [LINES] [RUNS]
#   GOCC   the gocc binary (default build/driver/gocc under the repository root)
#   LINES  size of the generated package (default 100000)
#   RUNS   timed runs of each command, interleaved (default 5); the best of each is compared
#
# Prints
#   tool=gocc phase=check  files=F lines=L structs=S seconds=T
#   tool=gocc phase=layout files=F lines=L structs=S seconds=T
#   ratio layout/check = R (target < 1.10)
# `gocc layout` writes its text report (every struct, holes, suggestions) to a file in the temp
# dir, so output formatting is part of the cost. Exit status 0 when it ran, 1 if a command failed.
set -u -o pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GOCC=${1:-$ROOT/build/driver/gocc}
LINES=${2:-100000}
RUNS=${3:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
info=$(python3 "$HERE/gen.py" "$tmp/pkg" "$LINES") || exit 1
files=$(ls "$tmp/pkg" | wc -l)
lines=$(cat "$tmp/pkg"/*.go | wc -l)
"$GOCC" check "$tmp/pkg" || { echo "gocc check failed on the generated package"; exit 1; }
"$GOCC" layout "$tmp/pkg" > "$tmp/report.txt" || { echo "gocc layout failed"; exit 1; }
structs=$(grep -c '^// .*: .* (amd64)' "$tmp/report.txt")
now() { date +%s.%N; }
best_check=999 best_layout=999
for ((i = 0; i < RUNS; i++)); do
  t0=$(now); "$GOCC" check "$tmp/pkg" > /dev/null; t1=$(now)
  "$GOCC" layout "$tmp/pkg" > "$tmp/report.txt"; t2=$(now)
  best_check=$(echo "$t1 - $t0" | bc -l | awk -v b="$best_check" '{print ($1 < b) ? $1 : b}')
  best_layout=$(echo "$t2 - $t1" | bc -l | awk -v b="$best_layout" '{print ($1 < b) ? $1 : b}')
done
printf 'tool=gocc phase=check  files=%d lines=%d structs=%d seconds=%.3f\n' "$files" "$lines" "$structs" "$best_check"
printf 'tool=gocc phase=layout files=%d lines=%d structs=%d seconds=%.3f\n' "$files" "$lines" "$structs" "$best_layout"
awk -v l="$best_layout" -v c="$best_check" 'BEGIN { printf "ratio layout/check = %.3f (target < 1.10)\n", l / c }'
