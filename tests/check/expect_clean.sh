#!/bin/sh
# Runs `GOCC check FILE` and passes only if it exits 0 and prints nothing
# (on stdout or stderr), as gc does for a valid program.
#   expect_clean.sh GOCC FILE
if [ $# -ne 2 ]; then
  echo "usage: $0 GOCC FILE" >&2
  exit 2
fi
out=$("$1" check "$2" 2>&1)
rc=$?
if [ $rc -ne 0 ] || [ -n "$out" ]; then
  echo "FAIL $2 (exit $rc)"
  [ -n "$out" ] && printf '%s\n' "$out"
  exit 1
fi
exit 0
