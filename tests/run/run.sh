#!/usr/bin/env bash
# Runs tests/run programs through gocc and compares with Go 1.19's expected output:
#   run.sh GOCC [OPT] [LIST]
# OPT: optimisation level 0..3 (default 2), passed as -O<OPT>. LIST: a file naming the programs to
# run (NAME or NAME.go, one per line, '#' comments); without it every tests/run/*.go runs.
# For each program: `GOCC compile -O<OPT> -o TMP/NAME NAME.go`, run TMP/NAME with the variables of
# NAME.env if present, normalise stderr (normalize_stderr.sh), compare stdout, stderr and exit code
# with NAME.stdout, NAME.stderr, NAME.exitcode. Prints PASS/FAIL per program and a summary; exits 1
# if any program fails. Environment: RUN_TIMEOUT (seconds per program, default 10), RUN_VERBOSE=1
# prints the diffs of failures.
set -uo pipefail
if [[ $# -lt 1 || $# -gt 3 ]]; then echo "usage: $0 GOCC [OPT] [LIST]" >&2; exit 2; fi
gocc=$1 opt=${2:-2} list=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
timeout_s=${RUN_TIMEOUT:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

names=()
if [[ -n $list ]]; then
  while IFS= read -r line || [[ -n $line ]]; do
    f=${line%%#*}; f=${f//[[:space:]]/}
    [[ -z $f ]] && continue
    names+=("${f%.go}")
  done < "$list"
else
  for src in "$here"/*.go; do names+=("$(basename "$src" .go)"); done
fi

pass=0 fail=0 failed=()
for name in ${names[@]+"${names[@]}"}; do
  src=$here/$name.go
  why=""
  if [[ ! -f $src ]]; then
    why="no such program"
  elif ! timeout 120 "$gocc" compile "-O$opt" -o "$tmp/$name" "$src" >"$tmp/compile.log" 2>&1; then
    why="compile failed: $(head -c 300 "$tmp/compile.log" | head -3 | tr '\n' ' ')"
  else
    envs=()
    if [[ -f $here/$name.env ]]; then
      while IFS= read -r l || [[ -n $l ]]; do [[ -n $l && $l != \#* ]] && envs+=("$l"); done < "$here/$name.env"
    fi
    (cd "$tmp" && env ${envs[@]+"${envs[@]}"} timeout "$timeout_s" "$tmp/$name" >"$tmp/stdout" 2>"$tmp/stderr.raw" </dev/null)
    echo $? > "$tmp/exitcode"
    "$here/normalize_stderr.sh" < "$tmp/stderr.raw" > "$tmp/stderr"
    for ext in stdout stderr exitcode; do
      if ! cmp -s "$here/$name.$ext" "$tmp/$ext"; then
        why="$why $ext differs"
        if [[ ${RUN_VERBOSE:-0} == 1 ]]; then
          diff -u --label "expected/$name.$ext" --label "gocc/$name.$ext" "$here/$name.$ext" "$tmp/$ext" | head -40
        fi
      fi
    done
    rm -f "$tmp/$name"
  fi
  if [[ -z $why ]]; then
    echo "PASS $name"; pass=$((pass + 1))
  else
    echo "FAIL $name:$why"; fail=$((fail + 1)); failed+=("$name")
    # What the program did (a failure seen once in CI left nothing else to go on).
    if [[ -f $tmp/exitcode ]]; then
      echo "  exit status $(cat "$tmp/exitcode"); stderr: $(head -c 300 "$tmp/stderr.raw" | head -3 | tr '\n' '|')"
    fi
  fi
  rm -f "$tmp/exitcode" "$tmp/stderr.raw"
done
echo "run -O$opt: $pass passed, $fail failed, $((pass + fail)) total"
[[ $fail -eq 0 ]]
