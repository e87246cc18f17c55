#!/usr/bin/env bash
# Regenerates the expected -m lines of every tests/run/NAME.go that Go 1.19 builds, file paths
# reduced to the base name, sorted:
#   diff/NAME.m          `go build -gcflags='-m -l'` (escape analysis alone)
#   diff_inline/NAME.m   `go build -gcflags='-m'` (with inlining, the standard library's too)
#   gen_diff.sh [GO]
set -uo pipefail
go=${1:-/usr/lib/go-1.19/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
run=$here/../run
tmp=$(mktemp -d /tmp/build-esc-gen.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$here/diff" "$here/diff_inline"
for f in "$run"/*.go; do
  name=$(basename "$f" .go)
  cp "$f" "$tmp/$name.go"
  for mode in diff diff_inline; do
    flags='-m -l'
    [[ $mode == diff_inline ]] && flags='-m'
    if (cd "$tmp" && GO111MODULE=off "$go" build -gcflags="$flags" -o "$tmp/$name.bin" "$name.go") > "$tmp/$name.out" 2>&1; then
      grep -v '^#' "$tmp/$name.out" | sed -E 's|^(\./)?([^/:]*/)*([^/:]+\.go):|\3:|' | LC_ALL=C sort > "$here/$mode/$name.m"
    fi
  done
  rm -f "$tmp/$name.go" "$tmp/$name.bin"
done
