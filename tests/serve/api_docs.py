"""Replays the ```http examples of docs/api.md against a live server.

For each example: the documented status must match; the documented JSON
must be a "shape" of the live one: every documented key present with the
same JSON type (int and float count as numbers, a documented null matches
anything), arrays compared element by element up to the documented
length (live arrays may be longer only when the request pages), and
"error" messages must be equal.  Usage: api_docs.py BASE_URL api.md
"""
import json
import re
import sys
import urllib.error
import urllib.request


def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    return type(v).__name__


def same_shape(doc, live, where, errors):
    if doc is None:
        return
    if kind(doc) != kind(live):
        errors.append(f"{where}: documented {kind(doc)}, got {kind(live)}")
        return
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k not in live:
                errors.append(f"{where}.{k}: missing")
            elif k == "error" and v != live[k]:
                errors.append(f"{where}.error: documented {v!r}, got {live[k]!r}")
            else:
                same_shape(v, live[k], f"{where}.{k}", errors)
    elif isinstance(doc, list):
        if len(live) < len(doc):
            errors.append(f"{where}: documented {len(doc)} items, got {len(live)}")
        for i, (d, l) in enumerate(zip(doc, live)):
            same_shape(d, l, f"{where}[{i}]", errors)


def examples(text):
    pat = re.compile(r"```http\n(GET|HEAD) (\S+)\n```\s*\nResponse `(\d+)`:\s*\n```json\n(.*?)\n```", re.S)
    for m in pat.finditer(text):
        yield m.group(2), int(m.group(3)), json.loads(m.group(4))


def main():
    base, md = sys.argv[1], sys.argv[2]
    text = open(md, encoding="utf-8").read()
    n = failed = 0
    for path, status, body in examples(text):
        n += 1
        try:
            r = urllib.request.urlopen(base + path, timeout=30)
            st, raw, ctype = r.status, r.read(), r.headers.get("Content-Type")
        except urllib.error.HTTPError as e:
            st, raw, ctype = e.code, e.read(), e.headers.get("Content-Type")
        errors = []
        if st != status:
            errors.append(f"status: documented {status}, got {st}")
        if ctype != "application/json":
            errors.append(f"Content-Type {ctype}")
        same_shape(body, json.loads(raw), "$", errors)
        if errors:
            failed += 1
            print(f"FAIL {path}")
            for e in errors[:10]:
                print("    " + e)
        else:
            print(f"ok   {path}")
    if n < 10:
        print(f"only {n} examples found in {md}")
        return 1
    print(f"{n} examples, {failed} failed")
    return 1 if failed else 0


sys.exit(main())
