#!/usr/bin/env python3
"""Writes data/dict/eventwatch.verbs.txt from the vocabulary in this folder.

    python3 scripts/dictgen/gen_verbs.py            # write the dictionary
    python3 scripts/dictgen/gen_verbs.py --check    # only check and count
    python3 scripts/dictgen/gen_verbs.py --out FILE # write elsewhere (tests)

The committed .txt is the reviewed product; this script exists so that the
systematic parts (the same appeal, promise, demand or refusal vocabulary under
CAMEO roots 02, 03, 10 and 12; the four protest aims under 141-145) are
written once and stay consistent.  All input words are the project's own.

Checks (exit 1 on any): every code is in data/cameo/cameo_codes.tsv or '---';
every &SYNSET used is defined; no verb form is listed twice anywhere (the
PETRARCH loaders keep one meaning per form); each pattern has exactly one '*';
a block's first verb is a single word that is not the head of a multi-word
verb (a PETRARCH-1 loader restriction).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import inflect  # noqa: E402
import themes  # noqa: E402
from synsets import SYNSETS  # noqa: E402
import blocks1, blocks2, blocks3, blocks4, blocks5, blocks6  # noqa: E402,E401

BLOCKS = blocks1.B + blocks2.B + blocks3.B + blocks4.B + blocks5.B + blocks6.B
OUT = os.path.join(ROOT, 'data', 'dict', 'eventwatch.verbs.txt')
TABLE = os.path.join(ROOT, 'data', 'cameo', 'cameo_codes.tsv')

errors = []


def err(msg):
    errors.append(msg)


def load_codes():
    codes = set()
    with open(TABLE, encoding='utf-8') as f:
        next(f)
        for line in f:
            codes.add(line.split('\t', 1)[0])
    return codes


def synset_lines():
    """Synset text; a label ending in '_' is written as '_' on each phrase."""
    names, out = set(), []
    for label, phrases in SYNSETS:
        noplural = label.endswith('_')
        name = label.rstrip('_')
        if name in names:
            err(f'synset {name} defined twice')
        names.add(name)
        out.append(name)
        seen = set()
        for p in phrases:
            p = p.strip()
            if noplural and not p.endswith('_'):
                p += '_'
            if p in seen:
                err(f'{name}: phrase {p} twice')
            seen.add(p)
            out.append('+' + p)
        out.append('')
    return names, out


def parse_verbs(text):
    entries = [e.strip() for e in text.replace('\n', ' ').split(',')]
    return [e for e in entries if e]


def verb_forms(entry):
    """(line as written, [all forms incl. base], head word or None, own code)."""
    own = None
    m = re.match(r'^(\S+)\s+\[([0-9]{2,4}|---)\]$', entry)
    if m:
        entry, own = m.group(1), m.group(2)
    if '_' not in entry:
        entry = entry.lstrip('+')
    words = entry.split('_')
    idx = [i for i, w in enumerate(words) if w.startswith('+')]
    if len(words) > 1 and len(idx) != 1:
        err(f'multi-word verb {entry} needs exactly one +')
        return entry, [entry], None, own
    i = idx[0] if idx else 0
    head = words[i].lstrip('+')
    good, naive = inflect.forms(head), inflect.naive(head)

    def build(form):
        ws = list(words)
        ws[i] = ('+' if idx else '') + form
        return '_'.join(ws)
    base = build(head)
    allf = list(dict.fromkeys([base] + [build(f) for f in good]))
    line = base
    if good != naive:
        line += ' {' + ' '.join(build(f) for f in good) + '}'
    if own:
        line += f' [{own}]'
    return line, allf, (head if len(words) > 1 else None), own


# Theme phrases are nominal (RELEASE OF &DETAINEES), verbal (RELEASE
# &DETAINEES), both (ATTACK, RETURN TO &TALKS) or prepositional (AGAINST THE
# LAW).  A frame's slot takes the kinds its preceding words allow, so that no
# pattern says "FOR RELEASE &DETAINEES" or "WILL RELEASE OF &DETAINEES".
VERBS = set('''RELEASE FREE LIFT EASE HALT STOP CALL SUSPEND EXCHANGE SWAP UNFREEZE REMOVE ADMIT ALLOW RECEIVE
PULL WITHDRAW LEAVE RESPECT OBSERVE HONOUR HONOR HOLD RESUME SIT NEGOTIATE MEET CONVENE ENGAGE SETTLE RESOLVE
DEFUSE MEDIATE FACILITATE INVESTIGATE EXPLAIN EXPAND BOOST DEEPEN EXTRADITE HAND SHARE CUT WITHHOLD FREEZE
IMPOSE SLAP SEVER BREAK DOWNGRADE RECALL EXPEL CLOSE REVIEW REVOKE CURB RESTRICT CENSOR SHUT BAN OUTLAW
DISSOLVE DISQUALIFY BAR STAGE TAKE GO WALK QUIT ABANDON KICK CRACK USE DISPERSE ARREST SHOOT CRUSH SUPPRESS
RETALIATE DECLARE RESPOND SEAL OCCUPY ANNEX SEIZE INVADE KIDNAP KILL EXECUTE ASSASSINATE BEHEAD SHELL
DESTROY STEP RESIGN REDUCE BLOCK'''.split())
BOTH = {'ATTACK', 'STRIKE', 'BOYCOTT', 'EMBARGO', 'BLOCKADE', 'BOMB', 'RETURN', 'END', 'CALM'}


def phrase_kind(p):
    t = p.split()
    if t[0] == 'AGAINST':
        return 'pp'
    if len(t) > 1 and (t[1] in ('OF', 'FOR') or (t[0] == 'END' and t[1] == 'TO')):
        return 'n'
    if t[0] in BOTH:
        return 'b'
    return 'v' if t[0] in VERBS else 'n'


VERBAL_BEFORE = ('WILL', 'WOULD', 'READY TO', 'INTENDS TO', 'PLANS TO', 'THAT +', 'THAT $', '+ TO',
                 'PARTIES TO', 'PRESSURE TO')


def slot_kinds(frame, fam):
    """Kinds of phrase the {P} slot of a frame accepts."""
    before = frame.split('{P}')[0].strip()
    if before.endswith(VERBAL_BEFORE):
        return {'v', 'b'}
    if before in ('*', '%  *') or before.endswith(('* TO', 'AGREE TO')):
        return {'n', 'v', 'b', 'pp'}
    if before.endswith('+') and fam == 'DEMAND':
        return {'v', 'b'}
    return {'n', 'b'}


def expand(combo):
    fam, frames = combo
    items = []
    if fam in themes.FAMILIES:
        for key, code in themes.FAMILIES[fam].items():
            items += [(p, code) for p in themes.THEMES[key]]
    elif fam == 'THREATS':
        items = [(p, c) for c, ps in themes.THREATS for p in ps]
    elif fam == 'AIDCUT':
        items = [(p, c) for c, ps in themes.AIDCUT for p in ps]
    elif fam.startswith('AIMS:'):
        base = fam[5:]
        items = [(p, base + d) for d, ps in themes.AIMS for p in ps]
    else:
        err(f'unknown combo family {fam}')
    return [f'{fr.replace("{P}", p)} [{c}]' for fr in frames for p, c in items
            if phrase_kind(p) in slot_kinds(fr, fam)]


# Synsets whose phrases are also inside more specific ones (AID inside
# HUMANITARIAN AID): patterns using them go last in a block, so that when two
# patterns match equally well the specific one, earlier in the file, wins.
GENERIC = {'&AID', '&REFORM', '&CONCESSION', '&BACKING'}


def specific_first(pats):
    def generic(p):
        return any(t.strip('[]') in GENERIC for t in p.split())
    return [p for p in pats if not generic(p)] + [p for p in pats if generic(p)]


PAT_RE = re.compile(r'^(.*\S)\s+\[([0-9]{2,4}|---)\]$')


def main():
    check_only = '--check' in sys.argv
    out_path = sys.argv[sys.argv.index('--out') + 1] if '--out' in sys.argv else OUT
    codes = load_codes()
    names, out_syn = synset_lines()
    used_synsets = set()
    all_forms = {}
    heads = set()
    prepared = []
    for name, code, verbs, pats, combos in BLOCKS:
        entries = [verb_forms(e) for e in parse_verbs(verbs)]
        for _, _, h, own in entries:
            if own and own != '---' and own not in codes:
                err(f'block {name}: verb code {own} not in table')
            if h:
                heads.add(h)
        prepared.append((name, code, entries, pats, combos))
    n_lemma = n_form = n_pat = n_multi = n_listed = 0
    reach = set()
    body = []
    for name, code, entries, pats, combos in prepared:
        if code != '---' and code not in codes:
            err(f'block {name}: code {code} not in table')
        elif code != '---':
            reach.add(code)
        # first verb: single word and not a multi-word head
        firsts = [e for e in entries if '_' not in e[0].split(' ')[0] and e[0].split(' ')[0] not in heads]
        if not firsts:
            err(f'block {name}: no single-word verb can open the block')
            continue
        entries.remove(firsts[0])
        entries.insert(0, firsts[0])
        body.append(f'--- {name} [{code}] ---')
        for line, forms, _, own in entries:
            if own and own != '---':
                reach.add(own)
            for f in forms:
                key = f.replace('+', '')
                if key in all_forms:
                    err(f'verb form {key} in {name} and {all_forms[key]}')
                all_forms[key] = name
            body.append(line)
            n_lemma += 1
            n_multi += '_' in forms[0]
            n_listed += '{' in line
            n_form += len(forms)
        seen = {}
        for p in specific_first(list(pats) + [q for c in combos for q in expand(c)]):
            m = PAT_RE.match(p.strip())
            if not m:
                err(f'{name}: bad pattern {p!r}')
                continue
            text, pc = m.group(1), m.group(2)
            toks = text.split()
            if toks.count('*') != 1:
                err(f'{name}: pattern without exactly one *: {p!r}')
            for t in toks:
                t = t.lstrip('_')       # '_&SYNSET': adjacent to the word before
                if t.startswith('&'):
                    if t not in names:
                        err(f'{name}: undefined synset {t} in {p!r}')
                    used_synsets.add(t)
            if pc != '---' and pc not in codes:
                err(f'{name}: unknown code {pc} in {p!r}')
            if text in seen:
                continue            # first wording wins: explicit before combos
            seen[text] = pc
            body.append(f'- {text} [{pc}]')
            if pc != '---':
                reach.add(pc)
            n_pat += 1
        body.append('')
    unused = names - used_synsets
    for u in sorted(unused):
        err(f'synset {u} defined but never used')
    subcodes = {c for c in codes if len(c) > 2}
    stats = dict(blocks=len(prepared), lemmas=n_lemma, multiword=n_multi, listed_forms=n_listed,
                 forms=n_form, patterns=n_pat,
                 synsets=len(names), codes_reachable=len(reach & subcodes), codes_in_table=len(subcodes),
                 roots=len({c[:2] for c in reach}))
    missing = sorted(subcodes - reach)
    for e in errors:
        print('error:', e, file=sys.stderr)
    print(' '.join(f'{k}={v}' for k, v in stats.items()))
    print('codes not reachable:', ' '.join(missing))
    if errors:
        print(f'{len(errors)} errors', file=sys.stderr)
        return 1
    if not check_only:
        head = HEADER.format(**stats)
        os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
        with open(out_path, 'w', encoding='utf-8') as f:
            f.write(head + '\n'.join(out_syn) + '\n' + '\n'.join(body))
    return 0


HEADER = '''# eventwatch verb dictionary (PETRARCH-1 format)
#
# Written for eventwatch from the CAMEO codebook's event definitions and from
# the way wire services and foreign ministries report diplomacy and conflict.
# Generated by scripts/dictgen/gen_verbs.py from the vocabulary in that folder;
# edit the vocabulary there and regenerate, then review the diff of this file.
#
# Layout: noun synsets (&NAME, one '+phrase' per line) first, then one block
# per verb meaning: '--- NAME [code] ---', its verbs (regular forms are made by
# the loader, other forms are listed in {{...}}; '+' marks the inflected word of
# a multi-word verb), then its patterns '- ... * ... [code]' where '*' is the
# verb, '$' the source, '+' the target, '%' both, blanks allow words between
# and '_' joins adjacent words.  Codes are CAMEO (data/cameo/cameo_codes.tsv);
# '---' means the phrase is known but is not an event.
#
# blocks {blocks}, verbs {lemmas}, verb forms {forms}, patterns {patterns},
# synsets {synsets}, CAMEO codes reachable {codes_reachable} of {codes_in_table}.

'''

if __name__ == '__main__':
    sys.exit(main())
