#!/bin/sh
# web/vendor.sh -- `make web`: installs the pinned npm packages of
# web/package-lock.json (npm ci, in a scratch directory outside the tree)
# and copies the minified browser builds the dashboard loads into
# web/vendor/, with their licences.  The result is committed, so users
# need neither npm nor a network.  Also writes web/vendor/countries.json
# (ISO 3166-1 alpha-3 -> numeric code and name, the ids world-atlas uses)
# from Debian's iso-codes package.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$tmp/"
(cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --omit=dev >/dev/null)
nm=$tmp/node_modules
out=$here/vendor
mkdir -p "$out/licenses"
cp "$nm/uplot/dist/uPlot.iife.min.js" "$nm/uplot/dist/uPlot.min.css" "$out/"
cp "$nm/d3-array/dist/d3-array.min.js" "$nm/d3-geo/dist/d3-geo.min.js" "$out/"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$out/"
cp "$nm/world-atlas/countries-110m.json" "$out/"
for p in uplot d3-array d3-geo topojson-client world-atlas; do
    cp "$nm/$p/LICENSE" "$out/licenses/$p.LICENSE"
done
iso=/usr/share/iso-codes/json/iso_3166-1.json
if [ -r "$iso" ]; then
    node -e '
const j = require(process.argv[1])["3166-1"], o = {};
for (const c of j) o[c.alpha_3] = [c.numeric, c.common_name || c.name];
o.XKX = ["-99", "Kosovo"];
process.stdout.write(JSON.stringify(o));' "$iso" >"$out/countries.json"
    cp /usr/share/doc/iso-codes/copyright "$out/licenses/iso-codes.copyright"
fi
echo "web/vendor: $(ls "$out" | tr '\n' ' ')"
