#!/usr/bin/env python3
"""coverage_report.py -- coverage figures of an `eventwatch code` run.

  coverage_report.py CORPUS.jsonl EVENTS.jsonl [--top N]

Prints Markdown: articles in the corpus, articles with >= 1 event, events
with both sides resolved (a code that is not empty and not "---"), and the
top N actor codes (source and target counted together) and event codes.
Exit status 0; the figures are the caller's to judge.
"""
import collections
import json
import sys


def resolved(side):
    code = (side or {}).get("code") or ""
    return bool(code) and not code.startswith("---") and code != "---"


def main(argv):
    corpus, events = argv[1], argv[2]
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 30
    docs = 0
    with open(corpus, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.strip():
                docs += 1
    with_event = set()
    n = both = 0
    actors = collections.Counter()
    codes = collections.Counter()
    with open(events, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)
            n += 1
            with_event.add(e.get("doc_id"))
            s, t = e.get("source") or {}, e.get("target") or {}
            both += resolved(s) and resolved(t)
            for side in (s, t):
                actors[side.get("code") or ""] += 1
            codes[e.get("code")] += 1
    pct = lambda a, b: 100.0 * a / b if b else 0.0
    print(f"| figure | value | bar |")
    print(f"|---|---|---|")
    print(f"| articles in corpus | {docs} | |")
    print(f"| articles with >= 1 event | {len(with_event)} ({pct(len(with_event), docs):.1f}%) | >= 70% |")
    print(f"| events | {n} | |")
    print(f"| events with source and target resolved | {both} ({pct(both, n):.1f}%) | >= 80% |")
    print()
    print(f"Top {top} actor codes (source and target mentions):\n")
    print("| # | actor | count |")
    print("|---|---|---|")
    for i, (k, c) in enumerate(actors.most_common(top), 1):
        print(f"| {i} | `{k}` | {c} |")
    print()
    print(f"Top {top} event codes:\n")
    print("| # | code | count |")
    print("|---|---|---|")
    for i, (k, c) in enumerate(codes.most_common(top), 1):
        print(f"| {i} | `{k}` | {c} |")
    print()
    print(f"COVERAGE articles_pct={pct(len(with_event), docs):.1f} resolved_pct={pct(both, n):.1f} events={n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
