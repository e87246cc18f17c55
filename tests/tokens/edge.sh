#!/usr/bin/env bash
# Token-stream parity with go/scanner on small files made to hit the edges of the lexer's fast
# paths: tokens that end exactly at the end of the file (where the text's NUL padding is what
# stops the 16-byte scans), runs of 15, 16 and 17 ASCII bytes before a non-ASCII byte, a NUL or
# invalid UTF-8 inside comments and strings, byte order marks, number forms on and off the
# fast path, keywords and near-keywords.
#
# usage: edge.sh GOCC SCANDUMP WORKDIR
#
# The files are written to WORKDIR/edge, one per case, named after it. `GOCC tokens` must print
# exactly scandump's (go/scanner's) tokens for every file, and report errors in exactly the
# files where go/scanner reports errors. (Inputs on which go/scanner returns ILLEGAL tokens,
# which gc and gocc do not have, such as a second BOM outside comments and strings, are left out.)
set -u -o pipefail
export LC_ALL=C

if [ $# -ne 3 ]; then
    echo "usage: $0 GOCC SCANDUMP WORKDIR" >&2
    exit 2
fi
GOCC=$1
SCANDUMP=$2
DIR=$3/edge
rm -rf "$DIR"
mkdir -p "$DIR" || exit 1

# put NAME FORMAT [ARGS...]: writes printf FORMAT ARGS to DIR/NAME.go.
put() {
    local name=$1
    shift
    # shellcheck disable=SC2059
    printf "$@" >"$DIR/$name.go"
}
# rep N STRING: STRING repeated N times.
rep() { local i out=""; for ((i = 0; i < $1; i++)); do out+=$2; done; printf '%s' "$out"; }

for n in 1 2 7 8 9 14 15 16 17 18 31 32 33 47 48; do
    a=$(rep "$n" a)
    # Tokens that end at the last byte of the file.
    put "ident_eof_$n" 'package p\nvar x = %s' "$a"
    put "keyword_like_eof_$n" 'package p\nfunc f() { %s' "$(rep "$n" r)"
    put "linecomment_eof_$n" 'package p\n//%s' "$a"
    put "linecomment_semi_eof_$n" 'package p\nvar x = y //%s' "$a"
    put "generalcomment_eof_$n" 'package p\n/*%s*/' "$a"
    put "generalcomment_stars_eof_$n" 'package p\n/*%s**/' "$(rep "$n" '*')"
    put "generalcomment_open_eof_$n" 'package p\n/*%s' "$a"
    put "generalcomment_star_open_eof_$n" 'package p\n/*%s*' "$a"
    put "string_eof_$n" 'package p\nvar s = "%s"' "$a"
    put "string_open_eof_$n" 'package p\nvar s = "%s' "$a"
    put "string_backslash_eof_$n" 'package p\nvar s = "%s\\' "$a"
    put "rawstring_eof_$n" 'package p\nvar s = `%s`' "$a"
    put "rawstring_open_eof_$n" 'package p\nvar s = `%s' "$a"
    put "number_eof_$n" 'package p\nvar x = %s' "$(rep "$n" 7)"
    put "hex_eof_$n" 'package p\nvar x = 0x%s' "$(rep "$n" f)"
    # Non-ASCII, NUL and invalid UTF-8 right after an ASCII run.
    put "ident_unicode_$n" 'package p\nvar %s\xc3\xa9%s = 1\n' "$a" "$a"
    put "ident_unicode_eof_$n" 'package p\nvar x = %s\xe4\xb8\x96' "$a"
    put "ident_upper_unicode_$n" 'package p\nvar X%s\xce\xbb\n' "$a"
    put "linecomment_unicode_$n" 'package p\n//%s\xc3\xa9%s\nvar x int\n' "$a" "$a"
    put "linecomment_nul_$n" 'package p\n//%s\x00%s\nvar x int\n' "$a" "$a"
    put "linecomment_badutf8_$n" 'package p\n//%s\xff%s\nvar x int\n' "$a" "$a"
    put "linecomment_truncated_utf8_eof_$n" 'package p\n//%s\xe2\x82' "$a"
    put "generalcomment_unicode_$n" 'package p\n/*%s\xe2\x82\xac*/ var x int\n' "$a"
    put "generalcomment_nul_$n" 'package p\n/*%s\x00*/ var x int\n' "$a"
    put "generalcomment_badutf8_$n" 'package p\nvar x int /*%s\xc0\xaf\n*/\n' "$a"
    put "string_unicode_$n" 'package p\nvar s = "%s\xf0\x9f\x98\x80%s"\n' "$a" "$a"
    put "string_nul_$n" 'package p\nvar s = "%s\x00%s"\n' "$a" "$a"
    put "string_badutf8_$n" 'package p\nvar s = "%s\xed\xa0\x80"\n' "$a"
    put "string_escape_$n" 'package p\nvar s = "%s\\t\\u00e9\\"%s"\n' "$a" "$a"
    put "string_newline_$n" 'package p\nvar s = "%s\nvar t = 1\n' "$a"
    put "rawstring_unicode_$n" 'package p\nvar s = `%s\xc3\xa9\r\n%s`\n' "$a" "$a"
    put "rawstring_nul_$n" 'package p\nvar s = `%s\x00`\n' "$a"
    put "rawstring_badutf8_eof_$n" 'package p\nvar s = `%s\xf0\x9f' "$a"
    put "bom_middle_$n" 'package p\n// %s\xef\xbb\xbf\nvar s = "%s\xef\xbb\xbf"\n' "$a" "$a"
done

put bom_start '\xef\xbb\xbfpackage p\n\nvar x = 1\n'
put bom_only_eof '\xef\xbb\xbf'
put empty ''
put newline_only '\n'
put keywords 'package p\nbreak case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var\n'
put near_keywords 'package p\nbreaks cas chann constx continu defaults deferred els fallthroughs fo funcs gox got iff imports interfaces ma packag ranges returns selec structs switchy typ va\n'
put keywords_semicolon_eof_break 'package p\nfunc f() { for { break'
put keywords_semicolon_eof_return 'package p\nfunc f() { return'
put keywords_semicolon_eof_fallthrough 'package p\nfunc f() { fallthrough'
put keyword_unicode_suffix 'package p\nvar if\xc3\xa9, for\xce\xbb int\n'
put long_identifiers "package p\nvar $(rep 100 x) = $(rep 63 Y)_$(rep 40 9)\n"
put numbers 'package p\nvar _ = []any{0, 1, 9, 10, 0x0, 0X1f, 0xABCDEFabcdef0123, 0x_1, 0x1_0, 0b101, 0B1, 0o17, 0O7, 017, 08.5, 1_000, 1.5, 1., .5, 1e9, 1E-9, 0x1p-2, 0x1.8P+3, 3i, 0i, 0x1fi, 1.5e3i, 07i, 0.}\n'
put numbers_eof_zero 'package p\nvar x = 0'
put numbers_eof_hex_prefix 'package p\nvar x = 0x1'
put numbers_then_ident 'package p\nvar x = f(0, 1)[2:3]\nvar y = 0x1f.String\n'
put operators 'package p\nfunc f() { a += b; a -= b; a *= b; a /= b; a %%= b; a &= b; a |= b; a ^= b; a <<= b; a >>= b; a &^= b; a &&= b; c <- d; a++; a--; _ = a == b || a != b && a < b || a <= b || a > b || a >= b; _ = !a; _ = ^a; _ = a &^ b; _ = a << b >> c; _ = x[:]; _ = f(a...); x := ~y }\n'
put operators_eof_inc 'package p\nfunc f() { x++'
put operators_eof_rparen 'package p\nvar x = f()'
put operators_eof_ellipsis 'package p\nfunc f(...'
put operators_eof_dots 'package p\nvar x = a..'
put operators_eof_andnot_assign 'package p\nfunc f() { x &^='
put semicolons_comments 'package p\nvar x = 1 /* a */ /* b\n */\nvar y = 2 /* c */ + 3\nvar z = 4 // d\nvar w = 5 /* e */ // f\nvar v = x /* g\n'
put semicolon_comment_eof 'package p\nvar x = y /* z */'
put crlf 'package p\r\n\r\nvar x = 1\r\nvar s = `a\r\nb`\r\n// c\r\n'
put runes 'package p\nvar r = []rune{'"'a'"', '"'\\\\n'"', '"'\\\\x41'"', '"'\\\\u00e9'"', '"'\\\\U0001F600'"', '"'\\\\101'"', '"'\xc3\xa9'"'}\n'
put rune_eof "package p\nvar r = 'a'"
put rune_open_eof "package p\nvar r = 'a"
put blanks_mixed 'package p\n\t \t var\t\tx \t=\r 1 \t\n\n\n\t\t\n'

LIST=$3/edge_files.txt
GO_OUT=$3/edge_go.txt
GOCC_OUT=$3/edge_gocc.txt
GOCC_ERR=$3/edge_gocc_err.txt
ls "$DIR"/*.go | sort >"$LIST"
nfiles=$(wc -l <"$LIST")
"$SCANDUMP" -list "$LIST" >"$GO_OUT" || { echo "edge: FAIL: scandump failed" >&2; exit 1; }
"$GOCC" tokens -e --list "$LIST" >"$GOCC_OUT" 2>"$GOCC_ERR"
rc=$?
[ $rc -le 1 ] || { echo "edge: FAIL: gocc tokens exited with $rc" >&2; cat "$GOCC_ERR" >&2; exit 1; }

fail=0
if ! diff -a <(grep -a -v '^[0-9]*:[0-9]* ERROR ' "$GO_OUT") "$GOCC_OUT" >"$3/edge_tokens.diff"; then
    echo "edge: FAIL: token streams differ (< go/scanner, > gocc); each file's section starts with == PATH:" >&2
    head -n 30 "$3/edge_tokens.diff" >&2
    fail=1
fi
# The files with errors. Positions are not compared: gocc reports gc's errors where gc reports
# them, which is not always where go/scanner does (a newline in a string: gc at the newline,
# go/scanner at the opening quote; an invalid byte in a comment: gc at the byte, go/scanner
# one per comment).
awk '/^== / { path = substr($0, 4); next } $2 == "ERROR" { print path }' "$GO_OUT" |
    sort -u >"$3/edge_go_errors.txt"
sed -n 's|^\(.*\.go\):[0-9]*:[0-9]*: .*|\1|p' "$GOCC_ERR" | sort -u >"$3/edge_gocc_errors.txt"
if ! diff "$3/edge_go_errors.txt" "$3/edge_gocc_errors.txt" >"$3/edge_errors.diff"; then
    echo "edge: FAIL: files with errors differ (< only go/scanner reports errors, > only gocc):" >&2
    head -n 30 "$3/edge_errors.diff" >&2
    fail=1
fi
if [ -s "$3/edge_go_errors.txt" ] && [ $rc -ne 1 ]; then
    echo "edge: FAIL: go/scanner reports errors but gocc exits $rc" >&2
    fail=1
fi
[ $fail -eq 0 ] || exit 1
echo "edge: OK: $nfiles files: tokens identical to go/scanner's, errors in the same $(wc -l <"$3/edge_go_errors.txt") files"
