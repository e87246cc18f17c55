#!/usr/bin/env bash
# Regenerates the expected files of tests/run from Go 1.19 (never from gocc):
#   [GO=/path/to/go] update_expected.sh [NAME.go ...]
# GO defaults to /usr/lib/go-1.19/bin/go. Writes NAME.stdout, NAME.stderr, NAME.exitcode next to
# each NAME.go (every program without arguments). Review `git diff` before committing.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/gen_expected.sh" "${GO:-/usr/lib/go-1.19/bin/go}" "$here" "$@"
