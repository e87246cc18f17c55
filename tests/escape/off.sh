#!/usr/bin/env bash
# Soundness (issue 5, acceptance 3): escape analysis changes where memory lives, never what a
# program does. Every tests/run program (but those of off_known.txt, whose output is an
# allocation count or a buffer's capacity) and every Go run test of tests/gosuite/run.txt
# passes compiled with the analysis off (GOCCDEBUG=noescape=1: every site on the heap) at -O0,
# as run.gocc and gosuite.run check it on.
#   off.sh GOCC GOROOT_TEST
set -uo pipefail
gocc=$1 goroot_test=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed 's/#.*//; s/[[:space:]]//g; /^$/d' "$here/off_known.txt" > "$tmp/known"
sed 's/#.*//; s/[[:space:]]//g; s/\.go$//; /^$/d' "$here/../run/passing.txt" | grep -vxF -f "$tmp/known" > "$tmp/list"
export GOCCDEBUG=noescape=1
status=0
"$here/../run/run.sh" "$gocc" 0 "$tmp/list" | tail -1 || status=1
OPT=0 "$here/../gosuite/run.sh" "$gocc" "$here/../gosuite/run.txt" "$goroot_test" | tail -1 || status=1
exit $status
