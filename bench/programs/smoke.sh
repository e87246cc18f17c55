#!/usr/bin/env bash
# Smoke test of the benchmark programs (ctest bench.programs_smoke): each program is built with
# gc and with gocc (-O$OPT, default 0: the compile dominates this test) and run at a small size;
# gocc's stdout must equal gc's byte for byte and both must exit 0. Not a benchmark: run.py is.
#   smoke.sh GOCC GO
set -uo pipefail
if [[ $# -ne 2 ]]; then echo "usage: $0 GOCC GO" >&2; exit 2; fi
gocc=$1 go=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE=${GOCACHE:-$tmp/gocache} GOFLAGS= GO111MODULE=off
# Small sizes: a few milliseconds each.
declare -A size=([binary_trees]=8 [fannkuch_redux]=7 [fasta]=2000 [mandelbrot]=120 [n_body]=2000
                 [spectral_norm]=60 [word_count]=20000 [map_bench]=2000)
fail=0
for src in "$here"/*.go; do
  name=$(basename "$src" .go)
  n=${size[$name]:-}
  if ! "$go" build -o "$tmp/$name.gc" "$src" 2>"$tmp/err"; then
    echo "FAIL $name: go build failed: $(head -3 "$tmp/err")"; fail=1; continue
  fi
  if ! "$gocc" compile "-O${OPT:-0}" -o "$tmp/$name.gocc" "$src" 2>"$tmp/err"; then
    echo "FAIL $name: gocc compile failed: $(head -3 "$tmp/err")"; fail=1; continue
  fi
  "$tmp/$name.gc" $n >"$tmp/$name.want" || { echo "FAIL $name: the gc binary exited $?"; fail=1; continue; }
  "$tmp/$name.gocc" $n >"$tmp/$name.got" 2>"$tmp/err" || {
    echo "FAIL $name: the gocc binary exited $?: $(head -3 "$tmp/err")"; fail=1; continue; }
  if cmp -s "$tmp/$name.want" "$tmp/$name.got"; then
    echo "PASS $name"
  else
    echo "FAIL $name: output differs from gc's"; fail=1
  fi
done
exit $fail
