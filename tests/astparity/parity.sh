#!/usr/bin/env bash
# Syntax-tree parity between gocc's parser and go/parser.
#
# usage: parity.sh GOCC ASTDUMP SRCROOT WORKDIR
#
# Parses every *.go file under SRCROOT (skipping anything inside a directory
# named testdata) with both `ASTDUMP -list files.txt` (the go/parser oracle,
# tests/astparity/astdump.go) and `GOCC ast --no-positions --list files.txt`,
# and requires byte-identical output. On a mismatch it names the first
# differing file and shows the first differing lines of that file's section,
# then exits 1. Exits 1 as well if either tool fails or prints nothing.
#
# The two dumps are deleted on success unless GOCC_KEEP_AST=1; they are
# always kept on failure.
set -u -o pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 GOCC ASTDUMP SRCROOT WORKDIR" >&2
    exit 2
fi
GOCC=$1
ASTDUMP=$2
SRCROOT=$3
WORKDIR=$4
export LC_ALL=C

fail() {
    echo "ast.parity: FAIL: $*" >&2
    exit 1
}

[ -x "$GOCC" ] || fail "gocc binary '$GOCC' is not executable"
[ -x "$ASTDUMP" ] || fail "astdump binary '$ASTDUMP' is not executable"
[ -d "$SRCROOT" ] || fail "source root '$SRCROOT' is not a directory"
mkdir -p "$WORKDIR" || fail "cannot create '$WORKDIR'"

LIST=$WORKDIR/ast_files.txt
GO_OUT=$WORKDIR/go.ast
GOCC_OUT=$WORKDIR/gocc.ast
rm -f "$GO_OUT" "$GOCC_OUT"

find "$SRCROOT" -type d -name testdata -prune -o -type f -name '*.go' -print |
    sort >"$LIST" || fail "cannot list Go files under '$SRCROOT'"
NFILES=$(wc -l <"$LIST")
[ "$NFILES" -gt 0 ] || fail "no *.go files under '$SRCROOT'"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

t0=$(now)
"$ASTDUMP" -list "$LIST" >"$GO_OUT"
rc=$?
t1=$(now)
[ $rc -eq 0 ] || fail "astdump exited with status $rc"
[ -s "$GO_OUT" ] || fail "astdump produced no output"

"$GOCC" ast --no-positions --list "$LIST" >"$GOCC_OUT"
rc=$?
t2=$(now)
[ $rc -eq 0 ] || fail "gocc ast exited with status $rc"
[ -s "$GOCC_OUT" ] || fail "gocc ast produced no output"

echo "ast.parity: astdump $(elapsed "$t0" "$t1")s, gocc ast $(elapsed "$t1" "$t2")s"

# Extract one file's section ("== PATH" header up to the next header).
# Tree lines start with a node name or with indentation, never with "== ".
section() { # FILE HEADER
    awk -v h="$2" '
        found && /^== / { exit }
        $0 == h { found = 1 }
        found { print }
    ' "$1"
}

if ! cmpout=$(cmp "$GO_OUT" "$GOCC_OUT" 2>&1); then
    echo "ast.parity: FAIL: outputs differ: $cmpout" >&2
    # cmp prints "... differ: byte N, line L" or "cmp: EOF on FILE after byte N, line L".
    line=$(printf '%s\n' "$cmpout" | sed -n 's/.*line \([0-9][0-9]*\).*/\1/p' | head -n 1)
    [ -n "$line" ] || line=1
    # Lines before L are identical in both dumps, so the last header among
    # them names the file whose section first differs (L itself may be the
    # next header in one dump and a tree line in the other).
    header=$(head -n "$((line > 1 ? line - 1 : 1))" "$GO_OUT" | grep "^== " | tail -n 1)
    [ -n "$header" ] || header=$(head -n 1 "$GOCC_OUT")
    echo "first differing file: ${header#== }" >&2
    echo "diff of that section (< go/parser, > gocc), first 40 lines:" >&2
    d=$(diff <(section "$GO_OUT" "$header") <(section "$GOCC_OUT" "$header") | head -n 40)
    if [ -n "$d" ]; then
        printf "%s\n" "$d" >&2
    else # e.g. a file missing from one dump: show the raw lines instead
        echo "< $(sed -n "${line}{p;q}" "$GO_OUT")" >&2
        echo "> $(sed -n "${line}{p;q}" "$GOCC_OUT")" >&2
    fi
    echo "full outputs kept in $GO_OUT and $GOCC_OUT" >&2
    exit 1
fi

NNODES=$(grep -c -v -e '^== ' "$GO_OUT")
echo "ast.parity: OK: $NFILES files, $NNODES nodes identical"
if [ "${GOCC_KEEP_AST:-0}" != 1 ]; then
    rm -f "$GO_OUT" "$GOCC_OUT"
fi
exit 0
