#!/usr/bin/env bash
# Runs the errorcheck harness with `GOCC COMMAND -e` (COMMAND: parse, the default, or check)
# on every file of a list:
#   run_list.sh ERRORCHECK GOCC LISTFILE TESTROOT [COMMAND]
# LISTFILE holds paths relative to TESTROOT (e.g. syntax/semi1.go), one per
# line; blank lines and lines starting with '#' are ignored. Every listed file
# must pass: a failure or a skip (exit 77) of a listed file fails the run.
# Prints each failure's report and "N/M passed"; exits 1 if any file failed.
set -uo pipefail
if [[ $# -ne 4 && $# -ne 5 ]]; then
  echo "usage: $0 ERRORCHECK GOCC LISTFILE TESTROOT [COMMAND]" >&2
  exit 2
fi
command=${5:-parse}
errorcheck=$1 gocc=$2 list=$3 root=${4%/}

total=0 passed=0
failed=()
while IFS= read -r line || [[ -n $line ]]; do
  f=${line%%#*}                         # allow trailing comments
  f=${f#"${f%%[![:space:]]*}"}          # trim leading space
  f=${f%"${f##*[![:space:]]}"}          # trim trailing space
  [[ -z $f ]] && continue
  total=$((total + 1))
  out=$("$errorcheck" "$root/$f" -- "$gocc" "$command" -e 2>&1)
  rc=$?
  if [[ $rc -eq 0 ]]; then
    passed=$((passed + 1))
  else
    failed+=("$f")
    if [[ $rc -eq 77 ]]; then
      echo "FAIL $f (listed but skipped: $out)"
    else
      printf '%s\n' "$out"
    fi
  fi
done < "$list"

echo "$passed/$total passed"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "failed: ${failed[*]}"
  exit 1
fi
exit 0
