#!/bin/sh
# tests/serve/bad_requests.sh -- malformed query strings, huge parameters
# and headers, path traversal, wrong methods, garbage and slow clients
# against a live `eventwatch serve`: each gets a 4xx or a closed
# connection, and the server keeps answering everyone else meanwhile.
command -v python3 >/dev/null || { echo "python3 absent"; exit 77; }
. "$(dirname "$0")/server.inc"
python3 "$ROOT/tests/serve/bad_requests.py" 127.0.0.1 "$port" || exit 1
kill -TERM "$pid"; wait "$pid"; rc=$?; pid=""
[ $rc -eq 0 ] || { echo "serve exited $rc on SIGTERM"; cat "$work/serve.log"; exit 1; }
