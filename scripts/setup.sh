#!/usr/bin/env bash
# One command from a fresh clone to a working rolekit: installs what is
# missing, builds, installs into ./build/install and runs rolekit on the
# built-in library.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DCMAKE_INSTALL_PREFIX="$PWD/build/install" >/dev/null
cmake --build build
cmake --install build >/dev/null

rk=build/install/bin/rolekit
mkdir -p out
"$rk" list | tee out/library.txt
"$rk" show ld-peer-support-worker-l3 > out/ld-peer-support-worker-l3.yaml
echo
echo "rolekit $("$rk" --version | cut -d' ' -f2) installed as $rk"
echo "wrote out/library.txt (the built-in library) and out/ld-peer-support-worker-l3.yaml"
