#!/usr/bin/env bash
# Renders the Level 3 profile as HTML and opens it in headless Chromium: the
# page must load offline, show its content and make a real screenshot. A local
# profile's page (its own identity, a local competence) is opened too.
# usage: screenshot_test.sh ROLEKIT OUTDIR   (exit 77: skipped, no Chromium or python3)
set -euo pipefail
rolekit=$1
out=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "skipped: no chromium on this machine"
  exit 77
fi
# The screenshot's check below is Python: without it the test did not run.
if ! command -v python3 >/dev/null; then
  echo "skipped: no python3 on this machine"
  exit 77
fi
mkdir -p "$out"
"$rolekit" render ld-peer-support-worker-l3 --format html -o "$out/l3.html"
# No network, no first-run or background services: the page must stand alone.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$out/profile" --hide-scrollbars)
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$out/l3.html" > "$out/dom.html" 2>/dev/null
grep -q "<h2>Common/Core Competences for all Level 3 Roles</h2>" "$out/dom.html"
grep -q "Recruit and place volunteers" "$out/dom.html"
# The Wiltshire overlay with an approval, rendered in one step as its local profile.
{ "$rolekit" show --source wiltshire-ld-psw
  printf 'version: "1.2"\napproved_by: Head of Criminal Justice Services\napproved_on: 2026-03-03\n'
} > "$out/wiltshire.yaml"
"$rolekit" render "$out/wiltshire.yaml" --format html -o "$out/local.html"
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$out/local.html" > "$out/local-dom.html" 2>/dev/null
grep -q '<th scope="row">Approved on</th><td>3 March 2026</td>' "$out/local-dom.html"
grep -q "Wiltshire Liaison and Diversion Service — local profile, version 1.2, approved by Head of Criminal Justice Services on 3 March 2026; based on the national Skills for Health template" "$out/local-dom.html"
grep -q "<td>Local competence: See the more complex, higher risk cases<br>Evidence: " "$out/local-dom.html"
rm -f "$out/l3.png"
timeout 120 "$browser" "${flags[@]}" --window-size=1280,1800 --screenshot="$out/l3.png" \
  "file://$out/l3.html" >/dev/null 2>&1
# A real PNG of the requested size, with content (a blank page compresses to a few KB).
python3 - "$out/l3.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (1280, 1800), f"size {width}x{height}"
assert len(data) > 60_000, f"only {len(data)} bytes: blank page?"
print(f"screenshot {width}x{height}, {len(data)} bytes")
PY
echo "ok: $out/l3.png"
