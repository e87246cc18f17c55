#!/usr/bin/env bash
# The escape summaries cache (driver/summaries.h) changes nothing but speed: for every tests/run
# program and every Go escape test of tests/gosuite/escape.txt, `gocc -m` prints the same lines
# and exits the same with the cache off (GOCCCACHE=off), cold (a fresh cache: a miss, which
# stores the imports' summaries) and warm (a hit: the imports are not analysed; GOCCDEBUG=cache=1
# must say so for a program with imports).
#   summary_cache.sh GOCC GOROOT_TEST
set -uo pipefail
gocc=$1 goroot_test=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=("$here"/../run/*.go)
while IFS= read -r line; do
  f=${line%%#*}
  f=${f//[[:space:]]/}
  [[ -n $f ]] && files+=("$goroot_test/$f")
done < "$here/../gosuite/escape.txt"
fail=0 hits=0
for src in "${files[@]}"; do
  name=$(basename "$src")
  GOCCCACHE=off "$gocc" -m -l "$src" > "$tmp/off" 2>&1
  off=$?
  rm -rf "$tmp/cache"
  GOCCCACHE=$tmp/cache "$gocc" -m -l "$src" > "$tmp/cold" 2>&1
  cold=$?
  GOCCCACHE=$tmp/cache GOCCDEBUG=cache=1 "$gocc" -m -l "$src" > "$tmp/warm" 2> "$tmp/trace"
  warm=$?
  grep -v '^gocc: escape summaries ' "$tmp/trace" >> "$tmp/warm"
  if [[ $off -ne $cold || $off -ne $warm ]] || ! cmp -s "$tmp/off" "$tmp/cold" || ! cmp -s "$tmp/off" "$tmp/warm"; then
    echo "FAIL $name: exit $off/$cold/$warm (off/cold/warm)"
    diff "$tmp/off" "$tmp/warm" | head -5
    fail=1
    continue
  fi
  if grep -q '^gocc: escape summaries miss' "$tmp/trace"; then
    echo "FAIL $name: the second run missed the cache"
    fail=1
  fi
  grep -q '^gocc: escape summaries hit' "$tmp/trace" && hits=$((hits + 1))
done
echo "summary cache: ${#files[@]} programs, the same -m output off, cold and warm; $hits warm hits"
[[ $hits -gt 0 ]] || { echo "FAIL: no program hit the cache"; fail=1; }
exit $fail
