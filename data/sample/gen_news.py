#!/usr/bin/env python3
"""Writes data/sample/news.jsonl: the project's own invented sample corpus.

Every story is fictional (written for eventwatch from templates below, no
real article is copied), set in the OSCE region over 29 weeks of 2025:

- an escalation on the Kyrgyz-Tajik border over water (quiet cooperation,
  a burst of clashes and accusations in weeks 19-20, then a ceasefire),
- a mediation process: an Armenian-Azerbaijani border commission with
  Kazakhstan and the OSCE engaging both sides, from early accusations to a
  signed delimitation protocol,
- environmental news (Aral Sea, Caspian levels, glaciers, the Danube),
- human-dimension news (media freedom, election observation, minorities),
- background politico-military news elsewhere (Moldova, the Balkans, Ukraine).

Deterministic: `python3 data/sample/gen_news.py > data/sample/news.jsonl`.
"""
import datetime
import json
import random

R = random.Random(2025)
START = datetime.date(2025, 1, 6)  # a Monday
WEEKS = 29
SOURCES = ["Caspian Wire", "Steppe Herald", "Fergana Valley Times", "Tbilisi Ledger",
           "Danube Observer", "Baltic Monitor", "Balkan Dispatch", "Central Asia Daily"]
PLACES_KT = ["the Isfara valley", "the Vorukh enclave", "the Batken district", "the Tortkul reservoir",
             "the Golovnoi canal", "the Kok-Tash checkpoint"]
PLACES_AA = ["the Tavush section of the border", "the Gazakh district", "Almaty", "Astana",
             "the Ijevan area", "Vienna"]

stories = []


def day(week, d=None):
    return START + datetime.timedelta(days=7 * week + (R.randrange(7) if d is None else d))


CITY = {"Caspian Wire": "BAKU", "Steppe Herald": "ASTANA", "Fergana Valley Times": "BISHKEK",
        "Tbilisi Ledger": "TBILISI", "Danube Observer": "BUCHAREST", "Baltic Monitor": "RIGA",
        "Balkan Dispatch": "BELGRADE", "Central Asia Daily": "TASHKENT"}


def add(week, title, sentences, d=None, source=None):
    date = day(week, d)
    n = len(stories) + 1
    source = source or R.choice(SOURCES)
    # a dateline, as wire copy has: it also keeps recurring stories distinct
    dateline = f"{CITY[source]}, {date.day} {date:%B} ({source}) -- "
    stories.append({
        "id": f"sample-{n:04d}",
        "date": date.isoformat(),
        "source": source,
        "url": f"https://news.example.org/{date.isoformat()}/story-{n:04d}",
        "title": title,
        "text": dateline + " ".join(sentences),
    })


# ---- 1. Kyrgyz-Tajik water dispute and escalation -------------------------
KGZ = ["Kyrgyzstan", "the Kyrgyz government", "Kyrgyz officials"]
TJK = ["Tajikistan", "the Tajik government", "Tajik officials"]
for w in range(WEEKS):
    if w in (19, 20):
        continue
    if w % 3 == 0:
        place = R.choice(PLACES_KT)
        add(w, "Water talks continue in the Fergana valley", [
            f"{R.choice(KGZ)} met {R.choice(TJK)} in {place} to discuss the irrigation schedule.",
            "Engineers from both sides inspected the canal gates.",
            "The two delegations agreed to share water flow data every week."])
    elif w % 5 == 1:
        add(w, "Dispute over canal repairs", [
            f"Tajikistan accused Kyrgyzstan of delaying repairs on the shared canal near {R.choice(PLACES_KT)}.",
            "Farmers on both sides complained about low water levels."])

