#!/usr/bin/env bash
# Shared by update_expected.sh and check_expected.sh; not meant to be run by hand.
#   gen_expected.sh GO OUTDIR [NAME.go ...]
# Builds each tests/run program (all of them without arguments) with Go's `go build` into a
# temporary directory, runs the binary (never `go run`: it adds "exit status N" to stderr) with
# the environment from NAME.env if present, and writes OUTDIR/NAME.stdout, NAME.stderr (normalised
# by normalize_stderr.sh) and NAME.exitcode. Exits 1 if a program fails to build.
set -uo pipefail
if [[ $# -lt 2 ]]; then echo "usage: $0 GO OUTDIR [NAME.go ...]" >&2; exit 2; fi
go=$1 out=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOENV=off GOFLAGS= GO111MODULE=off GOTOOLCHAIN=local
export GOCACHE=${GOCACHE:-$tmp/gocache}
if [[ $# -eq 0 ]]; then set -- "$here"/*.go; fi
status=0
for src in "$@"; do
  name=$(basename "$src" .go)
  src="$here/$name.go"
  if ! (cd "$tmp" && "$go" build -o "$tmp/$name" "$src") >"$tmp/build.log" 2>&1; then
    echo "BUILD FAILED: $name.go" >&2; cat "$tmp/build.log" >&2; status=1; continue
  fi
  envs=()
  if [[ -f "$here/$name.env" ]]; then
    while IFS= read -r l || [[ -n $l ]]; do [[ -n $l && $l != \#* ]] && envs+=("$l"); done < "$here/$name.env"
  fi
  (cd "$tmp" && env ${envs[@]+"${envs[@]}"} timeout 10 "$tmp/$name" >"$out/$name.stdout" 2>"$tmp/stderr" </dev/null)
  echo $? > "$out/$name.exitcode"
  "$here/normalize_stderr.sh" < "$tmp/stderr" > "$out/$name.stderr"
  rm -f "$tmp/$name"
done
exit $status
