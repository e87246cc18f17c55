#!/usr/bin/env bash
# check_clean.sh GOCC LISTFILE TESTROOT: `GOCC check FILE` must print nothing and exit 0 for
# every file of the list (valid programs: no false errors).
set -uo pipefail
gocc=$1 list=$2 root=$3
total=0 bad=0
while IFS= read -r f; do
  [[ -z $f || $f == \#* ]] && continue
  total=$((total + 1))
  out=$("$gocc" check "$root/$f" 2>&1)
  rc=$?
  if [[ $rc -ne 0 || -n $out ]]; then
    bad=$((bad + 1))
    echo "FAIL $f (exit $rc)"
    printf '%s\n' "$out" | head -5
  fi
done < "$list"
echo "$((total - bad))/$total type-check cleanly"
[[ $bad -eq 0 && $total -gt 0 ]]
