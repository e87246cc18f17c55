#!/usr/bin/env bash
# The standard library object cache (driver/cache.h, docs/performance.md), ctest cache.stdlib:
#   stdlib_cache.sh GOCC GO
# With a fresh GOCCCACHE: a cold compile misses and fills the cache, a warm one hits the same
# entry, and both binaries print what `go run` prints (and are byte-identical); another -O
# level is another entry; GOCCCACHE=off and -g build without the cache; a changed standard
# library source (a copy under GOCCROOT) is a new entry whose code the binary runs, and so is
# another -march (an unknown one is a usage error); two
# concurrent cold compiles both succeed. GOCCDEBUG=cache=1 makes gocc trace hits and misses.
set -uo pipefail
if [[ $# -ne 2 ]]; then echo "usage: $0 GOCC GO" >&2; exit 2; fi
gocc=$1 go=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE=${GOCACHE:-$tmp/gocache} GOFLAGS= GO111MODULE=off GOCCCACHE=$tmp/cache GOCCDEBUG=cache=1
fail=0
check() {  # check NAME CONDITION-STATUS MESSAGE
  if [[ $2 -eq 0 ]]; then echo "PASS $1"; else echo "FAIL $1: $3"; fail=1; fi
}
# build NAME ARGS...: compile, keeping the trace in $tmp/NAME.trace; returns gocc's status.
build() {
  local name=$1
  shift
  "$gocc" compile "$@" -o "$tmp/$name" 2>"$tmp/$name.trace"
  local st=$?
  [[ $st -eq 0 ]] || { echo "gocc compile $* exited $st:"; head -5 "$tmp/$name.trace"; }
  return $st
}
key() { grep -o 'stdlib cache \(hit\|miss\) [0-9a-f]*' "$tmp/$1.trace" | awk '{print $4}'; }
trace_has() { grep -q "stdlib cache $2" "$tmp/$1.trace"; }

prog=$here/cache_prog.go
"$go" run "$prog" >"$tmp/want" || { echo "FAIL: go run $prog"; exit 1; }

for opt in -O0 -O2; do
  build cold$opt $opt "$prog"
  trace_has cold$opt miss
  check "cold $opt compile misses" $? "$(cat "$tmp/cold$opt.trace")"
  "$tmp/cold$opt" >"$tmp/cold$opt.out"
  cmp -s "$tmp/want" "$tmp/cold$opt.out"
  check "cold $opt binary prints go run's output" $? "$(diff "$tmp/want" "$tmp/cold$opt.out" | head -5)"
  build warm$opt $opt "$prog"
  trace_has warm$opt hit && [[ "$(key warm$opt)" == "$(key cold$opt)" && -n "$(key cold$opt)" ]]
  check "warm $opt compile hits the cold one's entry" $? "$(cat "$tmp/warm$opt.trace")"
  "$tmp/warm$opt" >"$tmp/warm$opt.out"
  cmp -s "$tmp/want" "$tmp/warm$opt.out"
  check "warm $opt binary prints go run's output" $? "$(diff "$tmp/want" "$tmp/warm$opt.out" | head -5)"
  cmp -s "$tmp/cold$opt" "$tmp/warm$opt"
  check "cold and warm $opt binaries are identical" $? "they differ"
done
[[ -n "$(key cold-O0)" && "$(key cold-O0)" != "$(key cold-O2)" ]]
check "-O0 and -O2 are different entries" $? "keys $(key cold-O0) $(key cold-O2)"

# Two programs reaching the same library code share its entry: the library module is canonical
# (its local symbols named and ordered whatever the user's program did first).
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("one") }\n' >"$tmp/one.go"
printf 'package main\n\nimport "fmt"\n\nfunc f(x int) int { return x * 2 }\n\nfunc main() { fmt.Println("two", f(21)) }\n' >"$tmp/two.go"
build one -O0 "$tmp/one.go" && build two -O0 "$tmp/two.go" && [[ -n "$(key one)" && "$(key one)" == "$(key two)" ]] &&
  trace_has two hit && [[ "$("$tmp/one")" == one && "$("$tmp/two")" == "two 42" ]]
check "two programs using the same library code share its entry" $? "keys $(key one) $(key two)"

# -march: the default is the host CPU (native); a portable build for generic x86-64 (or the
# architecture's generic CPU) is another entry, and an unknown CPU is a usage error.
generic=x86-64
[[ $(uname -m) == aarch64 ]] && generic=generic
build generic -O2 -march=$generic "$prog" && trace_has generic miss && "$tmp/generic" | cmp -s "$tmp/want" - &&
  [[ "$(key generic)" != "$(key cold-O2)" ]]
check "-march=$generic is another entry, and its binary prints go run's output" $? "$(cat "$tmp/generic.trace")"
"$gocc" compile -march=no-such-cpu -o "$tmp/bad" "$prog" 2>"$tmp/bad.err"
[[ $? -eq 2 ]] && grep -q "gocc: -march: unknown CPU 'no-such-cpu'" "$tmp/bad.err" && [[ ! -e "$tmp/bad" ]]
check "an unknown -march is a usage error" $? "$(cat "$tmp/bad.err")"

GOCCCACHE=off build off -O0 "$prog" && trace_has off off && "$tmp/off" | cmp -s "$tmp/want" -
check "GOCCCACHE=off builds without the cache" $? "$(cat "$tmp/off.trace")"
build debug -O0 -g "$prog" && trace_has debug off && "$tmp/debug" | cmp -s "$tmp/want" -
check "-g builds without the cache" $? "$(cat "$tmp/debug.trace")"

# A changed standard library: a copy with a function added to strings, then changed.
root=$tmp/root
mkdir -p "$root/lib"
stdlib=$(dirname "$here")/../stdlib
cp -r "$stdlib" "$root/stdlib"
runtime_lib=$(dirname "$(dirname "$gocc")")/runtime/libgoccrt.a
ln -s "$runtime_lib" "$root/lib/libgoccrt.a"
probe_file=$root/stdlib/strings/gocc_cache_probe.go
printf 'package strings\n\nfunc GoccCacheProbe() int { return 1 }\n' >"$probe_file"
GOCCROOT=$root build probe1 -O0 "$here/probe.go" && trace_has probe1 miss && [[ "$("$tmp/probe1")" == 1 ]]
check "a new stdlib function: miss, and the binary runs it" $? "$(cat "$tmp/probe1.trace")"
GOCCROOT=$root build probe1b -O0 "$here/probe.go" && trace_has probe1b hit && [[ "$("$tmp/probe1b")" == 1 ]]
check "the same stdlib again: hit" $? "$(cat "$tmp/probe1b.trace")"
printf 'package strings\n\nfunc GoccCacheProbe() int { return 2 }\n' >"$probe_file"
GOCCROOT=$root build probe2 -O0 "$here/probe.go" && trace_has probe2 miss && [[ "$("$tmp/probe2")" == 2 ]] &&
  [[ "$(key probe2)" != "$(key probe1)" ]]
check "a changed stdlib source: a new entry, and the binary runs the new code" $? "$(cat "$tmp/probe2.trace")"

# Two cold compiles at once into an empty cache: each writes a temporary file and renames it.
export GOCCCACHE=$tmp/cache2
build par1 -O0 "$prog" & p1=$!
build par2 -O0 "$prog" & p2=$!
wait $p1; s1=$?
wait $p2; s2=$?
[[ $s1 -eq 0 && $s2 -eq 0 ]] && "$tmp/par1" | cmp -s "$tmp/want" - && "$tmp/par2" | cmp -s "$tmp/want" - &&
  [[ -z "$(find "$tmp/cache2" -name '*.tmp*')" ]]
check "concurrent cold compiles" $? "statuses $s1 $s2"
exit $fail
