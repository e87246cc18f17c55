#!/usr/bin/env bash
# Installs what is missing, builds gocc and runs it on a bundled example (the README's first
# command). Until code generation lands (issue 4) the main job is the front end: the example is
# lexed, parsed and dumped, and a file with syntax errors is diagnosed as gc would.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
gocc=build/driver/gocc
example=examples/hello/main.go

echo "== gocc version"
$gocc version
echo "== gocc tokens $example"
$gocc tokens "$example"
echo "== gocc ast $example"
$gocc ast "$example"
echo "== gocc parse examples/*/ (every bundled example)"
for dir in examples/*/; do $gocc parse "$dir"; done && echo "no syntax errors"
echo "== gocc check examples/*/ (type-check every bundled example, stdlib imports included)"
for dir in examples/*/; do $gocc check "$dir"; done && echo "no type errors"
echo "== gocc parse on a broken file"
broken=$(mktemp --suffix=.go)
trap 'rm -f "$broken"' EXIT
printf 'package main\n\nfunc main() {\n\tx := []int{1,\n\t2\n}\n' > "$broken"
cat -n "$broken"
$gocc parse "$broken" || echo "(exit status $?, as gc's)"
echo "== gocc check on a program with type errors"
printf 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n\tvar s string = 5\n\tconst b byte = 300\n}\n' > "$broken"
cat -n "$broken"
$gocc check "$broken" || echo "(exit status $?, as gc's)"
