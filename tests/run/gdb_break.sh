#!/usr/bin/env bash
# ctest run.gdb_break: `gocc compile -g` emits DWARF line tables that gdb can use:
# at -O0 `break break_line.go:4` stops in main.add at that line and the backtrace shows main.main
# at the call's line (through the runtime's switch to main's own stack); at -O2 the breakpoint
# resolves to that line. Needs gdb (setup.sh).
#   gdb_break.sh GOCC
set -uo pipefail
gocc=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v gdb >/dev/null || { echo "FAIL: gdb is not installed (scripts/setup.sh installs it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/gdb/break_line.go" "$tmp/"
cd "$tmp" || exit 1
fail=0
for opt in 0 2; do
  "$gocc" compile -g "-O$opt" -o prog break_line.go || { echo "FAIL -O$opt: compile"; fail=1; continue; }
  out=$(gdb -nx -batch -ex 'break break_line.go:4' -ex run -ex bt ./prog 2>&1)
  # At -O2 add is inlined and folded: the breakpoint must still resolve to the line.
  want_stop="^Breakpoint 1, main.add \(.*\) at break_line.go:4" want_caller="main.main () at break_line.go:9"
  if [[ $opt == 2 ]]; then want_stop="" want_caller=""; fi
  if grep -Eq "^Breakpoint 1 at .*: file break_line.go, line 4\." <<<"$out" &&
     { [[ -z $want_stop ]] || grep -Eq "$want_stop" <<<"$out"; } &&
     { [[ -z $want_caller ]] || grep -Fq "$want_caller" <<<"$out"; }; then
    echo "PASS -O$opt"
  else
    echo "FAIL -O$opt: gdb did not stop at break_line.go:4 as expected:"; echo "$out" | grep -v '^\[' | head -20; fail=1
  fi
done
exit $fail
