#!/usr/bin/env bash
# Builds gocc with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/ and runs the
# whole ctest suite there (every label):
#   scripts/sanitize.sh [CTEST_ARGS...]     e.g. scripts/sanitize.sh -L unit
#
# Any sanitizer report fails the run, wherever it happens. A report normally makes the process
# exit non-zero, but not every test sees that: tests with PASS_REGULAR_EXPRESSION ignore the exit
# status, WILL_FAIL tests expect failure, and the gosuite scripts accept exit status 1 (ASan's
# default) from gocc and discard its stderr. So every report is also written to
# build-asan/sanitizer-logs/ (log_path), and the run fails if that directory is not empty.
#
# Environment: CC/CXX (default: CMake's choice, normally gcc; clang-19 works too).
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-asan
compilers=()
[[ -n ${CC:-} ]] && compilers+=("-DCMAKE_C_COMPILER=$CC")
[[ -n ${CXX:-} ]] && compilers+=("-DCMAKE_CXX_COMPILER=$CXX")

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOCC_SANITIZE=ON \
  -DGOCC_FUZZ=OFF ${compilers[@]+"${compilers[@]}"}
cmake --build "$build"

logs=$PWD/$build/sanitizer-logs
rm -rf "$logs"
mkdir -p "$logs"
# abort_on_error turns a report into SIGABRT, which no script mistakes for "exit 1: had errors".
# One log_path for all three: they share the runtime's common flags, and the last one parsed
# would win. Reports land in sanitizer-logs/report.<pid>.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:log_path=$logs/report${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_path=$logs/report${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="log_path=$logs/report${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

status=0
# --timeout: ctest's default (1500 s) for tests without a TIMEOUT, scaled like those that have one
# (GOCC_SANITIZE_TIMEOUT_SCALE in CMakeLists.txt).
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 6000 "$@" || status=$?

reports=$(find "$logs" -type f | sort)
if [[ -n $reports ]]; then
  echo "sanitize: sanitizer reports:" >&2
  for r in $reports; do
    echo "== $r" >&2
    head -60 "$r" >&2
  done
  status=1
fi
if [[ $status -ne 0 ]]; then
  echo "sanitize: FAILED" >&2
  exit "$status"
fi
echo "sanitize: all tests passed with ASan+UBSan, no sanitizer reports"
