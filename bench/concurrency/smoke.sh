#!/usr/bin/env bash
# Smoke test of the concurrency benchmarks (ctest bench.concurrency_smoke): each program is built
# with gc and with gocc (-O$OPT, default 0: the compile dominates this test) and run at a tiny
# size — the timer programs with both timer backends; gocc's stdout must equal gc's and every
# run must exit 0. Not a benchmark: run.py is.
#   smoke.sh GOCC GO
set -uo pipefail
if [[ $# -ne 2 ]]; then echo "usage: $0 GOCC GO" >&2; exit 2; fi
gocc=$1 go=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE=${GOCACHE:-$tmp/gocache} GOFLAGS= GO111MODULE=off
unset GOCCDEBUG GOMAXPROCS
declare -A size=([timers_afterfunc]="3000" [timers_stop_reset]="3000 200" [pingpong]="2000"
                 [goroutines]="2000")
fail=0
for src in "$here"/*.go; do
  name=$(basename "$src" .go)
  args=${size[$name]:-}
  if [[ -z $args ]]; then echo "FAIL $name: no smoke size in smoke.sh"; fail=1; continue; fi
  if ! "$go" build -o "$tmp/$name.gc" "$src" 2>"$tmp/err"; then
    echo "FAIL $name: go build failed: $(head -3 "$tmp/err")"; fail=1; continue
  fi
  if ! "$gocc" compile "-O${OPT:-0}" -o "$tmp/$name.gocc" "$src" 2>"$tmp/err"; then
    echo "FAIL $name: gocc compile failed: $(head -3 "$tmp/err")"; fail=1; continue
  fi
  # shellcheck disable=SC2086
  "$tmp/$name.gc" $args >"$tmp/$name.want" 2>/dev/null || { echo "FAIL $name: the gc binary exited $?"; fail=1; continue; }
  backends=(heap)
  [[ $name == timers_* ]] && backends=(heap wheel)
  for b in "${backends[@]}"; do
    # shellcheck disable=SC2086
    GOCCDEBUG=timers=$b "$tmp/$name.gocc" $args >"$tmp/$name.got" 2>"$tmp/err" || {
      echo "FAIL $name ($b): the gocc binary exited $?: $(head -3 "$tmp/err")"; fail=1; continue; }
    if cmp -s "$tmp/$name.want" "$tmp/$name.got"; then
      echo "PASS $name ($b)"
    else
      echo "FAIL $name ($b): output differs from gc's"; fail=1
    fi
  done
done
exit $fail
