#!/usr/bin/env bash
# `gocc -m` (the front end, the IR builder, the inliner and escape analysis) on every Go file of
# the test suite, valid or not: each run must end with gc-style diagnostics or a report, never a
# signal or a timeout, and may print "internal compiler error" only for the files listed in
# escape_internal_errors.txt (known gaps of the checker, each a bug to fix).
#   escape_no_crash.sh GOCC TESTROOT
set -uo pipefail
gocc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") root=${2%/}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
known=$here/escape_internal_errors.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export gocc out
cd "$root" || exit 1
find . -name '*.go' -not -path '*.dir/*' | sed 's|^\./||' | sort > "$out/files"
# One line per bad file: "FILE: why".
xargs -P "$(nproc)" -n 1 bash -c '
  timeout 20 "$gocc" -m "$0" > /dev/null 2> "$out/err.$$"
  rc=$?
  if [ $rc -ge 124 ]; then echo "$0: exit $rc"; fi
  if grep -q "internal compiler error" "$out/err.$$"; then echo "$0: internal compiler error"; fi
  rm -f "$out/err.$$"
' < "$out/files" | sort > "$out/bad"
total=$(wc -l < "$out/files")
grep -v '^#' "$known" | sort > "$out/known"
new=$(cut -d: -f1 "$out/bad" | sort -u | comm -23 - "$out/known")
fixed=$(cut -d: -f1 "$out/bad" | sort -u | comm -13 - "$out/known")
if [ -n "$new" ]; then
  echo "FAIL: gocc -m crashed, timed out or hit an internal error on:"
  grep -F -f <(echo "$new") "$out/bad"
  exit 1
fi
if [ -n "$fixed" ]; then
  echo "FAIL: no longer failing, remove from escape_internal_errors.txt: $fixed"
  exit 1
fi
echo "escape_no_crash: $total files, $(wc -l < "$out/known") known internal errors"
