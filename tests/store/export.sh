#!/bin/sh
# Exports: each format's column count and names against its codebook, and
# Python's csv module reads every file back with the same number of fields
# on every row.  Events are invented fixtures (no ../shared needed).
command -v python3 >/dev/null 2>&1 || { echo "python3 absent"; exit 77; }
BIN=${EW_BIN:-build/eventwatch}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat >"$T/docs.jsonl" <<'J'
{"id":"x1","date":"2025-04-02","source":"Steppe Herald","url":"http://example.org/x1","title":"Border","text":"Kyrgyz and Tajik officials agreed on a water-sharing schedule, officials said."}
{"id":"x2","date":"2025-04-02","source":"Valley Post","url":"http://example.org/x2?a=1,b=2","text":"Tajik and Kyrgyz delegations agreed, \"in principle\", on water quotas."}
J
cat >"$T/ev.jsonl" <<'J'
{"doc_id":"x1","sent_id":"1","date":"2025-04-02","source":{"code":"KGZGOV","text":"Kyrgyz officials","country":"KGZ","agent":"GOV"},"target":{"code":"TJKGOV","text":"Tajik","country":"TJK","agent":"GOV"},"code":"057","pattern":"AGREE ON","spans":{"verb":[24,30]},"sentence":"Kyrgyz and Tajik officials agreed on a water-sharing schedule,\tofficials said.","location":{"name":"Batken, Kyrgyzstan","country":"KG","lat":40.06,"lon":70.82},"actor1_geo":{"type":4,"name":"Bishkek, Kyrgyzstan","country":"KG","adm1":"KG01","lat":42.87,"lon":74.59,"feature_id":1528675},"actor2_geo":{"type":1,"name":"Tajikistan","country":"TJ","lat":39.0,"lon":71.0}}
{"doc_id":"x2","sent_id":"1","date":"2025-04-02","source":{"code":"KGZGOV","text":"Kyrgyz","country":"KGZ"},"target":{"code":"TJKGOV","text":"Tajik","country":"TJK"},"code":"057","spans":{"verb":[30,36]},"sentence":"Tajik and Kyrgyz delegations agreed, \"in principle\", on water quotas.","location":{"name":"Batken, Kyrgyzstan","country":"KG","lat":40.06,"lon":70.82}}
{"doc_id":"x2","sent_id":"2","date":"2025-04-03","source":{"code":"TJKMIL","country":"TJK","agent":"MIL"},"target":{"code":"KGZMIL","country":"KGZ"},"code":"190","sentence":"Line with, commas;\nand a newline."}
J
"$BIN" ingest -q --no-code --db "$T/e.db" "$T/docs.jsonl" --events "$T/ev.jsonl" || { echo "ingest failed"; exit 1; }
for f in gdelt1 gdelt2 phoenix icews csv jsonl; do
    "$BIN" export --db "$T/e.db" --format $f --out "$T/out.$f" 2>/dev/null || { echo "export $f failed"; exit 1; }
done
python3 - "$T" <<'PY'
import csv, json, sys
T = sys.argv[1]
actor = lambda n: [f"Actor{n}{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
        "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
event = ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
         "NumMentions", "NumSources", "NumArticles", "AvgTone"]
def geo(p, adm2):
    cols = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if adm2 else []) + ["Lat", "Long", "FeatureID"]
    return [f"{p}_{c}" for c in cols]
head = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
expect = {
    "gdelt1": head + actor(1) + actor(2) + event + geo("Actor1Geo", 0) + geo("Actor2Geo", 0) + geo("ActionGeo", 0) + ["DATEADDED", "SOURCEURL"],
    "gdelt2": head + actor(1) + actor(2) + event + geo("Actor1Geo", 1) + geo("Actor2Geo", 1) + geo("ActionGeo", 1) + ["DATEADDED", "SOURCEURL"],
    "phoenix": ["EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
                "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
                "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
                "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources"],
    "icews": ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
              "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
              "City", "District", "Province", "Country", "Latitude", "Longitude"],
}
counts = {"gdelt1": 58, "gdelt2": 61, "phoenix": 26, "icews": 20}
bad = 0
for fmt, names in expect.items():
    assert len(names) == counts[fmt], (fmt, len(names))
    with open(f"{T}/out.{fmt}", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != names:
        print(fmt, "header differs:", [(a, b) for a, b in zip(rows[0], names) if a != b][:5], len(rows[0])); bad += 1
    if len(rows) != 3 or any(len(r) != counts[fmt] for r in rows):
        print(fmt, "rows/fields:", len(rows), [len(r) for r in rows]); bad += 1
with open(f"{T}/out.csv", newline="") as fh:
    rows = list(csv.reader(fh))
if len(rows) != 3 or len({len(r) for r in rows}) != 1 or "sentence" not in rows[0]:
    print("csv:", [len(r) for r in rows]); bad += 1
g = list(csv.DictReader(open(f"{T}/out.gdelt1", newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
agree = [r for r in g if r["EventCode"] == "057"][0]
if (agree["NumMentions"], agree["NumArticles"], agree["NumSources"], agree["AvgTone"]) != ("2", "2", "2", ""):
    print("gdelt counts:", agree); bad += 1
if agree["ActionGeo_FullName"] != "Batken, Kyrgyzstan" or agree["Actor1Religion1Code"] != "":
    print("gdelt fields:", agree); bad += 1
want1 = {"Actor1Geo_Type": "4", "Actor1Geo_FullName": "Bishkek, Kyrgyzstan", "Actor1Geo_CountryCode": "KG",
         "Actor1Geo_ADM1Code": "KG01", "Actor1Geo_Lat": "42.8700", "Actor1Geo_Long": "74.5900",
         "Actor1Geo_FeatureID": "1528675", "Actor2Geo_Type": "1", "Actor2Geo_FullName": "Tajikistan",
         "Actor2Geo_CountryCode": "TJ", "Actor2Geo_ADM1Code": "", "Actor2Geo_Lat": "39.0000",
         "Actor2Geo_Long": "71.0000", "Actor2Geo_FeatureID": ""}
for fmt in ("gdelt1", "gdelt2"):
    rows = list(csv.DictReader(open(f"{T}/out.{fmt}", newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
    r = [r for r in rows if r["EventCode"] == "057"][0]
    got = {k: r[k] for k in want1}
    if got != want1 or r["ActionGeo_FullName"] != "Batken, Kyrgyzstan":
        print(fmt, "actor geo:", got); bad += 1
    if fmt == "gdelt2" and (r["Actor1Geo_ADM2Code"], r["ActionGeo_ADM2Code"]) != ("", ""):
        print(fmt, "ADM2:", r); bad += 1
    r = [r for r in rows if r["EventCode"] == "190"][0]
    if r["Actor1Geo_Type"] or r["Actor2Geo_FullName"]:
        print(fmt, "actor geo invented:", r); bad += 1
js = [json.loads(l) for l in open(f"{T}/out.jsonl")]
if js and js[0].get("actor1_geo", {}).get("name") != "Bishkek, Kyrgyzstan":
    print("jsonl actor1_geo:", js[0]); bad += 1
if len(js) != 2 or js[0]["num_articles"] != 2:
    print("jsonl:", js); bad += 1
sys.exit(1 if bad else 0)
PY
