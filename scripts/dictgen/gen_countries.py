#!/usr/bin/env python3
"""Writes data/dict/eventwatch.countries.actors.txt.

Inputs: Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json) for
the list of countries and territories and their short, common and official
names; country_extras.py (written by the team) for adjectives, demonyms,
capitals and other names; the REGIONS, METONYMS and NAMED_THINGS tables
below.  Output is deterministic (sorted by code) so a regenerated file
diffs cleanly.  Usage: python3 scripts/dictgen/gen_countries.py > FILE
"""
import json
import re
import sys
import unicodedata

from country_extras import EXTRAS, NON_ISO

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# Phrases an ISO name would give one code but news use gives another.
REASSIGNED = {"CONGO": "COD"}

# CAMEO region codes (CAMEO actor codebook, "regions") plus a few the
# OSCE region needs that the codebook lacks (documented in docs/actor-codes.md).
REGIONS = [
    ("AFR", "Africa", "African,African continent,African countries,African states,African leaders,sub-Saharan Africa,Sub Saharan Africa"),
    ("ASA", "Asia", "Asian,Asian continent,Asian countries,Asia-Pacific,Asia Pacific"),
    ("BLK", "Balkans", "Balkan,Balkan states,Balkan countries"),
    ("WBK", "Western Balkans", "Western Balkan,Western Balkan states,Western Balkan countries"),
    ("CRB", "Caribbean", "Caribbean states,Caribbean nations"),
    ("CAU", "Caucasus", "Caucasian states,South Caucasus,Southern Caucasus,Transcaucasia,South Caucasian"),
    ("CFR", "Central Africa", "Central African states,Central African countries"),
    ("CAS", "Central Asia", "Central Asian,Central Asian states,Central Asian countries,Central Asian republics,Central Asians"),
    ("CEU", "Central Europe", "Central European,Central European states,Visegrad Group,Visegrad Four,V4"),
    ("EAF", "East Africa", "Eastern Africa,East African,Horn of Africa"),
    ("EEU", "Eastern Europe", "East European,Eastern European,Eastern European states,Eastern European countries,Eastern Partnership"),
    ("EIN", "East Indies", ""),
    ("EUR", "Europe", "European,European leaders,European continent,European states,European countries,European nations,Europeans"),
    ("LAM", "Latin America", "Latin American,Latin American states,Latin American countries"),
    ("CAM", "Central America", "Central American,Central American states,Central American countries"),
    ("MEA", "Middle East", "Mideast,Middle Eastern,Middle Eastern states,Near East"),
    ("MDT", "Mediterranean", "Mediterranean states,Mediterranean countries,Mediterranean region"),
    ("NAF", "North Africa", "North African,Maghreb,Maghrebi"),
    ("NMR", "North America", "North American"),
    ("PGS", "Persian Gulf", "Gulf states,Gulf countries,Gulf Arab states,Arabian Gulf"),
    ("SCN", "Scandinavia", "Scandinavian,Nordic countries,Nordic states,Nordics,Nordic-Baltic Eight"),
    ("BLT", "Baltic states", "Baltic countries,Baltics,Baltic republics"),
    ("SAM", "South America", "South American,South American states"),
    ("SAS", "South Asia", "South Asian,South Asian states,Indian subcontinent"),
    ("SEA", "Southeast Asia", "South-East Asia,South East Asia,Southeast Asian,South-East Asian"),
    ("SAF", "Southern Africa", "Southern African"),
    ("WAF", "West Africa", "Western Africa,West African,West African states"),
    ("SHL", "Sahel", "Sahel region,Sahelian,Sahel states,Sahelian states,Alliance of Sahel States"),
    ("WST", "the West", "Western countries,Western powers,Western nations,Western governments,Western states,Western allies"),
    ("EAS", "East Asia", "East Asian,Northeast Asia"),
    ("PAC", "Pacific Islands", "Pacific island states,Pacific island nations"),
    ("ARC", "Arctic", "Arctic region,Arctic states"),
    ("BSR", "Black Sea region", "Black Sea states,Black Sea littoral states"),
    ("CSP", "Caspian region", "Caspian states,Caspian littoral states"),
]

