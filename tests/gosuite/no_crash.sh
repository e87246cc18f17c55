#!/usr/bin/env bash
# Checks that `GOCC parse` survives every Go file of the test suite:
#   no_crash.sh GOCC TESTROOT [JOBS]
# Runs `timeout 10 GOCC parse FILE` on every *.go under TESTROOT (recursively,
# fixedbugs and *.dir helpers included), JOBS (default: nproc) batches at a
# time. A run is bad if its exit status is not 0 or 1 (a signal, 124 =
# timeout, 2 = usage error, ...) or if it prints "internal error". Prints the
# bad runs and the counts; exits 1 if there was any.
#
# Process start-up dominates the cost, so each worker handles a batch of files
# and writes each output to its own file; one grep at the end finds
# "internal error" in all of them.
set -euo pipefail
if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 GOCC TESTROOT [JOBS]" >&2
  exit 2
fi
gocc=$1 root=${2%/}
jobs=${3:-$(nproc 2>/dev/null || echo 2)}
if [[ $gocc != */* ]]; then gocc=$(command -v "$gocc"); fi

outdir=$(mktemp -d "${TMPDIR:-/tmp}/no_crash.XXXXXX")
trap 'rm -rf "$outdir"' EXIT

# Fast path: all files in one process. If that exits 0 or 1 without an internal error, no file
# crashed or hung gocc; otherwise fall through to one process per file to find the culprits.
find "$root" -name '*.go' -type f | LC_ALL=C sort > "$outdir/all.txt"
rc=0
timeout -k 5 600 "$gocc" parse -e --list "$outdir/all.txt" >"$outdir/all.out" 2>&1 </dev/null || rc=$?
if [[ ($rc -eq 0 || $rc -eq 1) ]] && ! grep -qa 'internal error' "$outdir/all.out"; then
  echo "$(wc -l < "$outdir/all.txt") files in one run: exit status $rc, no crash, hang or internal error"
  exit 0
fi
echo "one-process run: exit status $rc; checking file by file" >&2

# Worker: for each file argument prints "STATUS OUTFILE FILE".
# shellcheck disable=SC2016
worker='
  i=0
  for f; do
    i=$((i + 1))
    out=$OUTDIR/$$.$i
    rc=0
    timeout -k 5 10 "$GOCC" parse "$f" >"$out" 2>&1 </dev/null || rc=$?
    printf "%s %s %s\n" "$rc" "$out" "$f"
  done'
results=$(find "$root" -name '*.go' -type f -print0 | LC_ALL=C sort -z |
  GOCC=$gocc OUTDIR=$outdir xargs -0 -r -n 32 -P "$jobs" bash -c "$worker" _ 2>/dev/null)

# Outputs that mention an internal error.
declare -A internal=()
while IFS= read -r out; do
  internal[$out]=1
done < <(grep -la 'internal error' -r "$outdir" || true)

total=0 ok=0 errors=0 bad=0
while read -r rc out f; do
  [[ -z $f ]] && continue
  total=$((total + 1))
  if [[ -n ${internal[$out]:-} || ($rc -ne 0 && $rc -ne 1) ]]; then
    bad=$((bad + 1))
    case $rc in
      0 | 1) reason="exit status $rc" ;;
      124) reason="timeout" ;;
      137) reason="signal 9 (killed; or a timeout that ignored SIGTERM)" ;;
      2) reason="exit status 2 (usage error)" ;;
      *) if ((rc > 128)); then reason="signal $((rc - 128))"; else reason="exit status $rc"; fi ;;
    esac
    if [[ -n ${internal[$out]:-} ]]; then reason="$reason, internal error"; fi
    echo "BAD ${f#"$root"/}: $reason"
  elif [[ $rc -eq 0 ]]; then
    ok=$((ok + 1))
  else
    errors=$((errors + 1))
  fi
done <<< "$results"

echo "$total files: $ok accepted, $errors rejected (exit 1), $bad bad"
[[ $bad -eq 0 ]]
