#!/usr/bin/env bash
# The concurrent programs with the timing wheel instead of the timer heap (ctest
# runtime.timers_wheel; docs/timers.md): every tests/run/conc program at -O0 (tests/run/conc/run.sh) and
# the goroutine/channel/select section of tests/gosuite/run.txt (tests/gosuite/run.sh), with
# GOCCDEBUG=timers=wheel in the programs' environment. Same expected outputs (from Go 1.19).
#   timers_wheel.sh GOCC [TESTROOT]
set -uo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then echo "usage: $0 GOCC [TESTROOT]" >&2; exit 2; fi
gocc=$1 root=${2:-/usr/share/go-1.19/test}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tests=$(dirname "$here")
list=$(mktemp)
trap 'rm -f "$list"' EXIT
export GOCCDEBUG=timers=wheel
status=0
"$tests/run/conc/run.sh" gocc "$gocc" 0 || status=1
awk '/^# goroutines/ {on = 1; next} /^#/ {on = 0} on' "$tests/gosuite/run.txt" > "$list"
if [[ ! -s $list ]]; then echo "FAIL: no goroutine section in tests/gosuite/run.txt"; exit 1; fi
OPT=0 "$tests/gosuite/run.sh" "$gocc" "$list" "$root" || status=1
exit $status
