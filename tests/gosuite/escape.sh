#!/usr/bin/env bash
# Runs the errorcheck harness on Go's escape-analysis tests with each file's own header flags
# passed to gocc (`gocc -m -l FILE`, `gocc -m=2 ...`), as test/run.go passes them to gc:
#   escape.sh ERRORCHECK GOCC LISTFILE TESTROOT
# Every listed file must pass whole (all `// ERROR` annotations matched, no unmatched line).
# With LISTFILE "-", the file names come from the remaining arguments and failures are
# reported without failing (for measuring candidates).
set -uo pipefail
if [[ $# -lt 4 ]]; then
  echo "usage: $0 ERRORCHECK GOCC LISTFILE TESTROOT [FILES...]" >&2
  exit 2
fi
errorcheck=$1 gocc=$2 list=$3 root=${4%/}
shift 4
files=()
if [[ $list == - ]]; then
  files=("$@")
else
  while IFS= read -r line || [[ -n $line ]]; do
    f=${line%%#*}
    f=${f#"${f%%[![:space:]]*}"}
    f=${f%"${f##*[![:space:]]}"}
    [[ -n $f ]] && files+=("$f")
  done < "$list"
fi
total=0 passed=0
failed=()
for f in "${files[@]}"; do
  total=$((total + 1))
  out=$("$errorcheck" --pass-flags "$root/$f" -- "$gocc" 2>&1)
  if [[ $? -eq 0 ]]; then
    passed=$((passed + 1))
  else
    failed+=("$f")
    printf '%s\n' "$out"
  fi
done
echo "$passed/$total passed"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "failed: ${failed[*]}"
  [[ $list == - ]] || exit 1
fi
exit 0
