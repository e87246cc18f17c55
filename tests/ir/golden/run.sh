#!/usr/bin/env bash
# Golden tests of `gocc ir`: for each NAME.go here, the output of `gocc ir FLAGS NAME.go` must
# equal NAME.ir (checked by hand against the program's meaning when written). FLAGS are the
# words of NAME.flags if there is one, else -l (the builder's output, before inlining).
#   run.sh GOCC
set -uo pipefail
gocc=$1
here=$(cd "$(dirname "$0")" && pwd)
fail=0
for src in "$here"/*.go; do
  name=$(basename "$src" .go)
  flags=(-l)
  if [[ -f $here/$name.flags ]]; then read -ra flags < "$here/$name.flags"; fi
  if diff -u "$here/$name.ir" <(cd "$here" && "$gocc" ir "${flags[@]}" "$name.go" 2>&1); then
    echo "PASS $name"
  else
    echo "FAIL $name"
    fail=1
  fi
done
exit $fail
