#!/bin/sh
# Runs the stand-in program ($1) through the runtime's main(): normal exit, os.Exit, an
# unrecovered runtime error (gc's text, exit status 2), os.Getenv and GOCCDEBUG=allocs=1.
prog=$1
fail() { echo "FAIL: $*"; exit 1; }

out=$("$prog" a b 2>&1); rc=$?
[ $rc -eq 0 ] || fail "plain run exited $rc"
[ "$out" = "init true args 3" ] || fail "plain run printed: $out"

"$prog" exit >/dev/null 2>&1; rc=$?
[ $rc -eq 3 ] || fail "os.Exit(3) exited $rc"

out=$("$prog" index 2>&1); rc=$?
[ $rc -eq 2 ] || fail "panic exited $rc"
expected="init true args 2
panic: runtime error: index out of range [5] with length 3

goroutine 1 [running]:
	(gocc: no traceback)"
[ "$out" = "$expected" ] || fail "panic printed: $out"

out=$(GOCC_TEST_VAR=hello "$prog" env 2>/dev/null)
[ "$out" = "hello" ] || fail "getenv printed: $out"

out=$(GOCCDEBUG=allocs=1 "$prog" 2>&1 >/dev/null | tail -n 1)
echo "$out" | grep -Eq '^gocc: allocs=[1-9][0-9]* bytes=[1-9][0-9]*$' || fail "allocs=1 printed: $out"
echo PASS
