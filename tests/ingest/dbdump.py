"""Canonical dump of an eventwatch store for comparisons: every table
sorted by key, session timestamps (`added`, `at`) left out.  Used by the
ingest tests (determinism across -j, crash safety)."""
import sqlite3
import sys


def dump(path):
    db = sqlite3.connect(path)
    # stored text is whatever the coder produced; compare bytes, do not
    # fail on a malformed sequence
    db.text_factory = lambda b: b.decode("utf-8", "backslashreplace")
    out = []
    for table, cols in (("documents", "id, sha256, ext_id, date, source, url, title"),
                        ("sentences", "id, doc, sent_id, offset, text"),
                        ("events", "*"),
                        ("mentions", "*")):
        names = [d[1] for d in db.execute(f"pragma table_info({table})")]
        keep = names if cols == "*" else [c.strip() for c in cols.split(",")]
        keep = [c for c in keep if c != "added"]
        for row in db.execute(f"select {', '.join(keep)} from {table} order by 1, 2, 3, 4"):
            out.append(f"{table}\t" + "\t".join(map(str, row)))
    return out


if __name__ == "__main__":
    lines = dump(sys.argv[1])
    sys.stdout.write("\n".join(lines) + "\n")
