#!/usr/bin/env bash
# Token-stream parity between gocc's lexer and go/scanner.
#
# usage: parity.sh GOCC SCANDUMP SRCROOT WORKDIR
#
# Tokenizes every *.go file under SRCROOT (skipping anything inside a
# directory named testdata) with both `SCANDUMP -list files.txt` (the
# go/scanner oracle, tests/tokens/scandump.go) and `GOCC tokens --list
# files.txt`, and requires byte-identical output. On a mismatch it names the
# first differing file and shows the first differing lines of that file's
# section, then exits 1. Exits 1 as well if either tool fails or prints
# nothing.
#
# The two dumps (~220 MB each) are deleted on success unless
# GOCC_KEEP_TOKENS=1; they are always kept on failure.
set -u -o pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 GOCC SCANDUMP SRCROOT WORKDIR" >&2
    exit 2
fi
GOCC=$1
SCANDUMP=$2
SRCROOT=$3
WORKDIR=$4
export LC_ALL=C

fail() {
    echo "tokens.parity: FAIL: $*" >&2
    exit 1
}

[ -x "$GOCC" ] || fail "gocc binary '$GOCC' is not executable"
[ -x "$SCANDUMP" ] || fail "scandump binary '$SCANDUMP' is not executable"
[ -d "$SRCROOT" ] || fail "source root '$SRCROOT' is not a directory"
mkdir -p "$WORKDIR" || fail "cannot create '$WORKDIR'"

LIST=$WORKDIR/files.txt
GO_OUT=$WORKDIR/go.tokens
GOCC_OUT=$WORKDIR/gocc.tokens
rm -f "$GO_OUT" "$GOCC_OUT"

find "$SRCROOT" -type d -name testdata -prune -o -type f -name '*.go' -print |
    sort >"$LIST" || fail "cannot list Go files under '$SRCROOT'"
NFILES=$(wc -l <"$LIST")
[ "$NFILES" -gt 0 ] || fail "no *.go files under '$SRCROOT'"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

t0=$(now)
"$SCANDUMP" -list "$LIST" >"$GO_OUT"
rc=$?
t1=$(now)
[ $rc -eq 0 ] || fail "scandump exited with status $rc"
[ -s "$GO_OUT" ] || fail "scandump produced no output"

"$GOCC" tokens --list "$LIST" >"$GOCC_OUT"
rc=$?
t2=$(now)
[ $rc -eq 0 ] || fail "gocc tokens exited with status $rc"
[ -s "$GOCC_OUT" ] || fail "gocc tokens produced no output"

echo "tokens.parity: scandump $(elapsed "$t0" "$t1")s, gocc tokens $(elapsed "$t1" "$t2")s"

# Extract one file's section ("== PATH" header up to the next header).
# Token lines always start with LINE:COL, so only headers start with "== ".
section() { # FILE HEADER
    awk -v h="$2" '
        found && /^== / { exit }
        $0 == h { found = 1 }
        found { print }
    ' "$1"
}

if ! cmpout=$(cmp "$GO_OUT" "$GOCC_OUT" 2>&1); then
    echo "tokens.parity: FAIL: outputs differ: $cmpout" >&2
    # cmp prints "... differ: byte N, line L" or "cmp: EOF on FILE after byte N, line L".
    line=$(printf '%s\n' "$cmpout" | sed -n 's/.*line \([0-9][0-9]*\).*/\1/p' | head -n 1)
    [ -n "$line" ] || line=1
    # Lines before L are identical in both dumps, so the last header among
    # them names the file whose section first differs (L itself may be the
    # next header in one dump and a stray token line in the other).
    header=$(head -n "$((line > 1 ? line - 1 : 1))" "$GO_OUT" | grep "^== " | tail -n 1)
    [ -n "$header" ] || header=$(head -n 1 "$GOCC_OUT")
    echo "first differing file: ${header#== }" >&2
    echo "diff of that section (< go/scanner, > gocc), first 20 lines:" >&2
    d=$(diff <(section "$GO_OUT" "$header") <(section "$GOCC_OUT" "$header") | head -n 20)
    if [ -n "$d" ]; then
        printf "%s\n" "$d" >&2
    else # e.g. a file missing from one dump: show the raw lines instead
        echo "< $(sed -n "${line}{p;q}" "$GO_OUT")" >&2
        echo "> $(sed -n "${line}{p;q}" "$GOCC_OUT")" >&2
    fi
    echo "full outputs kept in $GO_OUT and $GOCC_OUT" >&2
    exit 1
fi

NTOKENS=$(grep -c -v -e '^== ' -e '^[0-9]*:[0-9]* ERROR ' "$GO_OUT")
echo "tokens.parity: OK: $NFILES files, $NTOKENS tokens identical"
if [ "${GOCC_KEEP_TOKENS:-0}" != 1 ]; then
    rm -f "$GO_OUT" "$GOCC_OUT"
fi
exit 0
