#!/bin/sh
# render.sh HTML PNG - renders a report in headless Chromium (Debian
# `chromium`, no network) and checks the screenshot is a real picture: a
# PNG of the window size with more than a handful of colours.
set -u
HTML=$1
PNG=$2
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROME" ]; then echo "render: chromium is not installed (make deps)"; exit 1; fi
PROFILE=$(mktemp -d)
rm -f "$PNG"
case "$HTML" in /*) URL="file://$HTML" ;; *) URL="file://$(pwd)/$HTML" ;; esac
timeout 120 "$CHROME" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --user-data-dir="$PROFILE" --hide-scrollbars \
  --window-size=1280,2400 --screenshot="$PNG" "$URL" >/dev/null 2>&1
rm -rf "$PROFILE"
[ -s "$PNG" ] || { echo "render: no screenshot from $CHROME"; exit 1; }
/usr/bin/python3 - "$PNG" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, w = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, hgt, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
colors = len(set(raw[i:i + 3] for i in range(0, min(len(raw), 4_000_000), 997)))
print(f"render: {sys.argv[1]}: {w}x{hgt} PNG, {colors} distinct colour samples")
sys.exit(0 if w >= 800 and colors > 20 else 1)
PY
