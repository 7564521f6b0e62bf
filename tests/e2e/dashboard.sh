#!/bin/sh
# tests/e2e/dashboard.sh -- end-to-end: Debian's chromium (headless,
# driven by playwright-core from npm) against `eventwatch serve` on a
# synthetic demo store (bench/gen_events).  Installs what it needs:
# chromium via apt-get when missing, playwright-core via `npm ci` of
# web/package-lock.json into a cache directory outside the tree.  Skips
# (77) only when chromium cannot be installed or node/npm are absent.
# Screenshots: tests/e2e/artifacts/.
ROOT=${EW_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${EW_BUILD:-$ROOT/build}
BIN=${EW_BIN:-$BUILD/eventwatch}
GEN=$BUILD/bench/gen_events
CHROMIUM=${EW_CHROMIUM:-/usr/bin/chromium}

apt_install() {   # Debian packages, with sudo when not root
    SUDO=""; [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null 2>&1 ||
        { $SUDO apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null 2>&1; }
}
[ -x "$CHROMIUM" ] || apt_install chromium
[ -x "$CHROMIUM" ] || { echo "chromium cannot be installed"; exit 77; }
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
command -v node >/dev/null && command -v npm >/dev/null || { echo "node/npm cannot be installed"; exit 1; }
[ -x "$GEN" ] && [ -x "$BIN" ] || { echo "build first: $GEN $BIN"; exit 1; }

# playwright-core, pinned by web/package-lock.json, cached by its hash
hash=$(cat "$ROOT/web/package-lock.json" | sha256sum | cut -c1-16)
NPM_DIR=${EW_NPM_CACHE:-${TMPDIR:-/tmp}/eventwatch-e2e-$hash}
if [ ! -f "$NPM_DIR/node_modules/playwright-core/package.json" ]; then
    mkdir -p "$NPM_DIR" && cp "$ROOT/web/package.json" "$ROOT/web/package-lock.json" "$NPM_DIR/" &&
        (cd "$NPM_DIR" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null 2>&1) ||
        { echo "npm ci failed"; exit 1; }
fi

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM
# the demo store: the bundled sample corpus (`make demo`) coded by the
# shipped dictionaries and models; when that yields no alert (no parser
# model yet), the synthetic store of bench/gen_events instead
"$BIN" ingest --db "$work/demo.db" -j 2 --date 2025-12-04 --source DKNews.kz \
    "$ROOT/data/sample/news.jsonl" >/dev/null 2>&1
if ! "$BIN" alerts --db "$work/demo.db" --limit 1 2>/dev/null | grep -q '^ALERT'; then
    echo "sample corpus gave no alert: using the synthetic store"
    rm -f "$work"/demo.db*
    "$GEN" --db "$work/demo.db" --events 20000 --sentences 20000 --from 20250101 --days 365 >/dev/null || exit 1
fi
"$BIN" serve --db "$work/demo.db" --port 0 --web "$ROOT/web" --threads 4 2>"$work/serve.log" &
pid=$!
port=""
for _ in $(seq 1 300); do
    port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" 2>/dev/null)
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { echo "server did not start:"; cat "$work/serve.log"; exit 1; }
EW_URL="http://127.0.0.1:$port/" EW_PLAYWRIGHT="$NPM_DIR/node_modules/playwright-core" \
    EW_ARTIFACTS="$ROOT/tests/e2e/artifacts" EW_CHROMIUM="$CHROMIUM" \
    node "$ROOT/tests/e2e/dashboard.test.js"
rc=$?
kill -TERM "$pid"; wait "$pid"; src=$?; pid=""
[ $src -eq 0 ] || { echo "serve did not stop cleanly on SIGTERM ($src)"; cat "$work/serve.log"; exit 1; }
exit $rc
