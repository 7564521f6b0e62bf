/*
 * recognize.c -- candidate place mentions in one sentence and their role
 * (geo_internal.h).
 *
 * A mention is the longest run of capitalised tokens (with "-", "and",
 * "of"... inside) whose normalised text is a gazetteer key.  Its role comes
 * from the words around it: a locative preposition before it (over "the"
 * and direction adjectives: "in the southern Kherson region"), a region or
 * city word after or before it, a possessive or a speech/decision verb after
 * it (metonymy).  The tagger's PROPN, when present, guards against ordinary
 * capitalised words; bare names need a larger population than names after
 * a locative.
 */
#include "geo/geo_internal.h"
#include "geo/normalize.h"

#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define BARE_MIN_POP 20000      /* a place named without a cue */
#define ACTOR_MIN_POP 100000    /* a city that can stand for a government */

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcasecmp(w, *list))
            return 1;
    return 0;
}

static const char *const LOCATIVE[] = {
    "in", "near", "at", "outside", "from", "into", "to", "towards", "toward", "across",
    "around", "throughout", "inside", "within", "via", "through", "nearby", "outskirts",
    "beyond", "off", "в", "во", "под", "около", "возле", "из", "у",
    "близ", NULL};
static const char *const SKIP_BACK[] = {
    "the", "northern", "southern", "eastern", "western", "central", "north", "south", "east",
    "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
    "north-western", "south-eastern", "south-western", "occupied", "neighbouring",
    "neighboring", "breakaway", "capital", "city", "town", "village", "port", "region",
    "province", "oblast", "mountainous", "frontline", "front-line", "border", "eastern",
    "of", NULL};
static const char *const REGION_WORD[] = {
    "region", "regions", "province", "oblast", "oblys", "governorate", "state", "republic",
    "krai", "kray", "viloyat", "district", "county", "autonomous", "area", NULL};
/* Verbs whose object is where the event happens: "entered Shusha". */
static const char *const LOC_VERB[] = {
    "enter", "entered", "capture", "captured", "visit", "visited", "shell", "shelled",
    "attack", "attacked", "strike", "struck", "hit", "seize", "seized", "liberate",
    "liberated", "recapture", "recaptured", "reach", "reached", "leave", "left", "flee",
    "fled", "bomb", "bombed", "raid", "raided", "storm", "stormed", "evacuate", "evacuated",
    "occupy", "occupied", "surround", "surrounded", "encircle", "encircled", "take", "took",
    "tour", "toured", NULL};
static const char *const CITY_WORD[] = {"city", "town", "village", "port", NULL};
static const char *const CONNECT[] = {"and", "of", "de", "del", "la", "al", "el", "-", "'",
                                      "’", "upon", "on", NULL};
static const char *const NOT_PLACE[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "President", "Minister", "Prime", "Police", "Army",
    "Union", "Republic", "State", "Parliament", "Government", "Ministry", "Council",
    "Reuters", "AP", "AFP", "Interfax", "TASS", "Kazinform", "Xinhua", "The", "A", "An",
    "In", "On", "At", "But", "And", "It", "He", "She", "They", "We", "This", "That", "As",
    "Mr", "Mrs", "Ms", "Dr", "God", "Christmas", "Easter", "Ramadan", "Eid", "Nowruz",
    "Mass", "Foreign", "Security", "Defence", "Defense", "Interior", "Supreme", "Central",
    "National", "International", "European", "United", "General", "Secretary", "Chief",
    "Opposition", "Human", "Rights", "Watch", "Amnesty", "Red", "Cross", "Crescent",
    "Olympic", "Olympics", "Bank", "Fund", "Summit", "Agency", "News", "Asia", "Europe",
    "Africa", "Eurasia", "Caucasus", "Balkans", "Scandinavia", "Baltic", "Caspian", "Arctic",
    "Antarctica", "Oceania", "Latin", "Western", "Eastern", "Northern", "Southern", "UN", "EU",
    "NATO", "OSCE", "ODIHR", "Roma", "Chair", "Freedom", "Mission", "Victory", "Independence",
    "Liberty", "Unity", "Progress", "Justice", "Hope", "Peace", "Order", "Kremlin", "Pentagon",
    "Parliament", "Senate", "Congress", "Court", "Party", "Front", "Square", "Palace", "Centre",
    "Center", "Institute", "University", "Embassy", "Airport", "Station", NULL};
