#!/usr/bin/env bash
# Escape-analysis report speed: `gocc -m -l` against gc's `go tool compile -m -l` (issue 5,
# acceptance 4: gocc at least 5x faster), same files, same run, interleaved:
#   * the Go escape tests gocc passes (tests/gosuite/escape.txt), one process per file, each
#     with its header's flags, summed;
#   * a generated program of LINES lines (bench/typecheck/gen.go), one process per tool.
# gc has no "stop after escape analysis": its figure is a whole compile (-o to a temp file),
# which is what a user runs to get the report. gc reads its imports' export data, compiled once;
# gocc's counterpart, its cache of the imports' escape summaries (driver/summaries.h), is a
# fresh directory warmed by one untimed run of each command.
#
# usage: run.sh [GOCC] [LINES] [RUNS]   (defaults: build/driver/gocc, 50000, 5)
# Prints, per set, best-of-RUNS wall and CPU seconds for each tool and the ratios gc/gocc.
# Exit status 0 when it ran, 1 when a command failed.
set -u -o pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GOCC=${1:-$ROOT/build/driver/gocc}
LINES=${2:-50000}
RUNS=${3:-5}
GO=${GO:-/usr/lib/go-1.19/bin/go}
TESTROOT=${GOROOT_TEST:-/usr/share/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$ROOT/bench/typecheck" && GO111MODULE=off GOCACHE=$tmp/gocache "$GO" build -o "$tmp/gen" gen.go) ||
  { echo "building gen failed"; exit 1; }
"$tmp/gen" -lines "$LINES" -out "$tmp/prog" > /dev/null || { echo "gen failed"; exit 1; }
files=()
while IFS= read -r line; do
  f=${line%%#*}
  f=${f//[[:space:]]/}
  [[ -n $f ]] && files+=("$TESTROOT/$f")
done < "$ROOT/tests/gosuite/escape.txt"

python3 - "$GOCC" "$GO" "$tmp" "$RUNS" "${files[@]}" <<'PY'
import glob, os, re, resource, subprocess, sys, time
gocc, go, tmp, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
tests = sys.argv[5:]
prog = sorted(glob.glob(os.path.join(tmp, "prog", "*.go")))
lines = sum(1 for f in prog for _ in open(f))
obj = os.path.join(tmp, "out.o")

def header_flags(path):
    first = open(path).readline()
    m = re.match(r"//\s*errorcheck\s*(.*)", first)
    return [f for f in (m.group(1).split() if m else []) if f not in ("-0",)]

def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):  # errorcheck files may have (expected) errors
        sys.exit("failed (%d): %s" % (p.returncode, " ".join(cmd)))
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

def gocc_cmds(files, flags=None):
    if flags is None:
        return [[gocc] + header_flags(f) + [f] for f in files]
    return [[gocc] + flags + files]

def gc_cmds(files, flags=None):
    if flags is None:
        return [[go, "tool", "compile", "-p", "p"] + header_flags(f) + ["-o", obj, f] for f in files]
    return [[go, "tool", "compile", "-p", "main"] + flags + ["-o", obj] + files]

sets = [("escape tests (%d files)" % len(tests), gocc_cmds(tests), gc_cmds(tests)),
        ("generated program (%d files, %d lines)" % (len(prog), lines),
         gocc_cmds(prog, ["-m", "-l"]), gc_cmds(prog, ["-m", "-l"]))]
os.environ["GOCCCACHE"] = os.path.join(tmp, "gocc-cache")
for name, gocc_set, gc_set in sets:
    for c in gocc_set:
        run(c)  # warm the summary cache
    best = {"gocc": [1e9, 1e9], "gc": [1e9, 1e9]}
    for _ in range(runs):
        for tool, cmds in (("gocc", gocc_set), ("gc", gc_set)):
            wall = cpu = 0.0
            for c in cmds:
                w, u = run(c)
                wall += w
                cpu += u
            best[tool] = [min(best[tool][0], wall), min(best[tool][1], cpu)]
    print("%s:" % name)
    for tool in ("gocc", "gc"):
        print("  tool=%-4s seconds=%.3f cpu_seconds=%.3f" % (tool, best[tool][0], best[tool][1]))
    print("  gc/gocc = %.1fx wall, %.1fx cpu (target >= 5x)" %
          (best["gc"][0] / best["gocc"][0], best["gc"][1] / best["gocc"][1]))
PY
