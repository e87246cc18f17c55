#!/usr/bin/env bash
# Every examples/NAME/main.go: Go 1.19's `go run` prints examples/NAME/expected.txt (so the file
# comes from Go), and so does gocc's `gocc run` at -O2. slicegrowth runs under
# GOCCDEBUG=growslice=go1.18: gocc's default growth is the seed notes' rule (examples/README.md).
#   examples.sh GOCC GO
set -uo pipefail
gocc=$1 go=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d /tmp/gocc-examples.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0
for dir in "$root"/examples/*/; do
  name=$(basename "$dir")
  [[ -f $dir/main.go && -f $dir/expected.txt ]] || continue
  n=$((n + 1))
  (cd "$dir" && GO111MODULE=off GOCACHE=$tmp/gocache "$go" run main.go) > "$tmp/go.out" 2>&1
  if ! diff -q "$tmp/go.out" "$dir/expected.txt" > /dev/null; then
    echo "FAIL $name: go run differs from expected.txt"; diff "$dir/expected.txt" "$tmp/go.out" | head -5
    fail=1; continue
  fi
  debug=
  [[ $name == slicegrowth ]] && debug=growslice=go1.18
  GOCCDEBUG=$debug "$gocc" run "$dir" > "$tmp/gocc.out" 2>&1
  rc=$?
  if [[ $rc -ne 0 ]] || ! diff -q "$tmp/gocc.out" "$dir/expected.txt" > /dev/null; then
    echo "FAIL $name: gocc run (exit $rc) differs from expected.txt"; diff "$dir/expected.txt" "$tmp/gocc.out" | head -5
    fail=1; continue
  fi
  echo "PASS $name"
done
echo "$n examples"
[[ $n -gt 0 && $fail -eq 0 ]]