/* Multi-word names that are not the place GeoNames lists under them. */
static const char *const NOT_PLACE_KEY[] = {"white house", "middle east", "far east",
                                            "central asia", "south caucasus", NULL};
/* Natural features are not in the gazetteer: "the Aral Sea", "Lake
 * Issyk-Kul", "the Gulf of Finland" must not become the town or country
 * they are named after. */
static const char *const NATURAL[] = {
    "Sea", "Lake", "River", "Gulf", "Bay", "Strait", "Straits", "Mountains", "Mountain",
    "Mount", "Valley", "Gorge", "Pass", "Desert", "Island", "Islands", "Peninsula", "Canal", "Darya",
    "Reservoir", "Basin", "Ocean", "Steppe", "Delta", "Cape", "Lagoon", "Glacier", "Range",
    NULL};
static const char *const TITLE[] = {
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Minister", "General",
    "Gen.", "Senator", "Sen.", "Secretary", "Ambassador", "Mayor", "Governor", "Lt.", "Col.",
    "Colonel", "Judge", "Pope", "King", "Queen", "Prince", "spokesman", "spokeswoman", NULL};
static const char *const SPEECH[] = {
    "say", "said", "says", "reject", "announce", "accuse", "urge", "warn", "deny", "demand",
    "condemn", "welcome", "call", "insist", "claim", "threaten", "agree", "refuse", "vow",
    "protest", "summon", "expel", "respond", "reply", "sign", "recognize", "recognise",
    "propose", "offer", "dismiss", "blame", "criticize", "criticise", "hope", "want",
    "impose", "retaliate", "pledge", "approve", "ratify", "suspend", "decide", "invite",
    "ask", "tell", "order", "express", "back", "support", "oppose", "sanction", "seek",
    "allege", "confirm", "argue", "believe", "accept", "veto", "promise", "request",
    "recall", "sever", "lodge", "complain", "note", "state", "stress", "declare", "plan",
    "intend", "insist", "appeal", "push", "press", "reaffirm", "voice", "decline", "object",
    "refute", "retort", "concede", "admit", "vote", NULL};

