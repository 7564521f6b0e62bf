#!/usr/bin/env python3
"""Builds data/sample/news.jsonl from data/sample/stories.txt.

The stories are fiction written for eventwatch (see README.md): each block
in stories.txt is a header line "@ DATE | PLACE | Source | Title" and the
body.  This script only adds what is mechanical -- the id, the example.org
URL and the wire dateline "PLACE, Mon. D (Source) - " -- and checks what a
hand-edited file gets wrong: bad dates, empty bodies, duplicate titles.

    python3 data/sample/gen_news.py            # rewrites news.jsonl
    python3 data/sample/gen_news.py --check    # exit 1 if news.jsonl is stale
    python3 data/sample/gen_news.py --sections # "id<TAB>storyline" per story

Output is deterministic (sorted by date, then by order in the file).
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "stories.txt")
OUT = os.path.join(HERE, "news.jsonl")
# AP-style month abbreviations, the form wire datelines use
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
          "Sept.", "Oct.", "Nov.", "Dec."]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60].rstrip("-")


def parse(path):
    stories, cur, section = [], None, ""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("## section:"):
                section = line.split(":", 1)[1].strip()
                continue
            if line.startswith("#"):
                continue
            if line.startswith("@"):
                parts = [p.strip() for p in line[1:].split("|")]
                if len(parts) != 4:
                    sys.exit(f"{path}:{n}: header needs DATE | PLACE | Source | Title")
                try:
                    date = datetime.date.fromisoformat(parts[0])
                except ValueError:
                    sys.exit(f"{path}:{n}: bad date {parts[0]!r}")
                cur = {"line": n, "date": date, "place": parts[1], "source": parts[2],
                       "title": parts[3], "body": [], "section": section}
                stories.append(cur)
            elif line.strip():
                if cur is None:
                    sys.exit(f"{path}:{n}: text before the first header")
                cur["body"].append(line.strip())
            else:
                cur = None
    return stories


def ordered(stories):
    """(id, story) in output order: by date, then by place in the file."""
    order = sorted(range(len(stories)), key=lambda i: (stories[i]["date"], i))
    return [(f"ew-sample-{k:03d}", stories[i]) for k, i in enumerate(order, 1)]


def render(stories):
    seen = set()
    out = []
    for sid, s in ordered(stories):
        if not s["body"]:
            sys.exit(f"{SRC}:{s['line']}: empty story")
        if s["title"] in seen:
            sys.exit(f"{SRC}:{s['line']}: duplicate title {s['title']!r}")
        seen.add(s["title"])
        d = s["date"]
        dateline = f"{s['place']}, {MONTHS[d.month - 1]} {d.day} ({s['source']}) - "
        out.append(json.dumps({
            "id": sid,
            "date": d.isoformat(),
            "source": s["source"],
            "url": f"https://news.example.org/{slug(s['source'])}/{d:%Y/%m/%d}/{slug(s['title'])}",
            "title": s["title"],
            "text": dateline + " ".join(s["body"]),
        }, ensure_ascii=False))
    return "\n".join(out) + "\n"


def main():
    stories = parse(SRC)
    if "--sections" in sys.argv[1:]:
        for sid, s in ordered(stories):
            print(f"{sid}\t{s['section'] or '-'}")
        return
    text = render(stories)
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            sys.exit(0 if f.read() == text else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
