#!/usr/bin/env bash
# Type-checking throughput: `gocc check` vs go/parser + go/types, same run.
#
# usage: run.sh [GOCC] [GOTYPES_BIN] [LINES]
#
#   GOCC         the gocc binary. If omitted or empty, the script looks for
#                build/driver/gocc under the repository root and, failing
#                that, benchmarks Go alone.
#   GOTYPES_BIN  gotypes binary (bench/typecheck/gotypes.go). If omitted or
#                empty, it is built with `go build` in a temp dir.
#   LINES        size of the generated program (default 200000).
#
# Environment: GEN (gen binary, bench/typecheck/gen.go; built in a temp dir
# if unset), GO (go command, default /usr/lib/go-1.19/bin/go, then `go` on
# PATH), GOTYPES_FLAGS (extra gotypes flags, e.g. -info=false), KEEP_PROG
# (directory to keep the generated program in instead of a temp dir).
#
# gen writes one `package main` program of about LINES lines (files of
# ~2,000 lines) into a temp dir. gotypes prints
#   tool=go phase=check       files=F lines=L seconds=S peak_rss_kb=K
#   tool=go phase=parse+check files=F lines=L seconds=S
# (best of 3 in-process runs; see gotypes.go). `gocc check DIR` is then run
# once untimed (it must print nothing and exit 0), then three times under
# bash's `time` (wall clock and user+system CPU, ms resolution) and
# /usr/bin/time -f %M (peak RSS); the best wall and best CPU figures become
#   tool=gocc phase=check files=F lines=L seconds=S cpu_seconds=C peak_rss_kb=K
# (go's lines carry cpu_seconds too). On a loaded machine trust the CPU
# ratio: it leaves out time spent waiting for a core.
# gocc's figure is a whole process (start, read, parse, check), so the
# headline ratio compares it with go's parse+check, which excludes process
# start and reading; the ratio against go's check alone is shown too.
#
# Exit status: 0 when the benchmark ran (whether or not the target is met)
# or gocc check is not implemented yet; 1 on any other failure, including
# gocc check failing or printing anything on the generated program.
set -u -o pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GOCC=${1:-}
GOTYPES=${2:-}
LINES=${3:-200000}
TARGET=3

die() { echo "run.sh: $*" >&2; exit 1; }

case $LINES in '' | *[!0-9]*) die "LINES must be a positive integer, not '$LINES'" ;; esac