static int capitalised(const char *form)
{
    utf8proc_int32_t c;
    if (utf8proc_iterate((const utf8proc_uint8_t *)form, -1, &c) <= 0)
        return 0;
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static const char *low(const ew_token *t)
{
    return t->lemma ? t->lemma : t->form;
}

/* Text of tokens [i,j) joined by spaces, normalised into key; -1 if none. */
static int ngram_key(const ew_sentence *s, size_t i, size_t j, char *key, size_t cap)
{
    char buf[4 * EW_GEO_KEY_MAX];
    size_t n = 0;
    for (size_t k = i; k < j; k++) {
        size_t l = strlen(s->tok[k].form);
        if (n + l + 2 > sizeof buf)
            return -1;
        if (k > i)
            buf[n++] = ' ';
        memcpy(buf + n, s->tok[k].form, l);
        n += l;
    }
    return ew_geo_normalize(buf, n, key, cap);
}

/* Longest gazetteer name starting at token i: its end, 0 when none. */
static size_t longest(const ew_gazetteer *g, const ew_sentence *s, size_t i, char *key)
{
    char k[EW_GEO_KEY_MAX + 1];
    size_t max = i + EW_GEO_MAX_NGRAM < s->n ? i + EW_GEO_MAX_NGRAM : s->n, best = 0;
    uint32_t one;
    /* grow while some longer key still starts with the words so far: two
     * lookups per capitalised word on most text */
    for (size_t j = i + 1; j <= max; j++) {
        const char *w = s->tok[j - 1].form;
        if (j > i + 1 && !capitalised(w) && !in_list(w, CONNECT))
            break;
        if (ngram_key(s, i, j, k, sizeof k) <= 0)
            break;
        if (capitalised(w) && ew_gaz_lookup(g, k, &one, 1)) {
            best = j;
            memcpy(key, k, strlen(k) + 1);
        }
        if (!ew_gaz_has_longer(g, k))
            break;
    }
    return best;
}

/* The word before the mention, over articles and adjectives; sets want
 * from "city of" / "region of".  Returns the cue word or NULL. */
static const char *cue_before(const ew_sentence *s, size_t i, int *want)
{
    for (size_t k = i; k-- > 0;) {
        const char *w = s->tok[k].form;
        if (in_list(w, LOCATIVE) || (k + 1 == i && in_list(w, LOC_VERB)))
            return w;
        /* "the city of X"; but "the Batken region of Kyrgyzstan" names a country */
        if (!strcmp(w, "of") && k > 0 && !*want && in_list(s->tok[k - 1].form, CITY_WORD))
            *want = EW_GEO_PLACE;
        if ((!in_list(w, SKIP_BACK) && s->tok[k].upos != EW_UPOS_ADJ) || i - k > 6)
            return *want ? "of" : NULL;
    }
    return *want ? "of" : NULL;
}

/* In the list by lemma, or (untagged text) by the form less -s/-ed/-d. */
static int speech_verb(const ew_token *t)
{
    if (t->upos != EW_UPOS_VERB && t->upos != EW_UPOS_X && t->upos != EW_UPOS_AUX)
        return 0;
    if (in_list(low(t), SPEECH) || in_list(t->form, SPEECH))
        return 1;
    char w[32];
    size_t n = strlen(t->form);
    if (n < 4 || n >= sizeof w)
        return 0;
    memcpy(w, t->form, n + 1);
    const char *suf[] = {"ed", "d", "es", "s"};
    for (int i = 0; i < 4; i++) {
        size_t l = strlen(suf[i]);
        if (n > l + 2 && !strcmp(w + n - l, suf[i])) {
            w[n - l] = 0;
            if (in_list(w, SPEECH))
                return 1;
            w[n - l] = suf[i][0];
        }
    }
    return 0;
}

/* Metonymy: the mention is the subject of a speech/decision verb (by the
 * parse when there is one, else the next verb within three words), or a
 * possessive. */
static int as_actor(const ew_sentence *s, size_t first, size_t end)
{
    /* "the governor of Georgia said": the place modifies the subject */
    if (first > 0 && !strcmp(s->tok[first - 1].form, "of"))
        return 0;
    /* the object of one: "Baku accused Yerevan", "urged Kyiv" */
    if (first > 0 && speech_verb(&s->tok[first - 1]))
        return 1;
    if (end < s->n && (!strcmp(s->tok[end].form, "'s") || !strcmp(s->tok[end].form, "’s")))
        return 1;
    for (size_t k = first; k < end; k++) {
        const ew_token *t = &s->tok[k];
        if (t->rel == EW_REL_NSUBJ && t->head > 0 && (size_t)t->head <= s->n)
            return speech_verb(&s->tok[t->head - 1]);
    }
    for (size_t k = end; k < s->n && k < end + 3; k++) {
        const ew_token *t = &s->tok[k];
        if (speech_verb(t))
            return 1;
        if (t->upos == EW_UPOS_VERB || t->upos == EW_UPOS_PUNCT || t->upos == EW_UPOS_ADP)
            return 0;
    }
    return 0;
}

ew_geo_mention *ew_geo_push_mention(ew_arena *a, ew_geo_doc *out, size_t *cap)
{
    if (out->n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        ew_geo_mention *m = ew_arena_alloc(a, nc * sizeof *m);
        if (out->n)
            memcpy(m, out->m, out->n * sizeof *m);
        out->m = m;
        *cap = nc;
    }
    ew_geo_mention *m = &out->m[out->n++];
    memset(m, 0, sizeof *m);
    return m;
}

/* Part of a natural feature's name: "Aral Sea", "Lake Sevan", "Gulf of Finland". */
static int natural_feature(const ew_sentence *s, size_t i, size_t j)
{
    if (in_list(s->tok[i].form, NATURAL) || in_list(s->tok[j - 1].form, NATURAL))
        return 1;
    if (j < s->n && in_list(s->tok[j].form, NATURAL))
        return 1;
    if (i > 0 && in_list(s->tok[i - 1].form, NATURAL))
        return 1;
    return i > 1 && !strcmp(s->tok[i - 1].form, "of") && in_list(s->tok[i - 2].form, NATURAL);
}

/* "Kherson Oblast", "Almaty Region" -- but "US State Department" is a name. */
static int region_word_after(const char *w)
{
    static const char *const CAP[] = {"Oblast", "Region", "Province", "Governorate", "Krai",
                                      "Oblys", "Viloyat", NULL};
    return in_list(w, CAP);
}

/* Ordinary capitalised words, person titles, non-proper nouns. */
static int implausible(const ew_sentence *s, size_t i, size_t j, const char *key)
{
    if (natural_feature(s, i, j) || in_list(key, NOT_PLACE_KEY))
        return 1;
    /* "Marco Rubio", "Secretary Blinken": a capitalised name before it */
    if (i > 1 && capitalised(s->tok[i - 1].form) && s->tok[i - 1].upos == EW_UPOS_PROPN &&
        !in_list(s->tok[i - 1].form, LOCATIVE))
        return 1;
    if (j == i + 1 && in_list(s->tok[i].form, NOT_PLACE))
        return 1;
    if (i > 0 && in_list(s->tok[i - 1].form, TITLE))
        return 1;
    for (size_t k = i; k < j; k++) {
        uint8_t u = s->tok[k].upos;
        if (u != EW_UPOS_X && u != EW_UPOS_PROPN && u != EW_UPOS_NOUN && u != EW_UPOS_ADJ &&
            u != EW_UPOS_PUNCT && u != EW_UPOS_ADP && u != EW_UPOS_CCONJ && u != EW_UPOS_DET)
            return 1;
    }
    /* a place name glued to another capitalised name: "Georgia Power" */
    return j < s->n && capitalised(s->tok[j].form) && !region_word_after(s->tok[j].form) &&
           strcmp(s->tok[j].form, "City") &&
           (s->tok[j].upos == EW_UPOS_PROPN || s->tok[j].upos == EW_UPOS_X);
}

/* Subject of a clause, or a modifier of one ("Kosovo police seized"): by
 * the parse, else a verb right after the name. */
static int subject(const ew_sentence *s, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++) {
        const ew_token *t = &s->tok[k];
        if (t->head < 0)
            break;
        if (t->rel == EW_REL_NSUBJ)
            return 1;
        if ((t->rel == EW_REL_COMPOUND || t->rel == EW_REL_AMOD) && t->head > 0 &&
            (size_t)t->head <= s->n && s->tok[t->head - 1].rel == EW_REL_NSUBJ)
            return 1;
        if (t->head >= 0)
            return 0;
    }
    return j < s->n && (s->tok[j].upos == EW_UPOS_VERB || s->tok[j].upos == EW_UPOS_AUX);
}

