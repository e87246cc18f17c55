#!/usr/bin/env bash
# parse_all.sh GOCC SRCROOT WORKDIR: every non-testdata .go file under SRCROOT must parse with
# zero errors (issue 2, acceptance 2).
set -euo pipefail
gocc=$1 src=$2 work=$3
mkdir -p "$work"
find "$src" -type d -name testdata -prune -o -type f -name '*.go' -print | LC_ALL=C sort > "$work/parse_files.txt"
count=$(wc -l < "$work/parse_files.txt")
if [ "$count" -lt 4000 ]; then
  echo "parse_all: only $count files under $src" >&2
  exit 1
fi
if ! "$gocc" parse -e --list "$work/parse_files.txt" > "$work/parse_errors.txt" 2>&1; then
  echo "parse_all: FAIL: errors in the Go source tree:" >&2
  head -20 "$work/parse_errors.txt" >&2
  exit 1
fi
if [ -s "$work/parse_errors.txt" ]; then
  echo "parse_all: FAIL: unexpected output:" >&2
  head -20 "$work/parse_errors.txt" >&2
  exit 1
fi
echo "parse_all: OK: $count files, $(cat $(cat "$work/parse_files.txt") | wc -l) lines, no errors"
