#!/usr/bin/env bash
# GOCCDEBUG=stackcheck=1 can fail (runtime/gc.c; issue 5, acceptance 3): stackcheck_bad.go keeps
# a stack address in a heap object behind escape analysis's back. It must run normally without
# the check and stop with the check's fatal error (exit status 2) with it.
#   stackcheck.sh GOCC
set -uo pipefail
gocc=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gocc" build -o "$tmp/bad" "$here/stackcheck_bad.go" || exit 1
out=$("$tmp/bad" 2>&1)
[[ $out == 100 ]] || { echo "FAIL: without the check: $out"; exit 1; }
out=$(GOCCDEBUG=gcstress=1,stackcheck=1 "$tmp/bad" 2>&1)
status=$?
if [[ $status -ne 2 || $out != *"fatal error: stackcheck: heap object word at "*" points into a stack: "* ]]; then
  echo "FAIL: with GOCCDEBUG=gcstress=1,stackcheck=1 (exit status $status): $out"
  exit 1
fi
echo "PASS: $out"
