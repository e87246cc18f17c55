#!/usr/bin/env bash
# Go programs exercising the collector, compiled by gocc (expected outputs from Go 1.19):
#   gc_programs.sh GOCC
# * gc_memstats.go: runtime.GC / ReadMemStats / KeepAlive; output must equal gc_memstats.out,
#   also under GOCCDEBUG=gcstress=1.
# * gc_bounded.go 512 16: allocates 512 MiB while keeping at most 16 MiB live; output must equal
#   gc_bounded.out and the peak RSS (getrusage of the child) must stay under 4 x 16 + 16 MiB.
# * GOCCDEBUG=gctrace=1 prints one "gc N @..." line per cycle on stderr.
set -uo pipefail
gocc=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if [[ $1 == 0 ]]; then echo "PASS $2"; else echo "FAIL $2"; fail=1; fi; }

"$gocc" compile -O2 -o "$tmp/memstats" "$here/gc_memstats.go" || exit 1
"$tmp/memstats" > "$tmp/out" 2>&1
cmp -s "$tmp/out" "$here/gc_memstats.out"; check $? "gc_memstats"
GOCCDEBUG=gcstress=1 timeout 300 "$tmp/memstats" > "$tmp/out" 2>&1
cmp -s "$tmp/out" "$here/gc_memstats.out"; check $? "gc_memstats (gcstress)"
GOCCDEBUG=gctrace=1 "$tmp/memstats" > /dev/null 2> "$tmp/trace"
grep -Eq '^gc [0-9]+ @[0-9.]+s: [0-9.]+ ms pause, [0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB heap \(forced\)$' "$tmp/trace"
check $? "gctrace line"

"$gocc" compile -O2 -o "$tmp/bounded" "$here/gc_bounded.go" || exit 1
rss_kib=$(python3 - "$tmp/bounded" "$tmp/out" <<'PY'
import resource, subprocess, sys
with open(sys.argv[2], "w") as out:
    rc = subprocess.call([sys.argv[1], "512", "16"], stdout=out)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if rc == 0 else -1)
PY
)
cmp -s "$tmp/out" "$here/gc_bounded.out"; check $? "gc_bounded output"
limit=$(( (4 * 16 + 16) * 1024 ))
echo "gc_bounded 512 MiB total, 16 MiB live: peak RSS ${rss_kib} KiB (limit ${limit} KiB)"
[[ $rss_kib -gt 0 && $rss_kib -lt $limit ]]; check $? "gc_bounded peak RSS"
exit $fail
