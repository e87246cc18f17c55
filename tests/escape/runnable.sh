#!/usr/bin/env bash
# Soundness on the cases of acceptance 1 (issue 5, acceptance 3): every Go escape test gocc
# passes (tests/gosuite/escape.txt) becomes a program (runnable_gen.py) that runs one of its
# niladic functions, by name, under recover(). Each function runs compiled by gc and by gocc;
# gocc's under GOCCDEBUG=gcstress=1,stackcheck=1 (a collection before every allocation that
# fails if a heap object or package variable points into a stack: runtime/gc.c). gocc's run
# must exit as gc's does and print the same stdout (unless the function starts goroutines, which
# may or may not run before the program exits, or two gc runs disagree), with no stackcheck
# error. Functions that do not finish under gc within the
# timeout (loops, blocking) are not compared.
#   runnable.sh GOCC GO GOROOT_TEST
set -uo pipefail
gocc=$1 go=$2 goroot_test=$3
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/gocache GO111MODULE=off
fail=0 ran=0 skipped=0
while IFS= read -r line; do
  f=${line%%#*}
  f=${f//[[:space:]]/}
  [[ -z $f ]] && continue
  name=$(basename "$f" .go)
  dir=$tmp/$name
  mkdir -p "$dir"
  python3 "$here/runnable_gen.py" "$goroot_test/$f" "$dir/prog.go" > "$dir/funcs" || { echo "FAIL $f: gen"; fail=1; continue; }
  if ! (cd "$dir" && "$go" build -o gc.exe prog.go) > "$dir/gc.err" 2>&1; then
    echo "SKIP $f: gc cannot build it as a program: $(head -1 "$dir/gc.err")"
    continue
  fi
  if ! "$gocc" build -o "$dir/gocc.exe" "$dir/prog.go" > "$dir/gocc.err" 2>&1; then
    echo "FAIL $f: gocc cannot build it: $(head -3 "$dir/gocc.err")"
    fail=1
    continue
  fi
  while read -r fn goroutines; do
    timeout 2 "$dir/gc.exe" "$fn" > "$dir/gc.out" 2> /dev/null
    want=$?
    if [[ $want -eq 124 ]]; then
      skipped=$((skipped + 1))
      continue
    fi
    # Output that differs between two gc runs (goroutines racing to print) is not compared.
    timeout 2 "$dir/gc.exe" "$fn" > "$dir/gc2.out" 2> /dev/null
    cmp -s "$dir/gc.out" "$dir/gc2.out" || cp "$dir/gc.out" "$dir/gocc.out.ignored"
    GOCCDEBUG=gcstress=1,stackcheck=1 timeout 60 "$dir/gocc.exe" "$fn" > "$dir/gocc.out" 2> "$dir/gocc.stderr"
    got=$?
    ran=$((ran + 1))
    same_out=1
    if [[ -z $goroutines && ! -e $dir/gocc.out.ignored ]] && ! cmp -s "$dir/gc.out" "$dir/gocc.out"; then same_out=0; fi
    rm -f "$dir/gocc.out.ignored"
    if [[ $got -ne $want || $same_out -eq 0 ]] || grep -q stackcheck "$dir/gocc.stderr"; then
      echo "FAIL $f $fn: exit $got (gc: $want)"
      head -3 "$dir/gocc.stderr"
      fail=1
    fi
  done < "$dir/funcs"
done < "$here/../gosuite/escape.txt"
echo "runnable escape tests: $ran functions run under gcstress+stackcheck, as gc runs them; $skipped not finishing under gc"
exit $fail
