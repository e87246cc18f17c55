#!/usr/bin/env bash
# SVG and HTML render in headless Chromium (issue 6, acceptance 4).
#
#   render.sh GOCC OUTDIR FILE.go...
#
# Writes layout.svg and layout.html for FILE.go (amd64, 386, arm64) into OUTDIR, checks that the
# SVG is well-formed XML, has a labelled group per field, hatched padding and pointer marks,
# then screenshots both with `chromium --headless` into OUTDIR/*.png and checks the screenshots
# are real pictures (PNG, the expected width, not blank) and that the page logged no console
# errors (script errors would break the architecture switch and the tooltips). Chromium comes from scripts/setup.sh;
# without it the test is skipped (exit code 77) with that message.
set -euo pipefail
gocc=$1 out=$2
shift 2
mkdir -p "$out"
chromium=$(command -v chromium || command -v chromium-browser || true)
"$gocc" layout --format=svg "$@" > "$out/layout.svg"
"$gocc" layout --format=html --arch=amd64,386,arm64 "$@" > "$out/layout.html"
python3 - "$out/layout.svg" "$out/layout.html" <<'PY'
import sys, xml.etree.ElementTree as ET
svg = ET.parse(sys.argv[1]).getroot()
ns = "{http://www.w3.org/2000/svg}"
groups = svg.findall(".//%sg[@class='field']" % ns)
pads = svg.findall(".//%srect[@class='pad']" % ns)
ptrs = svg.findall(".//%srect[@class='ptr']" % ns)
titles = [g.find(ns + "title") for g in groups]
assert groups and all(t is not None and t.text for t in titles), "fields without tooltips"
assert pads and ptrs, "no padding or pointer marks"
html = open(sys.argv[2]).read()
assert html.count("<svg") == 3 and "<select id=\"arch\">" in html, "html: one svg per arch"
print("svg: %d field groups, %d padding runs, %d pointer marks" % (len(groups), len(pads), len(ptrs)))
PY
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (scripts/setup.sh installs it)"
  exit 77
fi
shot() {  # shot INPUT PNG WIDTH HEIGHT
  rm -f "$2"
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --enable-logging=stderr --v=0 \
    --user-data-dir="$out/chromium-profile" --window-size="$3,$4" --screenshot="$2" \
    "file://$1" > "$out/chromium.log" 2>&1 || { cat "$out/chromium.log"; return 1; }
  # Script errors and failed loads show up as console lines.
  if grep -E ':CONSOLE:|Uncaught|Failed to load' "$out/chromium.log"; then
    echo "FAIL: errors in the page's console ($1)"; return 1
  fi
  python3 - "$2" "$3" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
assert w == int(sys.argv[2]), "width %d" % w
# Not blank: the decompressed pixels must not all be one value.
idat = b"".join(data[i + 8:i + 8 + struct.unpack(">I", data[i:i + 4])[0]]
                for i in range(8, len(data)) if data[i + 4:i + 8] == b"IDAT")
pixels = zlib.decompress(idat)
assert len(set(pixels[: 200000])) > 8, "blank screenshot"
print("%s: %dx%d PNG" % (sys.argv[1], w, h))
PY
}
shot "$(realpath "$out/layout.svg")" "$out/layout_svg.png" 900 1400
shot "$(realpath "$out/layout.html")" "$out/layout_html.png" 900 1000
shot "$(realpath "$out/layout.html")#arch=1" "$out/layout_html_386.png" 900 1000
echo "PASS: pictures in $out"
