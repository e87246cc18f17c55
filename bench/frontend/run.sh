#!/usr/bin/env bash
# Front-end throughput: gocc's lexer/parser vs go/scanner and go/parser.
#
# usage: run.sh [GOCC_BENCH_BIN] [GOFRONT_BIN]
#
#   GOCC_BENCH_BIN  gocc_frontend_bench binary. If omitted or empty, the
#                   script looks for build/bench/frontend/gocc_frontend_bench
#                   under the repository root and, failing that, benchmarks
#                   Go alone.
#   GOFRONT_BIN     gofront binary (bench/frontend/gofront.go). If omitted or
#                   empty, gofront is built with `go build` in a temp dir.
#
# Environment: GOROOT_SRC (corpus root, default /usr/share/go-1.19/src),
# GO (go command, default /usr/lib/go-1.19/bin/go, then `go` on PATH).
#
# Corpus: every *.go file under GOROOT_SRC outside testdata directories,
# sorted with LC_ALL=C (the same list tests/tokens/parity.sh uses). Both tools
# get `-list FILE` and print lines of the form
#   tool=T phase=lex   files=N lines=L bytes=B tokens=K seconds=S cpu_seconds=C
#   tool=T phase=parse files=N lines=L bytes=B tokens=K seconds=S cpu_seconds=C peak_rss_kb=R
# (best of 3 wall-clock and best of 3 process CPU time) which this script turns into a table.
# Rates are per wall-clock second; the ratio lines give both the wall-clock and the CPU-time
# ratio. On a busy machine trust the CPU ratio: it leaves out time spent waiting for a core
# (and charges Go's collector threads to Go).
set -u -o pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SRCROOT=${GOROOT_SRC:-/usr/share/go-1.19/src}
GOCC_BENCH=${1:-}
GOFRONT=${2:-}

die() { echo "run.sh: $*" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/gocc-frontbench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$TMP"' EXIT

if [ -z "$GOCC_BENCH" ] && [ -x "$ROOT/build/bench/frontend/gocc_frontend_bench" ]; then
    GOCC_BENCH=$ROOT/build/bench/frontend/gocc_frontend_bench
fi
if [ -n "$GOCC_BENCH" ] && [ ! -x "$GOCC_BENCH" ]; then
    die "'$GOCC_BENCH' is not executable"
fi

if [ -z "$GOFRONT" ]; then
    GOCMD=${GO:-}
    if [ -z "$GOCMD" ]; then
        if [ -x /usr/lib/go-1.19/bin/go ]; then GOCMD=/usr/lib/go-1.19/bin/go; else GOCMD=go; fi
    fi
    GOFRONT=$TMP/gofront
    echo "building gofront with $GOCMD ..." >&2
    (cd "$HERE" && GOCACHE=${GOCACHE:-$TMP/gocache} GO111MODULE=off GOFLAGS= \
        "$GOCMD" build -o "$GOFRONT" gofront.go) || die "building gofront failed"
fi
[ -x "$GOFRONT" ] || die "'$GOFRONT' is not executable"

[ -d "$SRCROOT" ] || die "corpus root '$SRCROOT' is not a directory"
LIST=$TMP/files.txt
find "$SRCROOT" -type d -name testdata -prune -o -type f -name '*.go' -print |
    sort >"$LIST" || die "cannot list Go files under '$SRCROOT'"
[ -s "$LIST" ] || die "no *.go files under '$SRCROOT'"

RESULTS=$TMP/results.txt
echo "running gofront ..." >&2
"$GOFRONT" -list "$LIST" >>"$RESULTS" || die "gofront failed"
if [ -n "$GOCC_BENCH" ]; then
    echo "running $(basename "$GOCC_BENCH") ..." >&2
    "$GOCC_BENCH" -list "$LIST" >>"$RESULTS" || die "gocc_frontend_bench failed"
else
    echo "(no gocc_frontend_bench given or found; Go figures only)" >&2
fi

echo "corpus: $SRCROOT ($(wc -l <"$LIST") files)"
grep '^tool=' "$RESULTS" | sed 's/^/  /'
echo

awk '
/^tool=/ {
    delete kv
    for (i = 1; i <= NF; i++) {
        eq = index($i, "=")
        if (eq > 0) kv[substr($i, 1, eq - 1)] = substr($i, eq + 1)
    }
    t = kv["tool"]; p = kv["phase"]
    if (t == "" || p == "") next
    k = t SUBSEP p
    seen[k] = 1
    sec[k] = kv["seconds"] + 0
    cpu[k] = kv["cpu_seconds"] + 0
    tok[k] = kv["tokens"] + 0
    lin[k] = kv["lines"] + 0
    byt[k] = kv["bytes"] + 0
    rss[k] = ("peak_rss_kb" in kv) ? kv["peak_rss_kb"] + 0 : -1
}
function rate(n, s) { return s > 0 ? n / s : 0 }
END {
    printf "%-6s %-5s %9s %9s %12s %12s %9s %12s %11s\n", \
        "phase", "tool", "seconds", "cpu_s", "tokens/s", "lines/s", "MB/s", "peak_rss_kb", "rss_B/line"
    np = split("lex parse", phases, " ")
    nt = split("go gocc", tools, " ")
    for (i = 1; i <= np; i++) {
        p = phases[i]
        for (j = 1; j <= nt; j++) {
            k = tools[j] SUBSEP p
            if (!(k in seen)) continue
            r = rss[k] >= 0 ? sprintf("%d", rss[k]) : "-"
            bpl = (rss[k] >= 0 && lin[k] > 0) ? sprintf("%.1f", rss[k] * 1024 / lin[k]) : "-"
            printf "%-6s %-5s %9.3f %9.3f %12.0f %12.0f %9.1f %12s %11s\n", p, tools[j], sec[k], cpu[k], \
                rate(tok[k], sec[k]), rate(lin[k], sec[k]), rate(byt[k], sec[k]) / 1e6, r, bpl
        }
        g = "go" SUBSEP p; c = "gocc" SUBSEP p
        if ((g in seen) && (c in seen)) {
            tr = rate(tok[g], sec[g]) > 0 ? rate(tok[c], sec[c]) / rate(tok[g], sec[g]) : 0
            lr = rate(lin[g], sec[g]) > 0 ? rate(lin[c], sec[c]) / rate(lin[g], sec[g]) : 0
            line = sprintf("%-6s gocc/go: tokens/s x%.2f, lines/s x%.2f", p, tr, lr)
            if (cpu[g] > 0 && cpu[c] > 0)
                line = line sprintf(", by CPU time x%.2f", cpu[g] / cpu[c])
            if (rss[g] > 0 && rss[c] >= 0)
                line = line sprintf(", peak RSS x%.2f", rss[c] / rss[g])
            print line "  (speed >1: gocc faster; RSS >1: gocc uses more)"
            if (tok[g] != tok[c] || lin[g] != lin[c] || byt[g] != byt[c])
                printf "%-6s WARNING: corpus/token counts differ (go: %d tokens %d lines %d bytes; gocc: %d tokens %d lines %d bytes)\n", \
                    p, tok[g], lin[g], byt[g], tok[c], lin[c], byt[c]
        }
    }
}' "$RESULTS"