ESC = [
    (19, 0, "Border guards clash near reservoir", [
        "Kyrgyz border guards fired on Tajik border guards near the Tortkul reservoir on Monday.",
        "Tajikistan accused Kyrgyzstan of provoking the clash."]),
    (19, 1, "Tajik troops shell border villages", [
        "Tajik troops shelled Kyrgyz border villages in the Batken district.",
        "Kyrgyzstan condemned Tajikistan for the attack on civilians."]),
    (19, 1, "Batken shelling reported by residents", [
        "Residents said Tajik troops shelled Kyrgyz border villages overnight.",
        "Kyrgyzstan evacuated two villages near the border."]),
    (19, 2, "Kyrgyzstan closes border crossings", [
        "Kyrgyzstan closed its border with Tajikistan.",
        "Tajikistan threatened Kyrgyzstan with retaliation over the closure."]),
    (19, 3, "Fighting spreads along the border", [
        "Kyrgyz troops attacked Tajik positions near the Vorukh enclave.",
        "Tajik forces fired on Kyrgyz troops near the Kok-Tash checkpoint.",
        "Tajikistan accused Kyrgyzstan of using drones against border posts."]),
    (19, 4, "Mutual accusations after deadly night", [
        "Kyrgyzstan accused Tajikistan of violating the ceasefire of last year.",
        "Tajikistan blamed Kyrgyzstan for the deaths of three civilians.",
        "Kyrgyz border guards detained four Tajik citizens near the canal."]),
    (19, 5, "Both capitals mobilise reservists", [
        "Tajikistan mobilized reservists along the Kyrgyz border.",
        "Kyrgyzstan warned Tajikistan against any further attack."]),
    (20, 0, "Clashes continue for a second week", [
        "Tajik troops fired on Kyrgyz border guards near the Golovnoi canal.",
        "Kyrgyz troops shelled Tajik positions in the Isfara valley."]),
    (20, 1, "Kyrgyz foreign ministry summons envoy", [
        "Kyrgyzstan expelled a Tajik diplomat from Bishkek.",
        "Tajikistan denounced Kyrgyzstan over the expulsion."]),
    (20, 2, "Drone strike reported near enclave", [
        "Kyrgyz forces attacked a Tajik checkpoint near the Vorukh enclave.",
        "Tajikistan accused Kyrgyzstan of killing two border guards."]),
    (20, 3, "Tajikistan demands withdrawal", [
        "Tajikistan demanded that Kyrgyzstan withdraw its troops from the disputed section.",
        "Kyrgyzstan rejected the Tajik demand."]),
]
for w, d, title, sents in ESC:
    add(w, title, sents, d=d)
# mediation of the Kyrgyz-Tajik ceasefire
add(20, "Russia urges restraint", [
    "Russia urged Kyrgyzstan and Tajikistan to stop the fighting.",
    "Kazakhstan offered to mediate between Kyrgyzstan and Tajikistan."], d=4)
add(21, "Ceasefire agreed at border meeting", [
    "Kyrgyzstan and Tajikistan signed a ceasefire agreement at the Kok-Tash checkpoint.",
    "The OSCE welcomed the agreement between Kyrgyzstan and Tajikistan."], d=1)
add(22, "Border commission resumes work", [
    "Kyrgyz officials met Tajik officials to discuss the withdrawal of troops.",
    "The two governments agreed to reopen the border crossings."])
add(24, "Water schedule restored", [
    "Tajikistan and Kyrgyzstan agreed on a new irrigation schedule for the summer."])

# ---- 2. Armenia-Azerbaijan border commission (mediation process) ----------
for w in range(WEEKS):
    if w < 6:
        if w % 2 == 0:
            add(w, "Border incidents strain relations", [
                "Azerbaijan accused Armenia of firing on positions in the Gazakh district.",
                "Armenia denied the accusation and accused Azerbaijan of provocations."])
        else:
            add(w, "Commission talks planned", [
                "Kazakhstan invited Armenia and Azerbaijan to hold border talks in Almaty.",
                "The OSCE Chairpersonship praised the plan for a border commission."])
    elif w < 14:
        place = R.choice(PLACES_AA)
        add(w, "Border commission meets", [
            f"The Armenian delegation met the Azerbaijani delegation in {place} for a round of the border commission.",
            "The border commission discussed maps of the Tavush section."])
        if w % 2 == 0:
            add(w, "Kazakh foreign minister consults both sides", [
                "The Kazakh foreign minister met the Armenian foreign minister in Astana.",
                "He also met the Azerbaijani foreign minister to discuss the border commission."])
        if w % 3 == 0:
            add(w, "OSCE envoy visits the region", [
                "The OSCE special representative visited Baku for talks with Azerbaijan.",
                "The OSCE special representative then visited Yerevan for talks with Armenia."])
    else:
        add(w, "Border commission makes progress", [
            "Armenia and Azerbaijan agreed to continue the work of the border commission.",
            f"The Azerbaijani delegation met the Armenian delegation in {R.choice(PLACES_AA)}."])
        if w in (16, 23, 27):
            add(w, "Protocol signed on border section", [
                "Armenia and Azerbaijan signed a protocol on the delimitation of the Tavush section.",
                "Kazakhstan welcomed the agreement between Armenia and Azerbaijan."], d=2)
        if w % 4 == 1:
            add(w, "Kazakhstan hosts another round", [
                "Kazakhstan hosted Armenian and Azerbaijani negotiators in Almaty.",
                "Kazakhstan mediated between Armenia and Azerbaijan on the remaining sections."])
