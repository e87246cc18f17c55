#!/usr/bin/env bash
# Programs that exercise bundled stdlib packages under gocc, with Go 1.19's output:
#   run.sh expected GO        build each NAME.go here with Go, run it, and fail if its stdout,
#                             stderr or exit code differs from NAME.stdout/.stderr/.exitcode
#                             (the committed files come from Go, never from gocc)
#   run.sh update GO [NAME..] rewrite those files from Go (review the diff)
#   run.sh gocc GOCC [OPT..]  compile each NAME.go with `GOCC compile -O<OPT>` (default: 0 and 2),
#                             run it and compare with the same files
# Programs run in a temporary directory with no arguments and no input; RUN_TIMEOUT (seconds,
# default 20) bounds each run. Prints PASS/FAIL per program and run; exits 1 on any failure.
set -uo pipefail
if [[ $# -lt 2 ]]; then echo "usage: $0 expected|update GO [NAME...] | $0 gocc GOCC [OPT...]" >&2; exit 2; fi
mode=$1 tool=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
timeout_s=${RUN_TIMEOUT:-20}
export GOENV=off GOFLAGS= GO111MODULE=off GOTOOLCHAIN=local
export GOCACHE=${GOCACHE:-$tmp/gocache}

names=()
for src in "$here"/*.go; do names+=("$(basename "$src" .go)"); done

# run_one BINARY OUTDIR: run it, write OUTDIR/{stdout,stderr,exitcode}.
run_one() {
  mkdir -p "$2"
  (cd "$tmp" && timeout "$timeout_s" "$1" >"$2/stdout" 2>"$2/stderr" </dev/null)
  echo $? > "$2/exitcode"
}

# compare NAME DIR LABEL: 0 if DIR's output is NAME's expected output.
compare() {
  local why="" ext
  for ext in stdout stderr exitcode; do
    if ! cmp -s "$here/$1.$ext" "$2/$ext"; then
      why="$why $ext differs"
      diff -u --label "expected/$1.$ext" --label "$3/$1.$ext" "$here/$1.$ext" "$2/$ext" | head -20
    fi
  done
  if [[ -z $why ]]; then echo "PASS $1 ($3)"; return 0; fi
  echo "FAIL $1 ($3):$why"; return 1
}

status=0
case $mode in
  expected|update)
    if [[ $mode == update && $# -gt 0 ]]; then names=("${@%.go}"); fi
    for name in "${names[@]}"; do
      if ! (cd "$tmp" && "$tool" build -o "$tmp/$name" "$here/$name.go") >"$tmp/build.log" 2>&1; then
        echo "FAIL $name (go build)"; cat "$tmp/build.log"; status=1; continue
      fi
      run_one "$tmp/$name" "$tmp/out.$name"
      if [[ $mode == update ]]; then
        for ext in stdout stderr exitcode; do cp "$tmp/out.$name/$ext" "$here/$name.$ext"; done
        echo "updated $name"
      else
        compare "$name" "$tmp/out.$name" go || status=1
      fi
    done ;;
  gocc)
    opts=("$@")
    if [[ ${#opts[@]} -eq 0 ]]; then opts=(0 2); fi
    for name in "${names[@]}"; do
      for opt in "${opts[@]}"; do
        if ! timeout 300 "$tool" compile "-O$opt" -o "$tmp/$name" "$here/$name.go" >"$tmp/compile.log" 2>&1; then
          echo "FAIL $name (gocc -O$opt): compile failed"; head -5 "$tmp/compile.log"; status=1; continue
        fi
        run_one "$tmp/$name" "$tmp/out.$name.$opt"
        compare "$name" "$tmp/out.$name.$opt" "gocc -O$opt" || status=1
      done
    done ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
exit $status
