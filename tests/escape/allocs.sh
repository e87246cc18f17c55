#!/usr/bin/env bash
# Report against code (docs/escape.md): for each tests/escape/allocs program, every heap site
# of `gocc -m` ("moved to heap", "escapes to heap") runs exactly once, so the heap allocations
# the compiled program counts (GOCCDEBUG=allocs=1) must be those of the empty program plus one per
# reported site: a site reported on the heap but put on the stack, or reported on the stack but
# heap-allocated, changes the count. The program's output (stdout, then stderr) must be Go 1.19's
# (NAME.out, from `go run NAME.go > NAME.out 2>&1`), which
# fails when a stack-allocated object is used after its frame returned. The same programs with
# the analysis off (GOCCDEBUG=noescape=1 at compile time) must allocate more: the check can fail.
# GOCCDEBUG=allocs=2 must then list, as its per-site counts, exactly the report's heap sites, at
# the report's positions, one allocation each (joining the report and the counts on position).
# Run with GOCCDEBUG=gcstress=1,stackcheck=1, no heap object may point into a stack.
# Report and build both use -l: an inlined function's own sites would not run once each.
#   allocs.sh GOCC
set -uo pipefail
gocc=$1
here=$(cd "$(dirname "$0")" && pwd)/allocs
tmp=$(mktemp -d /tmp/escape-allocs.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
# Runs a compiled program, checks its output, prints its allocation count.
allocs() {
  local exe=$1 name=$2
  if ! GOCCDEBUG=allocs=1 "$exe" > "$tmp/out" 2> "$tmp/err"; then
    echo "FAIL $name: exit status $?" >&2
    return 1
  fi
  grep -v '^gocc: allocs=' "$tmp/err" >> "$tmp/out"  # println writes to stderr
  if ! diff -u "$here/$name.out" "$tmp/out" >&2; then
    echo "FAIL $name: output differs from Go's" >&2
    return 1
  fi
  sed -n 's/^gocc: allocs=\([0-9]*\) .*/\1/p' "$tmp/err"
}
"$gocc" build -o "$tmp/empty" "$here/empty.go" || exit 1
base=$(allocs "$tmp/empty" empty) || exit 1
[[ -n $base ]] || { echo "no allocs= line from the empty program" >&2; exit 1; }
failed=0
for src in "$here"/*.go; do
  name=$(basename "$src" .go)
  [[ $name == empty ]] && continue
  sites=$("$gocc" -m -l "$src" | grep -cE 'escapes to heap|moved to heap')
  if ! "$gocc" build -l -o "$tmp/$name" "$src" || ! n=$(allocs "$tmp/$name" "$name"); then
    failed=1
    continue
  fi
  if [[ $((n - base)) -ne $sites ]]; then
    echo "FAIL $name: $((n - base)) heap allocations, the report has $sites heap sites"
    "$gocc" -m -l "$src"
    failed=1
    continue
  fi
  if ! GOCCDEBUG=noescape=1 "$gocc" build -l -o "$tmp/$name.off" "$src" || ! off=$(allocs "$tmp/$name.off" "$name"); then
    failed=1
    continue
  fi
  if [[ $((off - base)) -le $sites ]]; then
    echo "FAIL $name: with the analysis off $((off - base)) allocations, not more than the $sites heap sites"
    failed=1
    continue
  fi
  # Per site: "gocc: site FILE:L:C: 1 alloc, ..." for each reported position, and no other.
  "$gocc" -m -l "$src" | grep -E 'escapes to heap|moved to heap' | cut -d: -f1-3 | sort > "$tmp/want"
  GOCCDEBUG=allocs=2 "$tmp/$name" 2>&1 >/dev/null | grep '^gocc: site ' | grep -v '^gocc: site runtime:' \
    | sed 's/^gocc: site //' > "$tmp/sites"
  sed -n 's/^\(.*:[0-9]*:[0-9]*\): 1 alloc, .*/\1/p' "$tmp/sites" | sort > "$tmp/got"
  if ! diff -u "$tmp/want" "$tmp/got" >&2 || [[ $(wc -l < "$tmp/sites") -ne $(wc -l < "$tmp/got") ]]; then
    echo "FAIL $name: GOCCDEBUG=allocs=2 sites are not the report's heap sites, once each:"
    cat "$tmp/sites"
    failed=1
    continue
  fi
  # Soundness (runtime/gc.c): with a collection before every allocation, no heap object or
  # package variable may point into a stack, and the output stays Go's.
  if ! GOCCDEBUG=gcstress=1,stackcheck=1 "$tmp/$name" > "$tmp/out.sc" 2>&1 || ! diff -q "$here/$name.out" "$tmp/out.sc" > /dev/null; then
    echo "FAIL $name: under GOCCDEBUG=gcstress=1,stackcheck=1:"
    tail -3 "$tmp/out.sc"
    failed=1
    continue
  fi
  echo "ok $name: $sites heap sites, $((n - base)) allocations ($((off - base)) with the analysis off), each counted at its site; stackcheck clean"
done
exit $failed
