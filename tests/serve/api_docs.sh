#!/bin/sh
# tests/serve/api_docs.sh -- every example request of docs/api.md against
# a live `eventwatch serve` on the store the examples were made from
# (bench/gen_events, same parameters): same status, same keys and JSON
# types in the response, error messages word for word.
command -v python3 >/dev/null || { echo "python3 absent"; exit 77; }
. "$(dirname "$0")/server.inc"
python3 "$ROOT/tests/serve/api_docs.py" "$BASE" "$ROOT/docs/api.md"
