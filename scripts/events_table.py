#!/usr/bin/env python3
"""events_table.py -- eventwatch JSON Lines events (stdin) as a compact table:
sentence, source, target, CAMEO code, quad class, Goldstein, PLOVER,
OSCE dimension, verb byte span and the dictionary pattern.  The README uses
it to show the seed story's coding without quoting the story's text."""
import json
import sys

print("sent source  target    code  q  gold  plover   dimension              verb span  pattern")
for line in sys.stdin:
    e = json.loads(line)
    v = e["spans"]["verb"]
    print(f"{e['sent_id']:>3}  {e['source']['code']:<7} {e['target']['code']:<9} {e['code']:<4}  "
          f"{e.get('quad_class', 0)} {e.get('goldstein', 0.0):+5.1f}  {str(e.get('plover') or '-'):<8} "
          f"{str(e.get('dimension') or '-'):<22} verb@{v[0]}-{v[1]}  {e['pattern']}")
