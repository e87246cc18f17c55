#!/usr/bin/env bash
# Regenerates the expected files of tests/run from Go 1.19 (never from gocc):
#   update_expected.sh [GO] [NAME.go ...]
# GO defaults to /usr/lib/go-1.19/bin/go. Writes NAME.stdout, NAME.stderr, NAME.exitcode next to
# each NAME.go (all programs without NAME arguments). Review `git diff` before committing.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
go=${1:-/usr/lib/go-1.19/bin/go}
[[ $# -gt 0 ]] && shift
exec "$here/gen_expected.sh" "$go" "$here" "$@"
