#!/usr/bin/env bash
# Regenerates tests/escape/diff/NAME.m from Go 1.19 for every tests/run/NAME.go that go builds:
# the lines of `go build -gcflags='-m -l'`, file paths reduced to the base name, sorted.
#   gen_diff.sh [GO]
set -uo pipefail
go=${1:-/usr/lib/go-1.19/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
run=$here/../run
tmp=$(mktemp -d /tmp/build-esc-gen.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for f in "$run"/*.go; do
  name=$(basename "$f" .go)
  cp "$f" "$tmp/$name.go"
  if (cd "$tmp" && GO111MODULE=off "$go" build -gcflags='-m -l' -o "$tmp/$name.bin" "$name.go") > "$tmp/$name.out" 2>&1; then
    grep -v '^#' "$tmp/$name.out" | sed -E 's|^(\./)?([^/:]*/)*([^/:]+\.go):|\3:|' | LC_ALL=C sort > "$here/diff/$name.m"
  fi
  rm -f "$tmp/$name.go" "$tmp/$name.bin"
done
