#!/usr/bin/env bash
# --fix round trip (issue 6, acceptance 3):
#  - fix_roundtrip.go: after `gocc layout --fix` the file still type-checks (gocc check, and
#    `go vet` when Go is there), every comment and struct tag of the original is still in it, and
#    `gocc layout --check` exits 0 (no struct can shrink any more); --diff before the fix shows
#    the same change;
#  - fix_refuse.go: every struct is refused with its reason and the file is unchanged.
# Usage: check_fix.sh GOCC [GO]
set -euo pipefail
gocc=$1
go=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

cp "$here/fix_roundtrip.go" "$tmp/f.go"
"$gocc" layout --diff "$tmp/f.go" > "$tmp/diff.txt" 2> "$tmp/diff_log.txt"
"$gocc" layout --fix "$tmp/f.go" 2> "$tmp/fix_log.txt"
cat "$tmp/fix_log.txt"
# --diff applied to the original must give the fixed file.
cp "$here/fix_roundtrip.go" "$tmp/orig.go"
sed "s|$tmp/f.go|orig.go|g" "$tmp/diff.txt" > "$tmp/diff2.txt"
(cd "$tmp" && patch -s orig.go < diff2.txt)
if ! cmp -s "$tmp/orig.go" "$tmp/f.go"; then
  echo "FAIL: --diff applied to the original differs from --fix's result"; fail=1
fi
if cmp -s "$here/fix_roundtrip.go" "$tmp/f.go"; then
  echo "FAIL: --fix changed nothing"; fail=1
fi
if ! "$gocc" check "$tmp/f.go"; then
  echo "FAIL: the fixed file does not type-check"; fail=1
fi
if [ -n "$go" ]; then
  if ! (cd "$tmp" && GO111MODULE=off GOFLAGS= GOCACHE="$tmp/gocache" "$go" vet f.go); then
    echo "FAIL: go vet rejects the fixed file"; fail=1
  fi
fi
# Every comment and tag survives, as many times as before.
extract() { grep -oE '//.*|/\*.*\*/|`[^`]*`' "$1" | sort; }
if ! diff <(extract "$here/fix_roundtrip.go") <(extract "$tmp/f.go"); then
  echo "FAIL: comments or tags lost (< original, > fixed)"; fail=1
fi
set +e
"$gocc" layout --check "$tmp/f.go" > /dev/null
status=$?
set -e
if [ "$status" -ne 0 ]; then
  echo "FAIL: gocc layout --check exits $status after --fix"; fail=1
  "$gocc" layout --format=vet "$tmp/f.go"
fi
# And before the fix it must have exited 3.
set +e
"$gocc" layout --check "$here/fix_roundtrip.go" > /dev/null
status=$?
set -e
if [ "$status" -ne 3 ]; then echo "FAIL: --check exits $status before --fix, want 3"; fail=1; fi

cp "$here/fix_refuse.go" "$tmp/r.go"
"$gocc" layout --fix "$tmp/r.go" 2> "$tmp/refuse_log.txt"
cat "$tmp/refuse_log.txt"
cmp -s "$here/fix_refuse.go" "$tmp/r.go" || { echo "FAIL: fix_refuse.go was changed"; fail=1; }
for want in "Positional: not reordered: a positional composite literal" \
            "Padded: not reordered: it has \`_\` padding fields" \
            "Counter: not reordered: field n is used by 64-bit sync/atomic functions and would sit at offset 4 on 386"; do
  grep -qF "$want" "$tmp/refuse_log.txt" || { echo "FAIL: missing: $want"; fail=1; }
done
[ "$fail" -eq 0 ] && echo "PASS: --fix round trip and refusals"
exit "$fail"
