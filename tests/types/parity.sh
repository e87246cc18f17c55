#!/usr/bin/env bash
# Type parity between gocc's checker and go/types.
#
# usage: parity.sh GOCC TYPES_DUMP KNOWN FILE...
#
# For every FILE (a package main on its own), `GOCC types FILE` without its trailing
# `// expression` comments and type/built-in rows must equal `TYPES_DUMP FILE` (the go/types
# oracle, types_dump.go). KNOWN lists files with known differences (one base name per line,
# `#` comments): they are reported but do not fail the test, and a known file that now
# matches fails it (take it off the list).
set -u -o pipefail
GOCC=$1 DUMP=$2 KNOWN=$3
shift 3
export LC_ALL=C
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
known=$(grep -v '^#' "$KNOWN" | sed 's/[[:space:]].*//' | grep -v '^$')
pass=0 fail=0 knownfail=0 status=0
mkdir "$tmp/go"
"$DUMP" -out "$tmp/go" "$@" || { echo "FAIL: $DUMP failed"; exit 1; }
i=0
for f in "$@"; do
  i=$((i + 1))
  name=$(basename "$f")
  [ "$name" = main.go ] && name=$(basename "$(dirname "$f")")/main.go
  if [ -e "$tmp/go/$i.err" ]; then
    echo "FAIL $f: go/types rejects it"; cat "$tmp/go/$i.err"; status=1; continue
  fi
  cp "$tmp/go/$i.txt" "$tmp/go.txt"
  "$GOCC" types "$f" 2>"$tmp/gocc.err" | sed 's/\t\/\/ .*//' | grep -v -E '^[^ ]+ [A-Za-z]+ (type|builtin) ' >"$tmp/gocc.txt"
  if grep -qx "$name" <<<"$known"; then
    if cmp -s "$tmp/go.txt" "$tmp/gocc.txt"; then
      echo "FAIL $f: listed in $(basename "$KNOWN") but now matches go/types"
      status=1
    else
      knownfail=$((knownfail + 1))
    fi
    continue
  fi
  if cmp -s "$tmp/go.txt" "$tmp/gocc.txt"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)) status=1
    echo "FAIL $f"
    diff "$tmp/go.txt" "$tmp/gocc.txt" | head -10
  fi
done
echo "types.parity: $pass match go/types, $fail differ, $knownfail known differences"
exit $status
