#!/usr/bin/env python3
"""sample_events.py -- a reproducible random sample of coded events to judge.

  sample_events.py EVENTS.jsonl [N] [SEED]      (defaults 200, 20261128)

Prints one block per event: number, doc and sentence id, the sentence, and
source / target / code with the words each came from and the pattern.  The
same file, N and seed always give the same sample (random.Random(seed)).
"""
import json
import random
import sys


def main(argv):
    path = argv[1]
    n = int(argv[2]) if len(argv) > 2 else 200
    seed = int(argv[3]) if len(argv) > 3 else 20261128
    with open(path, encoding="utf-8", errors="replace") as f:
        events = [json.loads(l) for l in f if l.strip()]
    pick = sorted(random.Random(seed).sample(range(len(events)), min(n, len(events))))
    for k, i in enumerate(pick, 1):
        e = events[i]
        s, t = e.get("source") or {}, e.get("target") or {}
        print(f"#{k} [{e.get('doc_id')} s{e.get('sent_id')}] {e.get('sentence')}")
        print(f"   {s.get('code')} ({s.get('text')}) -> {t.get('code')} ({t.get('text')})"
              f"  {e.get('code')}  via {e.get('pattern')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
