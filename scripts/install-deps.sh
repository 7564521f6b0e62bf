#!/bin/sh
# Installs the Debian packages eventwatch needs to build and test, when
# missing.  Uses sudo when not root.  Quiet when everything is present.
set -e
PKGS="build-essential pkg-config libsqlite3-dev sqlite3 libxml2-dev libjansson-dev
libmicrohttpd-dev libutf8proc-dev libcmocka-dev iso-codes"
[ -n "$EW_EXTRA_PKGS" ] && PKGS="$PKGS $EW_EXTRA_PKGS"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "eventwatch: installing Debian packages:$missing" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "eventwatch: need root or sudo to install:$missing" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