TMP=$(mktemp -d "${TMPDIR:-/tmp}/gocc-tcbench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$TMP"' EXIT

if [ -z "$GOCC" ] && [ -x "$ROOT/build/driver/gocc" ]; then
    GOCC=$ROOT/build/driver/gocc
fi
if [ -n "$GOCC" ] && [ ! -x "$GOCC" ]; then
    die "'$GOCC' is not executable"
fi

GOCMD=${GO:-}
if [ -z "$GOCMD" ]; then
    if [ -x /usr/lib/go-1.19/bin/go ]; then GOCMD=/usr/lib/go-1.19/bin/go; else GOCMD=go; fi
fi
gobuild() { # gobuild OUT SRC
    (cd "$HERE" && GOCACHE=${GOCACHE:-$TMP/gocache} GO111MODULE=off GOFLAGS='' \
        "$GOCMD" build -o "$1" "$2")
}
if [ -z "$GOTYPES" ]; then
    GOTYPES=$TMP/gotypes
    echo "building gotypes with $GOCMD ..." >&2
    gobuild "$GOTYPES" gotypes.go || die "building gotypes failed"
fi
[ -x "$GOTYPES" ] || die "'$GOTYPES' is not executable"
GEN=${GEN:-}
if [ -z "$GEN" ]; then
    GEN=$TMP/gen
    echo "building gen with $GOCMD ..." >&2
    gobuild "$GEN" gen.go || die "building gen failed"
fi
[ -x "$GEN" ] || die "'$GEN' is not executable"

PROG=${KEEP_PROG:-$TMP/prog}
echo "generating a ~$LINES-line program in $PROG ..." >&2
"$GEN" -lines "$LINES" -out "$PROG" || die "gen failed"
NFILES=$(find "$PROG" -maxdepth 1 -name "*.go" | wc -l)
NLINES=$(cat "$PROG"/*.go | wc -l)

RESULTS=$TMP/results.txt
echo "running gotypes ..." >&2
# shellcheck disable=SC2086
"$GOTYPES" -dir "$PROG" ${GOTYPES_FLAGS:-} >>"$RESULTS" || die "gotypes failed (go/types rejected the generated program?)"

GOCC_STATUS=""  # empty: gocc figures are in RESULTS
if [ -z "$GOCC" ]; then
    GOCC_STATUS="no gocc binary given or found at build/driver/gocc; Go figures only"
else
    OUT=$TMP/gocc.out
    echo "running $GOCC check (1 untimed + 3 timed runs) ..." >&2
    "$GOCC" check "$PROG" >"$OUT" 2>&1
    rc=$?
    if [ $rc -eq 2 ] && grep -q 'not implemented' "$OUT"; then
        GOCC_STATUS="gocc check not available ($(head -n 1 "$OUT")); Go figures only"
    elif [ $rc -ne 0 ] || [ -s "$OUT" ]; then
        {
            echo "run.sh: FAILURE: '$GOCC check' exited with status $rc and printed $(wc -l <"$OUT") lines" \
                "on the generated program (which go/types accepts); first 20 lines:"
            head -n 20 "$OUT" | sed 's/^/    /'
        } >&2
        GOCC_STATUS="FAILED (exit status $rc, see above); Go figures only"
    else
        HAVE_TIME=0
        [ -x /usr/bin/time ] && HAVE_TIME=1
        best=""
        best_cpu=""
        best_rss=-1
        TIMEFORMAT='%3R %3U %3S'
        for r in 1 2 3; do
            if [ $HAVE_TIME -eq 1 ]; then
                { time /usr/bin/time -f %M -o "$TMP/rss" "$GOCC" check "$PROG" >"$OUT" 2>&1; } 2>"$TMP/sec"
            else
                { time "$GOCC" check "$PROG" >"$OUT" 2>&1; } 2>"$TMP/sec"
            fi
            rc=$?
            if [ $rc -ne 0 ] || [ -s "$OUT" ]; then
                echo "run.sh: FAILURE: timed run $r of '$GOCC check' exited with status $rc and printed:" >&2
                head -n 20 "$OUT" | sed 's/^/    /' >&2
                GOCC_STATUS="FAILED on timed run $r (exit status $rc); Go figures only"
                break
            fi
            read -r s u sy < <(tail -n 1 "$TMP/sec")
            cpu=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%.3f", u + s }')
            if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then
                best_cpu=$cpu
            fi
            rss=-1
            [ $HAVE_TIME -eq 1 ] && rss=$(tail -n 1 "$TMP/rss")
            if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then
                best=$s
            fi
            # peak RSS: the largest of the runs (they should agree closely).
            [ "$rss" -gt "$best_rss" ] && best_rss=$rss
        done
        if [ -z "$GOCC_STATUS" ]; then
            line="tool=gocc phase=check files=$NFILES lines=$NLINES seconds=$best cpu_seconds=$best_cpu"
            [ "$best_rss" -ge 0 ] && line="$line peak_rss_kb=$best_rss"
            echo "$line" >>"$RESULTS"
        fi
    fi
fi

echo "program: $NLINES lines in $NFILES files (gen -lines $LINES${GOTYPES_FLAGS:+; gotypes $GOTYPES_FLAGS})"
grep '^tool=' "$RESULTS" | sed 's/^/  /'
[ -n "$GOCC_STATUS" ] && echo "  gocc: $GOCC_STATUS"
echo

awk -v target="$TARGET" '
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
    lin[k] = kv["lines"] + 0
    rss[k] = ("peak_rss_kb" in kv) ? kv["peak_rss_kb"] + 0 : -1
}
function rate(n, s) { return s > 0 ? n / s : 0 }
function row(t, p, what,   k, r, bpl) {
    k = t SUBSEP p
    if (!(k in seen)) return
    r = rss[k] >= 0 ? sprintf("%d", rss[k]) : "-"
    bpl = (rss[k] >= 0 && lin[k] > 0) ? sprintf("%.0f", rss[k] * 1024 / lin[k]) : "-"
    printf "%-5s %-12s %9.3f %9.3f %12.0f %12s %11s  %s\n", t, p, sec[k], cpu[k], rate(lin[k], sec[k]), r, bpl, what
}
END {
    printf "%-5s %-12s %9s %9s %12s %12s %11s  %s\n", "tool", "phase", "seconds", "cpu_s", "lines/s", "peak_rss_kb", "rss_B/line", "measures"
    row("go", "check", "go/types Check (+types.Info), ASTs parsed beforehand; best of 3")
    row("go", "parse+check", "go/parser + go/types, files in memory; best of 3")
    row("gocc", "check", "whole `gocc check DIR` process; best of 3 wall-clock runs")
    c = "gocc" SUBSEP "check"; g = "go" SUBSEP "parse+check"; gc = "go" SUBSEP "check"
    if ((c in seen) && (g in seen)) {
        r = rate(lin[c], sec[c]) / rate(lin[g], sec[g])
        line = sprintf("gocc/go: lines/s x%.2f vs go parse+check", r)
        if (gc in seen)
            line = line sprintf(", x%.2f vs go check alone", rate(lin[c], sec[c]) / rate(lin[gc], sec[gc]))
        # RSS: the go figure is a process that parsed and checked once.
        if (rss[gc] > 0 && rss[c] >= 0)
            line = line sprintf("; peak RSS x%.2f", rss[c] / rss[gc])
        print line "  (speed >1: gocc faster; RSS >1: gocc uses more)"
        if (cpu[c] > 0 && cpu[g] > 0) {
            rc = cpu[g] / cpu[c]
            printf "by CPU time: x%.2f vs go parse+check\n", rc
        }
        printf "target: >= %gx go/types (gocc check vs go parse+check, wall clock): %s\n", target, (r >= target ? "MET" : "NOT MET")
        if (lin[c] != lin[g])
            printf "WARNING: line counts differ (go: %d, gocc: %d)\n", lin[g], lin[c]
    }
}' "$RESULTS"

case $GOCC_STATUS in FAILED*) exit 1 ;; esac
exit 0
