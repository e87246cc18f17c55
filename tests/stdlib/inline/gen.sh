#!/usr/bin/env bash
# Regenerates gc.txt: gc's inlinability of every function of the standard-library packages
# gocc bundles (stdlib/), from Go 1.19's `go build -a -gcflags=PKG=-m=2 PKG`. One line per
# function: "path.Name COST", COST -1 when gc cannot inline it.
#   gen.sh [GO]
set -euo pipefail
go=${1:-/usr/lib/go-1.19/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
stdlib=$here/../../../stdlib
tmp=$(mktemp -d /tmp/build-inl-gen.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for dir in $(cd "$stdlib" && find . -name '*.go' -printf '%h\n' | sort -u); do
  pkg=${dir#./}
  [[ $pkg == internal/* ]] && continue
  GOCACHE=$tmp/cache GO111MODULE=off "$go" build -a -gcflags="$pkg=-m=2" "$pkg" 2>&1 |
    sed -nE "s|^[^ ]+: can inline ([^ ]+) with cost ([0-9]+) as:.*|$pkg.\1 \2|p; s|^[^ ]+: cannot inline ([^ ]+): .*|$pkg.\1 -1|p"
done | LC_ALL=C sort -u > "$here/gc.txt"
