#!/usr/bin/env bash
# `gocc layout` vs `gocc check` on the same generated package, same run (issue 6, acceptance 5:
# layout must cost less than 1.1x check).
#
# usage: run.sh [GOCC] [LINES] [RUNS]
#   GOCC   the gocc binary (default build/driver/gocc under the repository root)
#   LINES  size of the generated package (default 100000)
#   RUNS   timed runs of each command, interleaved (default 9); the best of each is compared (the machine may be shared: best-of filters out the noise)
#
# Prints
#   tool=gocc phase=check  files=F lines=L structs=S seconds=T cpu_seconds=C
#   tool=gocc phase=layout files=F lines=L structs=S seconds=T cpu_seconds=C
#   ratio layout/check = R wall, R cpu (target < 1.10)
# `gocc layout` writes its text report (every struct, holes, suggestions) to a file in the temp
# dir, so output formatting is part of the cost. Exit status 0 when it ran, 1 if a command failed.
set -u -o pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GOCC=${1:-$ROOT/build/driver/gocc}
LINES=${2:-100000}
RUNS=${3:-9}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
info=$(python3 "$HERE/gen.py" "$tmp/pkg" "$LINES") || exit 1
files=$(ls "$tmp/pkg" | wc -l)
lines=$(cat "$tmp/pkg"/*.go | wc -l)
"$GOCC" check "$tmp/pkg" || { echo "gocc check failed on the generated package"; exit 1; }
"$GOCC" layout "$tmp/pkg" > "$tmp/report.txt" || { echo "gocc layout failed"; exit 1; }
structs=$(grep -c '^// .*: .* (amd64)' "$tmp/report.txt")
# Interleaved runs; wall clock and CPU time (user + system, from getrusage: microseconds) of
# each; the best of each is kept. On a shared machine the CPU-time ratio is the steadier one.
python3 - "$GOCC" "$tmp/pkg" "$tmp/report.txt" "$RUNS" "$files" "$lines" "$structs" <<'PY'
import resource, subprocess, sys, time
gocc, pkg, report, runs, files, lines, structs = sys.argv[1:8]
def measure(cmd, out):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=out, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu
best = {"check": [1e9, 1e9], "layout": [1e9, 1e9]}
for _ in range(int(runs)):
    with open("/dev/null", "w") as null:
        w, c = measure([gocc, "check", pkg], null)
    best["check"] = [min(best["check"][0], w), min(best["check"][1], c)]
    with open(report, "w") as out:
        w, c = measure([gocc, "layout", pkg], out)
    best["layout"] = [min(best["layout"][0], w), min(best["layout"][1], c)]
for phase in ("check", "layout"):
    print("tool=gocc phase=%-6s files=%s lines=%s structs=%s seconds=%.3f cpu_seconds=%.3f"
          % (phase, files, lines, structs, best[phase][0], best[phase][1]))
print("ratio layout/check = %.3f wall, %.3f cpu (target < 1.10)"
      % (best["layout"][0] / best["check"][0], best["layout"][1] / best["check"][1]))
PY
