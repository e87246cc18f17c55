#!/usr/bin/env bash
# gocc layout's command-line promises (docs/layout.md), each checked against an independent fact:
#  - the text report of examples/padding/main.go gives, for every struct the example prints, the
#    size, alignment and offsets that gc printed in examples/padding/expected.txt (go run);
#  - --check exits 3 when a struct can shrink and 0 when none can; unknown --arch exits 2;
#  - //gocc:layout ignore (above or on the struct line) silences fieldalignment's line;
#  - `// Code generated ... DO NOT EDIT.` files are skipped unless --generated;
#  - a uint64 used with sync/atomic at offset 4 on 386/arm is warned about there, not on amd64;
#  - the TYPE-REGEX argument filters by name;
#  - positional literals block --fix also when the package is checked without Info;
#  - bodies are checked only when they declare struct types (or --fix, or sync/atomic): errors in
#    other bodies do not change the report or the exit status;
#  - examples/padding/layout.txt (shown in the README) is what gocc prints today.
# Usage: check_cli.sh GOCC SOURCE_DIR
set -uo pipefail
gocc=$1 src=$2
here=$src/tests/layout
fail=0
no() { echo "FAIL: $*"; fail=1; }

text=$("$gocc" layout "$src/examples/padding/main.go") || no "layout of the example failed"
python3 - "$src/examples/padding/expected.txt" <<PY || fail=1
import re, sys
text = """$text"""
expected = open(sys.argv[1]).read()
ok = True
checked = 0
for m in re.finditer(r"^(\w+)\{[^}]*\}: size=(\d+) align=(\d+)\n((?:  .*\n)*)", expected, re.M):
    name, size, align, body = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    block = re.search(r"^type %s struct \{\n(.*?)^\}\n// size (\d+), align (\d+)" % name, text, re.M | re.S)
    if not block:
        print("no report for", name); ok = False; continue
    if (int(block.group(2)), int(block.group(3))) != (size, align):
        print(name, "size/align", block.group(2), block.group(3), "gc:", size, align); ok = False
    for f in re.finditer(r"^  (\w+)\s+offset=\s*(\d+) size=\s*(\d+)", body, re.M):
        fm = re.search(r"^\t%s\s.*// offset (\d+), size (\d+)" % f.group(1), block.group(1), re.M)
        if not fm or (fm.group(1), fm.group(2)) != (f.group(2), f.group(3)):
            print(name, f.group(1), "gocc:", fm and fm.groups(), "gc:", f.group(2), f.group(3)); ok = False
        checked += 1
print("example: %d fields checked against go run's expected.txt" % checked)
sys.exit(0 if ok and checked >= 10 else 1)
PY

"$gocc" layout --check "$src/examples/padding/main.go" > /dev/null; [ $? -eq 3 ] || no "--check on the example must exit 3"
"$gocc" layout --check Reordered "$src/examples/padding/main.go" > /dev/null; [ $? -eq 0 ] || no "--check on Reordered alone must exit 0"
"$gocc" layout --arch=pdp11 "$src/examples/padding/main.go" > /dev/null 2>&1; [ $? -eq 2 ] || no "unknown arch must exit 2"

vet=$("$gocc" layout --format=vet "$here/cli_cases.go")
[ -z "$vet" ] || no "ignored structs reported: $vet"
"$gocc" layout --check "$here/cli_cases.go" > /dev/null; [ $? -eq 0 ] || no "--check must ignore //gocc:layout ignore"

out=$("$gocc" layout --format=vet "$here/cli_generated.go")
[ -z "$out" ] || no "generated file not skipped: $out"
out=$("$gocc" layout --generated --format=vet "$here/cli_generated.go")
[ "$out" = "$here/cli_generated.go:5:16: struct of size 24 could be 16" ] || no "--generated: got '$out'"

for arch in 386 arm; do
  out=$("$gocc" layout --arch=$arch Stats "$here/cli_cases.go")
  echo "$out" | grep -q "warning: field total (uint64) is used by 64-bit sync/atomic functions but sits at offset 4 on $arch" ||
    no "no atomic warning on $arch"
done
"$gocc" layout --arch=amd64 Stats "$here/cli_cases.go" | grep -q warning && no "atomic warning on amd64"
out=$("$gocc" layout --arch=amd64,386 --format=json "$here/cli_cases.go")
echo "$out" | grep -q '"category": "atomic-alignment"' || no "no atomic diagnostic in JSON"

out=$("$gocc" layout --diff "$here/cli_positional.go" 2>&1 >/dev/null)
echo "$out" | grep -q "Pos: not reordered: a positional composite literal" || no "positional T{...} in a body not seen: $out"
echo "$out" | grep -q "Elided: not reordered: a positional composite literal" || no "elided positional literal not seen: $out"

# Declarations only: errors in a body without struct types neither stop nor fail the report
# (gocc check finds them); a body that declares a struct type is checked, and its errors count.
"$gocc" check "$here/cli_body_errors.go" > /dev/null 2>&1 && no "gocc check must reject cli_body_errors.go"
out=$("$gocc" layout --format=vet "$here/cli_body_errors.go" 2>&1); status=$?
[ $status -eq 0 ] || no "layout must not check bodies without struct types (exit $status)"
[ "$out" = "$here/cli_body_errors.go:6:13: struct of size 24 could be 16" ] || no "body errors: got '$out'"
out=$("$gocc" layout --format=vet "$here/cli_body_struct.go" 2>&1); status=$?
[ $status -eq 1 ] || no "a body with a struct type must be checked (exit $status)"
echo "$out" | grep -q "cannot use \"not an int\"" || no "error in a checked body not reported: $out"
echo "$out" | grep -q "cli_body_struct.go:5:14: struct of size 16 could be" && no "inner cannot shrink: $out"

n=$("$gocc" layout --format=json 'Zero' "$src/examples/padding/main.go" | grep -c '"name": "Zero[A-Za-z]*",')
[ "$n" -eq 2 ] || no "regex filter: $n structs named Zero*"

(cd "$src" && "$gocc" layout examples/padding/main.go) | cmp -s - "$src/examples/padding/layout.txt" ||
  no "examples/padding/layout.txt is not current (regenerate: gocc layout examples/padding/main.go > examples/padding/layout.txt from the source root)"
[ "$fail" -eq 0 ] && echo "PASS: gocc layout CLI"
exit "$fail"