add(10, "Incident on the border", [
    "Azerbaijan accused Armenia of placing new mines near the border.",
    "Armenia rejected the claim."])

# ---- 3. Environment ---------------------------------------------------------
ENV = [
    ("Aral Sea restoration plan", ["Kazakhstan and Uzbekistan agreed to plant saxaul forests on the dry bed of the Aral Sea.",
                                   "Scientists said dust storms from the seabed harm farms in the region."]),
    ("Caspian level falls again", ["Azerbaijan called on Kazakhstan and Turkmenistan to study the falling level of the Caspian Sea.",
                                   "Fishermen in the north of the sea reported shallow water near the ports."]),
    ("Glaciers shrink in the Pamirs", ["Tajikistan asked Uzbekistan to fund a joint glacier monitoring station.",
                                       "Researchers said the glaciers lost a tenth of their mass in a decade."]),
    ("Danube pollution alert", ["Romania accused Ukraine of dumping waste water into the Danube delta.",
                                "Moldova asked both countries for data on the pollution."]),
    ("Wildfire help across the Aegean", ["Greece sent firefighting aircraft to help Turkey fight forest fires.",
                                         "Turkey thanked Greece for the assistance."]),
    ("River basin council meets", ["Uzbekistan met Kazakhstan to discuss the Syr Darya water quota.",
                                   "The two governments agreed to modernise the gauging stations."]),
]
for i, w in enumerate(range(0, WEEKS)):
    title, sents = ENV[i % len(ENV)]
    add(w, title, sents, source="Central Asia Daily" if i % 2 else "Danube Observer")

# ---- 4. Human dimension -----------------------------------------------------
HUM = [
    ("Journalists detained in Minsk", ["Belarusian police arrested three journalists in Minsk.",
                                       "The OSCE Representative on Freedom of the Media criticized Belarus for the arrests."]),
    ("Observers deployed for elections", ["The OSCE sent election observers to Georgia ahead of the local elections.",
                                          "Georgia welcomed the observers."]),
    ("Protest in Tbilisi", ["Thousands of Georgian opposition supporters protested in Tbilisi against a new media law.",
                            "The European Union urged Georgia to withdraw the law."]),
    ("Minority language schools", ["Moldova promised the Gagauz community more funding for minority language schools."]),
    ("Rights defender freed", ["Azerbaijan released a detained human rights defender after months in custody.",
                               "The European Union praised Azerbaijan for the release."]),
    ("Press freedom report", ["The OSCE Representative on Freedom of the Media urged Kyrgyzstan to drop charges against reporters."]),
]
for i, w in enumerate(range(0, WEEKS)):
    title, sents = HUM[i % len(HUM)]
    add(w, title, sents, source="Tbilisi Ledger" if i % 2 else "Baltic Monitor")

# ---- 5. Background politico-military news ---------------------------------
BG = [
    ("Transnistria talks", ["Moldova met representatives of Transnistria in Chisinau under OSCE auspices.",
                            "The sides agreed to reopen a bridge over the Dniester."]),
    ("Balkan tensions", ["Serbia accused Kosovo of harassing Serb residents in the north.",
                         "Kosovo rejected the accusation."]),
    ("Front line shelling", ["Russian forces shelled Ukrainian positions near Kharkiv.",
                             "Ukraine accused Russia of targeting power stations."]),
    ("Prisoner exchange", ["Russia and Ukraine exchanged prisoners of war with help from the United Arab Emirates."]),
    ("Arms control meeting", ["The OSCE Forum for Security Co-operation met in Vienna to discuss small arms."]),
    ("Baltic defence", ["Estonia and Latvia agreed to build a joint ammunition factory."]),
]
for w in range(WEEKS):
    title, sents = BG[(w * 5) % len(BG)]
    add(w, title, sents, source="Balkan Dispatch" if w % 2 else "Baltic Monitor")
    if w % 2 == 1:
        title, sents = BG[(w + 2) % len(BG)]
        add(w, title, sents)

stories.sort(key=lambda s: (s["date"], s["id"]))
for i, s in enumerate(stories):  # ids in date order
    s["id"] = f"sample-{i + 1:04d}"
    s["url"] = f"https://news.example.org/{s['date']}/story-{i + 1:04d}"
for s in stories:
    print(json.dumps(s, ensure_ascii=False))
