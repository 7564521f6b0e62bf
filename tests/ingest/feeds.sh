#!/bin/sh
# Document readers: RSS 2.0, Atom, PETRARCH XML and plain text are read
# (format from content), HTML in feed bodies is stripped, dates parsed,
# items without text are reported and skipped, an item without a date is
# kept with a warning and the default date, re-ingest is idempotent (same
# documents, nothing new).
BIN=${EW_BIN:-build/eventwatch}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cat >"$T/feed.rss" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Danube Observer</title>
<item><title>Talks resume</title><link>http://example.org/r1</link><guid>r1</guid>
<pubDate>Tue, 06 May 2025 09:00:00 GMT</pubDate>
<description><![CDATA[<p>Negotiators from <b>both capitals</b> resumed talks on Tuesday.</p>]]></description></item>
<item><title>No date</title><guid>r2</guid><description>Undated item.</description></item>
</channel></rss>
X
cat >"$T/feed.atom" <<'X'
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Steppe Bulletin</title>
<entry><id>urn:a1</id><title>Pipeline deal</title><link href="http://example.org/a1"/>
<published>2025-05-07T08:00:00Z</published><summary>The two energy ministers signed a transit agreement.</summary></entry>
<entry><id>urn:a2</id><title>Empty</title><updated>2025-05-07T08:00:00Z</updated><summary>   </summary></entry>
</feed>
X
cat >"$T/petr.xml" <<'X'
<Sentences>
<Sentence date="20250508" id="P-1" source="Wire" sentence="True"><Text>Border guards of the two republics exchanged fire overnight.</Text></Sentence>
<Sentence date="20250509" id="P-2" source="Wire" sentence="True"><Text>The ombudsman criticized the detention of journalists.</Text></Sentence>
</Sentences>
X
printf 'Water levels in the shared reservoir fell again this week,\nofficials said.\n' >"$T/story.txt"
printf '<rss><channel><item>broken' >"$T/bad.xml"
"$BIN" ingest --no-code --date 2025-05-10 --db "$T/f.db" "$T/feed.rss" "$T/feed.atom" "$T/petr.xml" "$T/story.txt" "$T/bad.xml" 2>"$T/err"
rc=$?
cat "$T/err"
[ $rc -eq 3 ] || fail "exit $rc, want 3"
grep -q "feed.rss:.*\[r2\] warning: bad date '(missing)': document kept, the default date: 2025-05-10" "$T/err" || fail "undated RSS item not reported"
grep -q "feed.atom:.*\[urn:a2\] error: empty text" "$T/err" || fail "empty Atom entry not reported"
grep -q "bad.xml.*broken XML" "$T/err" || fail "broken XML not reported"
grep -q "read 6 documents: 6 stored" "$T/err" || fail "summary"
grep -q "bad dates repaired 1, left unknown 0" "$T/err" || fail "summary of repaired dates"
"$BIN" ingest --no-code --date 2025-05-10 -q --db "$T/f.db" "$T/feed.rss" "$T/feed.atom" "$T/petr.xml" "$T/story.txt" 2>"$T/err2"
grep -q "read 6 documents: 0 stored, 6 already stored" "$T/err2" || { cat "$T/err2"; fail "re-ingest not idempotent"; }
if command -v python3 >/dev/null 2>&1; then
    python3 - "$T/f.db" <<'PY' || fail "stored documents"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = {r[0]: r[1:] for r in db.execute("select ext_id, date, source, url, text from documents")}
assert rows["r1"] == (20250506, "Danube Observer", "http://example.org/r1",
                      "Negotiators from both capitals resumed talks on Tuesday."), rows["r1"]
assert rows["urn:a1"][0:3] == (20250507, "Steppe Bulletin", "http://example.org/a1"), rows["urn:a1"]
assert rows["P-1"][0:2] == (20250508, "Wire"), rows["P-1"]
assert rows["story.txt"][0] == 20250510, rows["story.txt"]
assert rows["r2"][0] == 20250510, rows["r2"]
assert len(rows) == 6
PY
fi
echo "feeds: ok"
