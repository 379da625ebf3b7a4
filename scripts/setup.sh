#!/usr/bin/env bash
# One command from a fresh clone to a working rolekit: installs what is
# missing, builds, installs into ./build/install and runs the main job on the
# built-in library: the Wiltshire locality overlay merged onto the national
# Level 3 Peer Support Worker profile, checked, and rendered as HTML and Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
  -DCMAKE_INSTALL_PREFIX="$PWD/build/install" >/dev/null
cmake --build build
cmake --install build >/dev/null

rk=build/install/bin/rolekit
mkdir -p out
"$rk" merge ld-peer-support-worker-l3 wiltshire-ld-psw -o out/wiltshire-ld-psw.yaml
"$rk" validate out/wiltshire-ld-psw.yaml | tail -n 1
"$rk" render out/wiltshire-ld-psw.yaml -o out/wiltshire-ld-psw.html
"$rk" render out/wiltshire-ld-psw.yaml -o out/wiltshire-ld-psw.md
echo
echo "rolekit $("$rk" --version | cut -d' ' -f2) is installed as $rk"
echo "the Wiltshire Peer Support Worker profile is in out/: wiltshire-ld-psw.yaml (merged),"
echo "wiltshire-ld-psw.html (open it in a browser, or print it) and wiltshire-ld-psw.md"
