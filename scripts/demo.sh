#!/bin/sh
# `make demo`: the main job on the bundled sample corpus.
#   1. ingest data/sample/news.jsonl (and the seed story from ../shared/seed
#      when present) into eventwatch.db, coded with the shipped dictionaries
#      and models;
#   2. show what an analyst sees first: counts, top dyads, quad classes,
#      alerts and one mediation timeline;
#   3. say how to go further (dashboard, exports).
set -e
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EW="$ROOT/$BUILD/eventwatch"
DB=${EW_DEMO_DB:-$ROOT/eventwatch.db}
cd "$ROOT"
rm -f "$DB" "$DB-wal" "$DB-shm"

inputs="data/sample/news.jsonl"
seed_dir="$ROOT/../shared/seed"
if [ -d "$seed_dir" ]; then
    inputs="$inputs $(ls "$seed_dir"/*.txt 2>/dev/null | tr '\n' ' ')"
fi

echo "== ingest: $inputs"
# shellcheck disable=SC2086
"$EW" ingest --db "$DB" -j 2 --date 2025-12-04 --source DKNews.kz $inputs

echo
echo "== what is in the database"
"$EW" stats --db "$DB"

echo
echo "== early-warning alerts"
"$EW" alerts --db "$DB" --limit 5

echo
echo "== mediation: Armenia - Azerbaijan"
"$EW" mediation --db "$DB" --dyad ARM-AZE

cat <<EOF2

Next:
  $BUILD/eventwatch serve --db $(basename "$DB")        # then open http://127.0.0.1:8080/
  $BUILD/eventwatch export --db $(basename "$DB") --format gdelt2 > events.tsv
  sqlite3 $(basename "$DB") 'SELECT * FROM events LIMIT 5'   # schema: docs/schema.md
EOF2
