#!/bin/sh
# `eventwatch code` end to end on invented fixtures: PETRARCH XML with Penn
# parses and CoNLL-U, JSON Lines fields and spans, the same bytes for -j 1
# and -j 3, a record without a parse reported and skipped (exit 3); parsed
# input enriched and placed exactly as the raw-text path does it.
set -u
BIN=${EW_BIN:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/dict"
printf -- '--- ATTACK [190] ---\nATTACK\nATTACKED\n\n--- MEET [036] ---\nMEET\nMET\n- * WITH + [040]\n' > "$T/dict/v.txt"
printf 'VELMORA [VLM]\nKASTRIA [KST]\nDUNHOLT [DNH]\n' > "$T/dict/a.txt"
printf 'POLICE [~COP]\n' > "$T/dict/g.txt"
printf 'FOOTBALL\n' > "$T/dict/d.txt"
printf '[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\nagentfile_name = g.txt\ndiscardfile_name = d.txt\n' > "$T/dict/PETR_config.ini"
cat > "$T/in.xml" <<'X'
<Sentences>
<Sentence date="20050101" id="d1_1" source="test" sentence="True">
<Text>Velmora police attacked Kastria.</Text>
<Parse>(ROOT (S (NP (NNP Velmora) (NN police)) (VP (VBD attacked) (NP (NNP Kastria))) (. .)))</Parse>
</Sentence>
<Sentence date="20050102" id="d2_1" source="test" sentence="True">
<Text>Dunholt met with "Kastria" &amp; friends.</Text>
<Parse>(ROOT (S (NP (NNP Dunholt)) (VP (VBD met) (PP (IN with) (NP (`` ``) (NNP Kastria) ('' '') (CC &amp;) (NNS friends)))) (. .)))</Parse>
</Sentence>
<Sentence date="20050103" id="d3_1" source="test" sentence="True">
<Text>No parse here.</Text>
</Sentence>
<Sentence date="20050104" id="d4_1" source="test" sentence="True">
<Text>Kastria attacked Velmora near Kharkiv.</Text>
<Parse>(ROOT (S (NP (NNP Kastria)) (VP (VBD attacked) (NP (NNP Velmora)) (PP (IN near) (NP (NNP Kharkiv)))) (. .)))</Parse>
</Sentence>
</Sentences>
X
"$BIN" code --dict "$T/dict" "$T/in.xml" > "$T/j1.jsonl" 2> "$T/err"
rc=$?
[ $rc -eq 3 ] || { echo "expected exit 3 (one record skipped), got $rc"; cat "$T/err"; exit 1; }
grep -q 'd3_1' "$T/err" || { echo "skipped record not reported"; cat "$T/err"; exit 1; }
"$BIN" code --dict "$T/dict" -j 3 "$T/in.xml" > "$T/j3.jsonl" 2>/dev/null
cmp -s "$T/j1.jsonl" "$T/j3.jsonl" || { echo "-j 1 and -j 3 differ"; exit 1; }
[ "$(wc -l < "$T/j1.jsonl")" -eq 3 ] || { echo "expected 3 events"; cat "$T/j1.jsonl"; exit 1; }
python3 - "$T/j1.jsonl" "$T/in.xml" <<'PY' || exit 1
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
want = [("d1_1", "VLMCOP", "KST", "190"), ("d2_1", "DNH", "KST", "040"), ("d4_1", "KST", "VLM", "190")]
got = [(e["sent_id"], e["source"]["code"], e["target"]["code"], e["code"]) for e in ev]
assert got == want, got
e = ev[0]
assert list(e)[:9] == ["doc_id", "sent_id", "date", "source", "target", "code", "root", "pattern", "spans"], list(e)
assert e["date"] == "2005-01-01" and e["root"] == "19"
# enrichment as on the raw-text path: CAMEO table, dimension, provenance
assert (e["quad_class"], e["goldstein"], e["plover"], e["dimension"]) == (4, -10.0, "ASSAULT", "politico-military"), e
assert e["sentence"] == "Velmora police attacked Kastria." and e["pattern_at"] == "v.txt:2", e
assert "location" not in e, e
g = ev[2]["location"]
assert g["country"] == "UA" and g["name"].startswith("Kharkiv"), g
text = "Velmora police attacked Kastria."
s, t, v = e["spans"]["source"], e["spans"]["target"], e["spans"]["verb"]
assert text[s[0]:s[1]] == "Velmora police", s
assert text[t[0]:t[1]] == "Kastria", t
assert text[v[0]:v[1]] == "attacked", v
assert ev[1]["pattern"].startswith("- * WITH +"), ev[1]["pattern"]
PY
# CoNLL-U input, date from --date
cat > "$T/in.conllu" <<'C'
# newdoc id = k1
# sent_id = c1
# text = Velmora met with Kastria.
1	Velmora	Velmora	PROPN	NNP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	with	with	ADP	IN	_	4	case	_	_
4	Kastria	Kastria	PROPN	NNP	_	2	obl	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = c2
# text = Velmora met with Kastria in Almaty.
1	Velmora	Velmora	PROPN	NNP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	with	with	ADP	IN	_	4	case	_	_
4	Kastria	Kastria	PROPN	NNP	_	2	obl	_	_
5	in	in	ADP	IN	_	6	case	_	_
6	Almaty	Almaty	PROPN	NNP	_	2	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_

C
"$BIN" code --dict "$T/dict" --date 20050105 "$T/in.conllu" > "$T/c.jsonl" 2>/dev/null || { echo "conllu run failed"; exit 1; }
grep -q '"sent_id":"c1","date":"2005-01-05","source":{"code":"VLM"' "$T/c.jsonl" || { echo "conllu event wrong"; cat "$T/c.jsonl"; exit 1; }
grep -q '"code":"040"' "$T/c.jsonl" || { echo "conllu pattern not used"; exit 1; }
[ "$(grep -c '^{"doc_id":"k1",' "$T/c.jsonl")" -eq 2 ] || { echo "newdoc id not carried to every sentence"; cat "$T/c.jsonl"; exit 1; }
# the same sentence as raw text: the same enrichment and places
printf 'Velmora met with Kastria in Almaty.\n' > "$T/c2.txt"
"$BIN" code --dict "$T/dict" --date 20050105 --text "$T/c2.txt" > "$T/t.jsonl" 2>/dev/null || { echo "raw-text run failed"; exit 1; }
python3 - "$T/c.jsonl" "$T/t.jsonl" <<'PY' || exit 1
import json, sys
c = [json.loads(l) for l in open(sys.argv[1])]
t = [json.loads(l) for l in open(sys.argv[2])]
assert len(c) == 2 and len(t) == 1, (c, t)
keep = ("quad_class", "goldstein", "plover", "dimension", "issues", "sentence", "pattern_at", "location")
a = {k: c[1].get(k) for k in keep}
b = {k: t[0].get(k) for k in keep}
assert a == b, (a, b)
assert a["location"]["country"] == "KZ", a
PY
"$BIN" code --dict "$T/dict" --no-geo --date 20050105 "$T/in.conllu" > "$T/ng.jsonl" 2>/dev/null || { echo "--no-geo run failed"; exit 1; }
grep -q '"location"' "$T/ng.jsonl" && { echo "--no-geo still geocoded"; exit 1; }
# An "NA" date loses the date, not the record: warned, coded, undated
# unless --date supplies one.
cat > "$T/na.xml" <<'X'
<Sentences>
<Sentence date="NA" id="n1_1" source="test" sentence="True">
<Text>Kastria attacked Velmora.</Text>
<Parse>(ROOT (S (NP (NNP Kastria)) (VP (VBD attacked) (NP (NNP Velmora))) (. .)))</Parse>
</Sentence>
<Sentence date="20050230" id="n2_1" source="test" sentence="True">
<Text>Velmora attacked Kastria.</Text>
<Parse>(ROOT (S (NP (NNP Velmora)) (VP (VBD attacked) (NP (NNP Kastria))) (. .)))</Parse>
</Sentence>
</Sentences>
X
"$BIN" code --dict "$T/dict" --no-geo "$T/na.xml" > "$T/na.jsonl" 2> "$T/na.err" || { echo "NA-date file failed"; cat "$T/na.err"; exit 1; }
grep -q "na.xml:.*n1_1.*'NA'" "$T/na.err" || { echo "NA date not warned with file and record"; cat "$T/na.err"; exit 1; }
grep -q "n2_1.*20050230" "$T/na.err" || { echo "impossible date not warned"; cat "$T/na.err"; exit 1; }
[ "$(grep -c '"date": *null' "$T/na.jsonl")" -eq 2 ] || { echo "undated events expected"; cat "$T/na.jsonl"; exit 1; }
"$BIN" code --dict "$T/dict" --no-geo --date 20050107 "$T/na.xml" 2>/dev/null | grep -c '"2005-01-07"' | grep -qx 2 \
    || { echo "--date not applied to undated XML records"; exit 1; }
echo "code CLI: XML and CoNLL-U events, spans, enrichment and places as raw text, -j determinism, skipped record reported, NA dates kept undated"
exit 0
