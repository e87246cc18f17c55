#!/usr/bin/env bash
# Installs every dependency of gocc that is missing (DESIGN.md §4). Idempotent; apt-get only.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  llvm-19-dev clang-19 lld-19 libclang-rt-19-dev
  libre2-dev libcli11-dev googletest libgtest-dev libgmock-dev libbenchmark-dev
  golang-1.19-go golang-1.19-src gccgo gdb
  chromium
  zlib1g-dev libzstd-dev libedit-dev libxml2-dev libffi-dev libncurses-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all dependencies present"
fi

# Go's test suite ships with golang-1.19-src? It lives in /usr/share/go-1.19/test on Debian.
if [ ! -d /usr/share/go-1.19/test ]; then
  echo "setup: warning: /usr/share/go-1.19/test not found; Go test-suite tests will fail" >&2
fi