# Sub-national regions that stand for their country in news (CAMEO codes
# a place by the country it is in).  Names that are also countries or
# common words ("Georgia", "Victoria") are left out.
SUBNATIONAL = {
    "USA": "Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,"
           "Delaware,Florida,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,"
           "Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,"
           "Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,"
           "New Hampshire,New Jersey,New Mexico,New York,North Carolina,"
           "North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,"
           "South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,"
           "Virginia,West Virginia,Wisconsin,Wyoming,Guantanamo Bay,"
           "Los Angeles,Chicago,San Francisco,Boston",
    "CAN": "Ontario,Quebec,British Columbia,Alberta,Manitoba,Saskatchewan,"
           "Nova Scotia,New Brunswick,Newfoundland,Toronto,Montreal,Vancouver",
    "AUS": "New South Wales,Queensland,Tasmania,South Australia,"
           "Western Australia,Northern Territory,Sydney,Melbourne,Brisbane,Perth",
    "GBR": "Edinburgh,Cardiff,Belfast,Manchester,Birmingham",
    "RUS": "Chechnya,Chechen,Dagestan,Ingushetia,Tatarstan,Kaliningrad,"
           "Siberia,St. Petersburg,Saint Petersburg",
    "UKR": "Crimea,Crimean,Donbas,Donbass,Donetsk,Luhansk,Lugansk,Kharkiv,"
           "Kherson,Zaporizhzhia,Zaporozhye,Odesa,Odessa,Mariupol,Lviv,Dnipro",
    "CHN": "Xinjiang,Tibet,Tibetan,Shanghai,Guangdong,Shenzhen,Hainan",
    "SDN": "Darfur,Kordofan,El Fasher,Omdurman",
    "IRQ": "Kurdistan Region,Iraqi Kurdistan,Erbil,Mosul,Basra,Kirkuk,Fallujah",
    "SYR": "Aleppo,Idlib,Homs,Raqqa,Deir ez-Zor,Latakia",
    "UZB": "Karakalpakstan,Samarkand,Bukhara,Fergana,Andijan,Namangan",
    "TJK": "Gorno-Badakhshan,GBAO,Khujand,Khatlon",
    "KGZ": "Osh,Batken,Jalal-Abad",
    "KAZ": "Shymkent,Karaganda,Aktau,Atyrau,Zhanaozen",
    "AZE": "Nakhchivan,Ganja,Shusha,Khankendi,Karabakh,Nagorno-Karabakh",
    "ARM": "Syunik,Gyumri",
    "GEO": "Batumi,Adjara",
    "AFG": "Kandahar,Helmand,Herat,Mazar-i-Sharif,Jalalabad,Kunduz,Panjshir",
    "PAK": "Karachi,Lahore,Peshawar,Balochistan,Khyber Pakhtunkhwa,Waziristan",
    "IND": "Mumbai,Kashmir,Jammu and Kashmir,Kolkata",
    "TUR": "Istanbul,Izmir,Diyarbakir",
    "ISR": "Haifa",
    "PSE": "Rafah,Khan Younis,Jenin,Hebron,Nablus,Gaza City",
    "LBN": "Sidon,Bekaa",
    "YEM": "Hodeidah,Marib,Taiz",
    "SRB": "Vojvodina,Novi Sad",
    "MDA": "Gagauzia,Comrat",
}

# Seats of government named for the government itself: code = country+GOV
# (or MIL).  Each is a metonym used in wire copy.
METONYMS = [
    ("RUSGOV", "Kremlin", "the Kremlin"),
    ("USAGOV", "White House", "State Department,US State Department,U.S. State Department,Foggy Bottom,Oval Office"),
    # US departments by their US names: alone ("the Defense Department
    # extended the tour") they are the US government, not the document's
    # country; after another country's word the agent of the same name
    # (eventwatch.agents.txt) gives that country's GOV
    ("USAGOV", "Department of State", "Defense Department,Department of Defense,Justice Department,Department of Justice,Treasury Department,Department of Homeland Security,Homeland Security Department"),
    ("USAMIL", "Pentagon", "U.S. military,US military,Pentagon spokesman,Pentagon spokeswoman,Pentagon spokesperson,Pentagon official,Pentagon officials"),
    ("GBRGOV", "Downing Street", "Whitehall,Foreign Office,Foreign and Commonwealth Office,Home Office,Number 10,No 10"),
    # a metonym the seat of the police gives its force (not GOV)
    ("GBRCOP", "Scotland Yard", ""),
    ("USALEG", "Capitol Hill", ""),
    ("FRAGOV", "Elysee", "Elysee Palace,Élysée,Élysée Palace,Quai d'Orsay,Matignon"),
    ("DEUGOV", "Chancellery", "German Chancellery,Bundeskanzleramt"),
    ("KAZGOV", "Akorda", "Ak Orda,Akorda Presidential Palace"),
    ("CHNGOV", "Zhongnanhai", ""),
    ("JPNGOV", "Kantei", ""),
    ("KORGOV", "Blue House", "Yongsan presidential office"),
    ("UKRGOV", "Bankova", ""),
    ("TURGOV", "Presidential Complex", "Bestepe"),
]

