#!/usr/bin/env bash
# The whole test suite: an optimised build (what users run) and an AddressSanitizer +
# UndefinedBehaviorSanitizer build, each run under CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test

jobs=$(nproc)
# The test clients (python3-docx, -openpyxl, -yaml, -jsonschema) are Debian's, installed for
# Debian's python3: use it even when another python3 comes first on PATH (pyenv, a venv), or
# their tests would skip.
python=()
if [ -x /usr/bin/python3 ]; then python=(-DPython3_EXECUTABLE=/usr/bin/python3); fi
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${python[@]}" >/dev/null
cmake --build build/test -j "$jobs"
ctest --test-dir build/test --output-on-failure -j "$jobs"

cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DROLEKIT_SANITIZE=ON "${python[@]}" >/dev/null
cmake --build build/asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j "$jobs"
