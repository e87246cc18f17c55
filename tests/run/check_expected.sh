#!/usr/bin/env bash
# Keeps the expected files honest: regenerates every program's stdout/stderr/exitcode with Go
# (GO, e.g. /usr/lib/go-1.19/bin/go) into a temporary directory and diffs them against the
# committed NAME.stdout/NAME.stderr/NAME.exitcode. Also fails if an expected file is missing or
# one exists without its NAME.go. Exits 1 on any difference. ctest: run.expected.
set -uo pipefail
if [[ $# -ne 1 ]]; then echo "usage: $0 GO" >&2; exit 2; fi
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
"$here/gen_expected.sh" "$1" "$tmp/out" || status=1
n=0
for src in "$here"/*.go; do
  name=$(basename "$src" .go)
  n=$((n + 1))
  for ext in stdout stderr exitcode; do
    if [[ ! -f "$here/$name.$ext" ]]; then
      echo "MISSING $name.$ext"; status=1
    elif ! diff -u --label "committed/$name.$ext" --label "go/$name.$ext" "$here/$name.$ext" "$tmp/out/$name.$ext"; then
      status=1
    fi
  done
done
for f in "$here"/*.stdout "$here"/*.stderr "$here"/*.exitcode "$here"/*.env; do
  [[ -e $f ]] || continue
  base=${f%.*}
  [[ -f $base.go ]] || { echo "ORPHAN $(basename "$f") (no $(basename "$base").go)"; status=1; }
done
if [[ $status -eq 0 ]]; then echo "expected files of $n programs equal Go's output"; else echo "expected files differ from Go's output"; fi
exit $status
