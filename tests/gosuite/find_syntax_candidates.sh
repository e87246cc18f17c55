#!/usr/bin/env bash
# Lists the Go test-suite files that exercise the parser's syntax errors:
#   find_syntax_candidates.sh TESTROOT [ORACLE]
# Prints, relative to TESTROOT and sorted, every syntax/*.go file plus every
# test file whose recipe action is `errorcheck` and which has an active
# `// ERROR` (or `// GC_ERROR`) annotation mentioning "syntax error".
#
# Few annotations spell out "syntax error" (most match only the rest of gc's
# "syntax error: unexpected ..." message), so optionally ORACLE, a compiler
# command such as tests/errorcheck/gc_compile.sh, is run on every errorcheck
# file and the files for which it prints "syntax error" are added as well.
#
# Files inside *.dir/ directories are helpers, never tests (run.go skips them).
# The count goes to stderr, so stdout can be used as a list file.
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 TESTROOT [ORACLE]" >&2
  exit 2
fi
root=${1%/}
oracle=${2:-}
if [[ -n $oracle && $oracle != /* ]]; then oracle=$PWD/$oracle; fi
cd "$root"

# Prints a file's recipe action as run.go reads it: the first word of the text
# before the first blank line, after dropping a first line that contains
# "+build" and one leading "//".
recipe_action() {
  awk '
    NR == 1 && /\+build/ { next }
    /^$/ { exit }
    { text = text $0 "\n" }
    END {
      sub(/^\/\//, "", text)
      n = split(text, w, /[ \t\n]+/)
      for (i = 1; i <= n; i++) if (w[i] != "") { print w[i]; exit }
    }' "$1"
}

errorcheck_files() {
  find . -name '*.go' -type f -not -path '*.dir/*' | sed 's|^\./||' |
    while IFS= read -r f; do
      if [[ "$(recipe_action "$f")" == errorcheck ]]; then echo "$f"; fi
    done
}

list=$(
  find syntax -maxdepth 1 -name '*.go' -type f 2>/dev/null
  errorcheck_files | while IFS= read -r f; do
    # An annotation mentioning "syntax error", not disabled by "////".
    if grep -vF '////' "$f" | grep -qE '// (GC_)?ERROR .*syntax error'; then
      echo "$f"
    elif [[ -n $oracle ]]; then
      out=$("$oracle" "$f" 2>&1 || true)
      if [[ $out == *"syntax error"* ]]; then echo "$f"; fi
    fi
  done
)
printf '%s\n' "$list" | sed '/^$/d' | LC_ALL=C sort -u > "${TMPDIR:-/tmp}/syntax_candidates.$$"
cat "${TMPDIR:-/tmp}/syntax_candidates.$$"
echo "$(wc -l < "${TMPDIR:-/tmp}/syntax_candidates.$$") candidates" >&2
rm -f "${TMPDIR:-/tmp}/syntax_candidates.$$"
