#!/usr/bin/env python3
"""How the sample corpus codes, per storyline.

    build/eventwatch ingest -q --db /tmp/s.db data/sample/news.jsonl
    build/eventwatch export --db /tmp/s.db --format jsonl \\
        | python3 data/sample/coding_report.py [--stories]

Prints, for each storyline of stories.txt: stories, stories with >= 1
event, events, events whose source and target are two different known
countries (or IGOs), and conflict (QuadClass 3-4) events.  --stories
also lists every story with its events, to review the coding by hand.
"""
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    docs = [json.loads(l) for l in open(os.path.join(HERE, "news.jsonl"), encoding="utf-8")]
    sec = dict(l.split("\t") for l in subprocess.run(
        [sys.executable, os.path.join(HERE, "gen_news.py"), "--sections"],
        check=True, capture_output=True, text=True).stdout.splitlines())
    ev = collections.defaultdict(list)
    for line in sys.stdin:
        e = json.loads(line)
        ev[e.get("doc_id")].append(e)
    rows = collections.OrderedDict()
    for d in docs:
        r = rows.setdefault(sec.get(d["id"], "-"), [0, 0, 0, 0, 0])
        es = ev.get(d["id"], [])
        r[0] += 1
        r[1] += bool(es)
        r[2] += len(es)
        for e in es:
            a, b = (e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")
            r[3] += bool(a and b and a != b)
            r[4] += e.get("quad_class") in (3, 4)
    print(f"{'storyline':<20} {'stories':>7} {'coded':>6} {'events':>6} {'dyadic':>6} {'confl':>6}")
    tot = [0] * 5
    for name, r in rows.items():
        print(f"{name:<20} {r[0]:>7} {r[1]:>6} {r[2]:>6} {r[3]:>6} {r[4]:>6}")
        tot = [x + y for x, y in zip(tot, r)]
    print(f"{'all':<20} {tot[0]:>7} {tot[1]:>6} {tot[2]:>6} {tot[3]:>6} {tot[4]:>6}")
    if "--stories" in sys.argv[1:]:
        for d in docs:
            print(f"\n{d['id']} {d['date']} [{sec.get(d['id'], '-')}] {d['title']}")
            for e in ev.get(d["id"], []):
                s, t = e.get("source") or {}, e.get("target") or {}
                print(f"  s{e.get('sent_id')} {s.get('code') or '-':>10} -> {t.get('code') or '-':<10} "
                      f"{e.get('code'):<5} {s.get('text', '')[:35]!r} -> {t.get('text', '')[:35]!r}")


if __name__ == "__main__":
    main()