static void classify(const ew_sentence *s, ew_geo_mention *m)
{
    size_t i = m->tok_first, j = m->tok_end;
    m->subject = subject(s, i, j);
    m->cue = cue_before(s, i, &m->want);
    if (j < s->n && in_list(s->tok[j].form, REGION_WORD)) {
        m->want = EW_GEO_ADM1;
        m->cue = m->cue ? m->cue : s->tok[j].form;
    } else if (j < s->n && !strcmp(s->tok[j].form, "city")) {
        m->want = EW_GEO_PLACE;
        m->cue = m->cue ? m->cue : "city";
    }
    if (m->cue || m->want)
        m->role = EW_GEO_ROLE_LOCATION;
    else if (as_actor(s, i, j))
        m->role = EW_GEO_ROLE_ACTOR;
    else
        m->role = EW_GEO_ROLE_LOCATION;   /* refined once resolved: countries are mentions */
}

/* 1 when a region or country named outer holds a place named inner
 * ("Virginia" holds an Alexandria; "Tajikistan" holds no Kyrgyzstan). */
static int contains(const ew_gazetteer *g, const char *outer, const char *inner)
{
    uint32_t o[64], in[EW_GEO_MAX_CAND];
    size_t no = ew_gaz_lookup(g, outer, o, 64), ni = ew_gaz_lookup(g, inner, in, EW_GEO_MAX_CAND);
    no = no < 64 ? no : 64;
    ni = ni < EW_GEO_MAX_CAND ? ni : EW_GEO_MAX_CAND;
    for (size_t i = 0; i < no; i++) {
        const ew_geo_place *q = ew_gaz_place(g, o[i]);
        for (size_t k = 0; k < ni && q->kind != EW_GEO_PLACE; k++) {
            const ew_geo_place *p = ew_gaz_place(g, in[k]);
            if (p->kind == EW_GEO_COUNTRY || strcmp(p->cc, q->cc))
                continue;
            if (q->kind == EW_GEO_COUNTRY || (p->kind == EW_GEO_PLACE && !strcmp(p->adm1, q->adm1)))
                return 1;
        }
    }
    return 0;
}

