#!/bin/sh
# Stand-in for gocc that uses gc itself, to test the errorcheck harness end to
# end: compiles FILE the way run.go's errorcheck action does (minus the test's
# own gc flags and -d=panic/-d=ssa/check/on).
#   gc_compile.sh [parse] FILE.go
# A leading "parse" argument is accepted and ignored, so this script can stand
# in for `gocc parse` in tests/gosuite/run_list.sh.
#
# NB: the object goes to a private temp dir, never to -o /dev/null: gc removes
# its -o file when compilation fails, which (as root) deletes /dev/null.
GO="${GO:-/usr/lib/go-1.19/bin/go}"
if [ "$1" = parse ]; then shift; fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/gc_compile.XXXXXX") || exit 3
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT TERM
"$GO" tool compile -p=p -C -e -o "$dir/a.o" "$@"
