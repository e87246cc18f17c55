#!/usr/bin/env bash
# Keeps the committed generated files current (issue 6, acceptance 1):
#  - random_structs.go and parity_corpus.go equal what gen_random.py writes for their seeds;
#  - random_amd64.txt equals `go run random_structs.go` (real gc, real unsafe output), and
#    gc_facts.py's compile-time figures for amd64 equal it too (so the method agrees with go run);
#  - random_386.txt equals gc_facts.py for GOARCH=386 (386 binaries cannot run on this machine).
# Usage: check_current.sh GO
set -euo pipefail
go=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS= GOCACHE=${GOCACHE:-$tmp/gocache}
fail=0
check() {  # check WHAT WANT GOT
  if ! cmp -s "$2" "$3"; then
    echo "FAIL: $1 is not current:"; diff "$2" "$3" | head -20; fail=1
  else
    echo "ok: $1"
  fi
}
python3 "$here/gen_random.py" layout 200 6 > "$tmp/random_structs.go"
check random_structs.go "$here/random_structs.go" "$tmp/random_structs.go"
python3 "$here/gen_random.py" corpus 150 66 > "$tmp/parity_corpus.go"
check parity_corpus.go "$here/parity_corpus.go" "$tmp/parity_corpus.go"
(cd "$tmp" && "$go" run random_structs.go > run_amd64.txt)
check "random_amd64.txt (go run)" "$here/random_amd64.txt" "$tmp/run_amd64.txt"
python3 "$here/gc_facts.py" "$go" amd64 200 6 > "$tmp/facts_amd64.txt"
check "random_amd64.txt (gc_facts.py amd64)" "$here/random_amd64.txt" "$tmp/facts_amd64.txt"
python3 "$here/gc_facts.py" "$go" 386 200 6 > "$tmp/facts_386.txt"
check "random_386.txt (gc_facts.py 386)" "$here/random_386.txt" "$tmp/facts_386.txt"
exit "$fail"