/* "Alexandria, Virginia", "Batumi, Georgia": a region or country right
 * after a comma narrows the place; the pair is one mention.  Returns the
 * new end token. */
static size_t qualifier(const ew_gazetteer *g, const ew_sentence *s, ew_geo_mention *m,
                        size_t j, ew_arena *a)
{
    char key[EW_GEO_KEY_MAX + 1];
    if (j + 1 >= s->n || strcmp(s->tok[j].form, ",") || !capitalised(s->tok[j + 1].form))
        return j;
    size_t e = longest(g, s, j + 1, key);
    if (!e)
        return j;
    if (!contains(g, key, m->key))
        return j;
    m->qual = ew_arena_strdup(a, key);
    m->role = EW_GEO_ROLE_LOCATION;     /* "Moscow, Idaho, police said": a place */
    m->tok_end = e;
    m->span.end = s->tok[e - 1].end;
    char *t = ew_arena_strdup(a, m->text);
    for (size_t k = j + 1; k < e; k++)
        t = ew_arena_printf(a, "%s%s%s", t, k == j + 1 ? ", " : " ", s->tok[k].form);
    m->text = t;
    return e;
}

/* The tagger read the words as common nouns or adjectives: without a
 * locative, not a place name. */
static int common_noun(const ew_sentence *s, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (s->tok[k].upos == EW_UPOS_NOUN || s->tok[k].upos == EW_UPOS_ADJ)
            return 1;
    return 0;
}

/* "in Almaty and Astana", "in Tbilisi, Batumi and Kutaisi": a name joined
 * to the previous mention shares its cue. */
static void inherit_cue(const ew_sentence *s, ew_geo_doc *out, ew_geo_mention *m)
{
    if (m->cue || out->n < 2)
        return;
    const ew_geo_mention *prev = &out->m[out->n - 2];
    size_t i = m->tok_first;
    if (prev->sent != m->sent || !prev->cue || prev->role != EW_GEO_ROLE_LOCATION ||
        i < 1 || prev->tok_end != i - 1)
        return;
    const char *w = s->tok[i - 1].form;
    if (!strcmp(w, "and") || !strcmp(w, ",") || !strcmp(w, "or")) {
        m->cue = prev->cue;
        m->role = EW_GEO_ROLE_LOCATION;
    }
}

void ew_geo_scan_sentence(const ew_gazetteer *g, const ew_sentence *s, size_t si,
                          ew_arena *a, ew_geo_doc *out, size_t *cap)
{
    char key[EW_GEO_KEY_MAX + 1];
    for (size_t i = 0; i < s->n; i++) {
        if (!capitalised(s->tok[i].form))
            continue;
        size_t j = longest(g, s, i, key);
        if (!j)
            continue;
        if (implausible(s, i, j, key)) {
            i = j - 1;
            continue;
        }
        ew_geo_mention *m = ew_geo_push_mention(a, out, cap);
        m->sent = si;
        m->tok_first = i;
        m->tok_end = j;
        m->span.start = s->tok[i].start;
        m->span.end = s->tok[j - 1].end;
        m->key = ew_arena_strdup(a, key);
        size_t tl = 0;
        for (size_t k = i; k < j; k++)
            tl += strlen(s->tok[k].form) + 1;
        char *t = ew_arena_alloc(a, tl + 1);
        t[0] = 0;
        for (size_t k = i; k < j; k++) {
            if (k > i)
                strcat(t, " ");
            strcat(t, s->tok[k].form);
        }
        m->text = t;
        classify(s, m);
        inherit_cue(s, out, m);
        if (!m->cue && !m->want && common_noun(s, i, j)) { /* "the Mission", "Western" */
            out->n--;
            i = j - 1;
            continue;
        }
        j = qualifier(g, s, m, j, a);
        i = j - 1;
    }
}

/* Bare names must be big enough; actors must be able to stand for a state. */
int ew_geo_plausible(const ew_geo_mention *m)
{
    const ew_geo_place *p = m->place;
    if (!p)
        return 0;
    if (m->role == EW_GEO_ROLE_ACTOR)
        return p->kind != EW_GEO_PLACE || p->pop >= ACTOR_MIN_POP || (p->flags & EW_GEO_CAPITAL);
    if (!m->cue && !m->want && p->kind == EW_GEO_PLACE)
        return p->pop >= BARE_MIN_POP || (p->flags & EW_GEO_CAPITAL);
    return 1;
}