# Names that contain a country or capital word but are not that actor
# (documents, treaties, media).  Coded with the null code "---": the longest
# match consumes them and yields no actor, so "Helsinki Final Act" does not
# put Finland into an event.  (A line with no code at all would instead lend
# its phrase to the next coded record.)
NAMED_THINGS = [
    "Helsinki Final Act", "Helsinki Accords", "Helsinki Principles",
    "Astana Declaration", "Astana format", "Astana process",
    "Minsk agreements", "Minsk accords", "Minsk Protocol", "Minsk II",
    "Dayton Agreement", "Dayton Peace Accords", "Dayton accords",
    "Paris Agreement", "Paris climate agreement", "Paris Charter",
    "Charter of Paris", "Kyoto Protocol", "Istanbul Convention",
    "Istanbul Summit Declaration", "Vienna Document", "Vienna Convention",
    "Geneva Conventions", "Geneva Convention", "Budapest Memorandum",
    "Ohrid Framework Agreement", "Prespa Agreement", "Abraham Accords",
    "Washington Post", "New York Times", "Moscow Times", "Kyiv Independent",
    "Kyiv Post", "Astana Times", "Tehran Times", "Jerusalem Post",
    "Japan Times", "China Daily", "Financial Times", "Russia Today",
    "Turkish Airlines", "Qatar Airways", "Emirates airline",
    "Washington Consensus", "Copenhagen criteria", "Maastricht Treaty",
    "Lisbon Treaty", "Treaty of Lisbon", "Rome Statute", "Treaty of Rome",
    # a leaked document named for the seat of government ("the Downing
    # Street memo said"): a topic, not a speaker
    "Downing Street memo", "Downing Street memos",
    # 'general' is a rank (agent MIL) but not in these common phrases; an
    # actor with the null code keeps the agent out when the phrase comes
    # first ("called a general election" is no military target)
    "general election", "general elections", "general strike",
    "general strikes", "general public",
]
# Clock times: 'PM' is also the prime minister's title (an agent), so "at
# 5 pm" would be a ---GOV actor; as null actors they are consumed first.
NAMED_THINGS += ["%d%s pm" % (h, m) for h in range(1, 13)
                 for m in ("", ":00", ":15", ":30", ":45")]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def phrase(s):
    """Dictionary form: upper case, words joined by '_'."""
    s = re.sub(r"\s*\(.*?\)", "", s).strip()
    return re.sub(r"\s+", "_", s.upper())


def strip_possessive(p):
    """PEOPLE'S_REPUBLIC -> PEOPLE_REPUBLIC: Penn and UD tokenisers split the
    possessive off ("People" + "'s") and the coder drops it, so a phrase
    with the possessive inside it could never match parsed text."""
    return re.sub(r"(?<=S)'(?=_|$)", "", re.sub(r"(?<=\w)'S(?=_|$)", "", p))


def variants(s):
    out = []
    for v in (phrase(s), phrase(ascii_fold(s))):
        for w in (v, strip_possessive(v)):
            if w not in out:
                out.append(w)
    return out


def plural(noun):
    if re.search(r"(S|SH|CH|ESE|MEN)$", noun) or noun.endswith("I-KIRIBATI"):
        return None
    return noun + "S"


def split(field):
    return [x.strip() for x in field.split(",") if x.strip()]


def names_for(entry):
    names = []
    for key in ("name", "common_name", "official_name"):
        v = entry.get(key)
        if v and "," not in v:
            names.append(v[4:] if v.startswith("the ") else v)
    return names


def record(code, label, names, extra, taken):
    adj, dem, cap, alt = (extra.split(";") + ["", "", "", ""])[:4]
    phrases = []
    for n in names + split(alt) + split(adj) + split(cap):
        phrases += variants(n)
    for d in split(dem):
        for v in variants(d):
            phrases.append(v)
            p = plural(v)
            if p:
                phrases.append(p)
    seen, out = set(), []
    for p in phrases:
        if p in seen or taken.get(p, code) != code:
            continue
        seen.add(p)
        taken[p] = code
        out.append(p)
    if not out:
        return []
    lines = ["# %s" % label, "%s [%s]" % (out[0], code)]
    lines += ["+" + p for p in out[1:]]
    return lines + [""]


def main():
    iso = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    taken = dict(REASSIGNED)
    out = ["# eventwatch country and territory actors -- GENERATED by",
           "# scripts/dictgen/gen_countries.py from Debian iso-codes (ISO 3166-1)",
           "# and the team's own table (scripts/dictgen/country_extras.py).",
           "# Edit the generator inputs, not this file.  Codes: ISO alpha-3;",
           "# regions, metonyms and the Kosovo code: docs/actor-codes.md.",
           ""]
    out += ["# ==== Countries and territories (ISO 3166-1) ====", ""]
    for e in sorted(iso, key=lambda e: e["alpha_3"]):
        code = e["alpha_3"]
        label = "%s (%s %s)" % (e["name"], e["alpha_2"], e["numeric"])
        out += record(code, label, names_for(e), EXTRAS.get(code, ""), taken)
    out += ["# ==== Entities outside ISO 3166-1 ====", ""]
    for code, (name, extra) in sorted(NON_ISO.items()):
        out += record(code, name + " (not in ISO 3166-1)", [name], extra, taken)
    out += ["# ==== Regions (CAMEO region codes) ====", ""]
    for code, name, alts in REGIONS:
        out += record(code, name, [name], ";;;" + alts, taken)
    out += ["# ==== Sub-national places coded as their country ====", ""]
    for code, names in sorted(SUBNATIONAL.items()):
        out += record(code, "places in " + code, [], ";;;" + names, taken)
    out += ["# ==== Seats of government used as metonyms ====", ""]
    for code, name, alts in METONYMS:
        out += record(code, name, [name], ";;;" + alts, taken)
    out += ["# ==== Named documents and media: null code (not actors) ====", ""]
    for name in NAMED_THINGS:
        p = phrase(name)
        if p not in taken:
            taken[p] = None
            out.append("%s [---]" % p)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
