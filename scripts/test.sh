#!/usr/bin/env bash
# Installs what is missing, builds gocc and runs every test (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
# Label gcstress_full (every test program under GOCCDEBUG=gcstress=1 at -O0 and -O2, about an
# hour of CPU) runs only on request: ctest --test-dir build -L gcstress_full (docs/gc.md).
ctest --test-dir build --output-on-failure -j"$(nproc)" -LE '^gcstress_full$' "$@"
