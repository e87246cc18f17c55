#!/usr/bin/env bash
# Fuzzes the front end (lexer, parser, AST dump, diagnostics) with libFuzzer:
#   scripts/fuzz.sh [SECONDS]        (default 600)
#
# Configures a clang-19 build in build-fuzz/ with the whole tree instrumented
# (-fsanitize=fuzzer-no-link,address,undefined), builds tests/fuzz/fuzz_frontend and runs it for
# SECONDS on a work corpus in build-fuzz/corpus/, seeded from tests/fuzz/corpus/ and a few hundred
# files of the Go 1.19 test suite. Crash, timeout, leak and OOM inputs are written to
# build-fuzz/artifacts/; the log is build-fuzz/fuzz.log. Exits non-zero if anything was found.
#
# Seed files named crash-* are reproducers of reported bugs. Those and the seeds over 64 KB are
# first replayed one by one; the ones that still crash are left out of the work corpus (libFuzzer
# would stop on them before fuzzing anything) and listed, and so are the big ones.
#
# Environment: GOROOT_TEST (default /usr/share/go-1.19/test), FUZZ_ARGS (extra libFuzzer flags,
# e.g. "-max_len=65536" or "-jobs=2 -workers=2"), CC/CXX (default clang-19/clang++-19).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
if ! [[ $seconds =~ ^[0-9]+$ ]]; then
  echo "usage: $0 [SECONDS]" >&2
  exit 2
fi
build=build-fuzz
goroot_test=${GOROOT_TEST:-/usr/share/go-1.19/test}
cc=${CC:-clang-19}
cxx=${CXX:-clang++-19}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
  "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
  -DGOCC_FUZZ=ON -DGOCC_SANITIZE=OFF
cmake --build "$build" --target fuzz_frontend
fuzzer=$build/tests/fuzz/fuzz_frontend

# gocc runs on a 1 GiB stack (support/big_stack.h). Letting the main thread's stack grow that far
# spares the target a new thread per input (see fuzz_frontend.cpp). 1 GiB is also the most ASan
# accepts for a main thread.
ulimit -s 1048576 2>/dev/null || echo "fuzz: cannot raise ulimit -s; one thread per input (slower)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# The work corpus: the seeds, minus crash-* reproducers that still crash, minus seeds over
# max_seed bytes (the 100000-level reproducers): libFuzzer sizes -max_len after its largest seed,
# and mutating inputs that big makes every execution slow. Those are replayed here once instead
# (and by ctest's fuzz.corpus_replay).
max_seed=65536
rm -rf "$build/corpus" "$build/artifacts" "$build"/replay-*.log
mkdir -p "$build/corpus" "$build/artifacts"
open_bugs=()
big=0
for seed in tests/fuzz/corpus/*; do
  name=$(basename "$seed")
  if [[ $name == crash-* || $(stat -c %s "$seed") -gt $max_seed ]]; then
    if ! "$fuzzer" -timeout=30 -rss_limit_mb=2048 "$seed" >"$build/replay-$name.log" 2>&1; then
      open_bugs+=("$name")
      continue
    fi
    if [[ $(stat -c %s "$seed") -gt $max_seed ]]; then
      big=$((big + 1))
      continue
    fi
  fi
  cp "$seed" "$build/corpus/seed-$name"
done
n_go=0
for f in "$goroot_test"/*.go; do
  # Big files only slow every execution down; the small ones cover the same grammar.
  if [[ -f $f && $(stat -c %s "$f") -le 32768 ]]; then
    cp "$f" "$build/corpus/gotest-$(basename "$f")"
    n_go=$((n_go + 1))
  fi
done
echo "fuzz: $(ls "$build/corpus" | wc -l) seeds ($n_go from $goroot_test);" \
  "$big seeds over $max_seed bytes replayed once and left out"
if [[ ${#open_bugs[@]} -gt 0 ]]; then
  echo "fuzz: left out ${#open_bugs[@]} seeds that still crash (see $build/replay-*.log):"
  printf '  tests/fuzz/corpus/%s\n' "${open_bugs[@]}"
fi

echo "fuzz: running $fuzzer for ${seconds}s; log in $build/fuzz.log"
status=0
# shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
"$fuzzer" "$build/corpus" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
  -dict=tests/fuzz/go.dict -artifact_prefix="$build/artifacts/" -print_final_stats=1 \
  ${FUZZ_ARGS:-} >"$build/fuzz.log" 2>&1 || status=$?

grep -E '^#[0-9]+[[:space:]]+(DONE|pulse)' "$build/fuzz.log" | tail -1 || true
grep -E '^stat::' "$build/fuzz.log" || true
artifacts=$(find "$build/artifacts" -type f | sort)
failed=0
if [[ $status -ne 0 || -n $artifacts ]]; then
  failed=1
  echo "fuzz: FAILED: libFuzzer exit status $status" >&2
  grep -E -m1 -A30 '^==[0-9]+==ERROR|runtime error|ALARM|out-of-memory|^INFO: a leak' \
    "$build/fuzz.log" >&2 || tail -40 "$build/fuzz.log" >&2
  if [[ -n $artifacts ]]; then
    echo "fuzz: artifacts (replay one with: $fuzzer FILE):" >&2
    printf '  %s\n' $artifacts >&2
  fi
fi
if [[ ${#open_bugs[@]} -gt 0 ]]; then
  failed=1
  echo "fuzz: FAILED: ${#open_bugs[@]} seeds of tests/fuzz/corpus crash (listed above)" >&2
fi
if [[ $failed -ne 0 ]]; then exit 1; fi
echo "fuzz: no crashes, hangs or leaks in ${seconds}s"
