/*
 * dep_repair.c -- undoing parser mistakes that break coordination (see
 * dep_repair.h).  Each repair looks for a shape no UD tree has on purpose
 * and rewrites only heads and relations of the copy.
 */
#include "code/dep_repair.h"

#include <string.h>
#include <strings.h>

typedef struct rtree {
    ew_token *t;
    int n;
} rtree;

static int head_of(const rtree *r, int i)
{
    int h = r->t[i].head - 1;
    return (h >= 0 && h < r->n && h != i) ? h : -1;
}

static int nominal(const ew_token *t)
{
    return t->upos == EW_UPOS_NOUN || t->upos == EW_UPOS_PROPN ||
           t->upos == EW_UPOS_PRON || t->upos == EW_UPOS_NUM;
}

static int name_tok(const ew_token *t)
{
    return t->upos == EW_UPOS_PROPN || (t->xpos && !strncmp(t->xpos, "NNP", 3));
}

static int verb_tok(const ew_token *t)
{
    if (t->xpos && t->xpos[0])
        return strncmp(t->xpos, "VB", 2) == 0;
    return t->upos == EW_UPOS_VERB;
}

/* Is anc an ancestor of x (or x itself)?  Bounded: bad trees may cycle. */
static int under(const rtree *r, int x, int anc)
{
    for (int steps = 0; x >= 0 && steps <= r->n; steps++, x = head_of(r, x))
        if (x == anc)
            return 1;
    return 0;
}

static void attach(rtree *r, int c, int h, ew_rel rel)
{
    r->t[c].head = h + 1;
    r->t[c].rel = (uint8_t)rel;
    r->t[c].subrel = NULL;
}

static int has_child(const rtree *r, int h, ew_rel rel)
{
    for (int i = 0; i < r->n; i++)
        if (head_of(r, i) == h && r->t[i].rel == rel)
            return 1;
    return 0;
}

/* Leftmost token of x's subtree that is contiguous with x. */
static int left_edge(const rtree *r, int x)
{
    int lo = x;
    while (lo > 0 && under(r, lo - 1, x))
        lo--;
    return lo;
}

/* "Arnor, the Shire, Bree and Rohan": the Shire hangs on Arnor as appos
 * (or list, or unmarked nmod) while Bree and Rohan are conj. */
static int list_member(const rtree *r, int c)
{
    const ew_token *t = &r->t[c];
    int h = head_of(r, c);
    if (h < 0 || h > c || !nominal(&r->t[h]) || !name_tok(t))
        return 0;
    int shape = t->rel == EW_REL_APPOS || t->rel == EW_REL_LIST ||
                (t->rel == EW_REL_NMOD && t->subrel && !strcmp(t->subrel, "unmarked"));
    if (!shape)
        return 0;
    /* a comma right before the member's words (it may hang on either) */
    int lo = left_edge(r, c);
    int comma = !strcmp(r->t[lo].form, ",") || (lo > 0 && !strcmp(r->t[lo - 1].form, ","));
    if (!comma)
        return 0;
    for (int k = c + 1; k < r->n; k++)
        if (r->t[k].rel == EW_REL_CONJ && (head_of(r, k) == h || head_of(r, k) == c))
            return 1;
    return 0;
}

static int repair_lists(rtree *r)
{
    int n = 0;
    for (int c = 0; c < r->n; c++)
        if (list_member(r, c)) {
            attach(r, c, head_of(r, c), EW_REL_CONJ);
            n++;
        }
    return n;
}

/* Second subject b of the verb of subject a, with a "and"/"or" between
 * a's words and b hanging on the verb or on b. */
static int split_subject(rtree *r, int a, int b)
{
    int v = head_of(r, a);
    for (int k = a + 1; k < b; k++) {
        if (r->t[k].rel != EW_REL_CC || under(r, k, a))
            continue;
        if (head_of(r, k) != v && head_of(r, k) != b)
            continue;
        attach(r, b, a, EW_REL_CONJ);
        attach(r, k, b, EW_REL_CC);
        return 1;
    }
    return 0;
}

/* "the death and injury toll has risen" read as two subjects, "death
 * (and injury)" and "toll": with nothing but the first's words between
 * them and a conjunct inside the first, the first is a modifier of the
 * second ("Eriadori and Calenardhon leaders" is the same shape). */
static int modifier_subject(rtree *r, int a, int b)
{
    int conj = 0;
    for (int k = a + 1; k < b; k++) {
        if (!under(r, k, a))
            return 0;
        conj |= r->t[k].rel == EW_REL_CONJ && head_of(r, k) == a;
    }
    if (!conj || r->t[b].upos != EW_UPOS_NOUN)
        return 0;
    attach(r, a, b, EW_REL_COMPOUND);
    return 1;
}

static int repair_subjects(rtree *r)
{
    int n = 0;
    for (int a = 0; a < r->n; a++) {
        if (r->t[a].rel != EW_REL_NSUBJ || !nominal(&r->t[a]))
            continue;
        int v = head_of(r, a);
        for (int b = a + 1; v >= 0 && b < v; b++)
            if (head_of(r, b) == v && r->t[b].rel == EW_REL_NSUBJ && nominal(&r->t[b])) {
                n += split_subject(r, a, b) || modifier_subject(r, a, b);
                break;
            }
    }
    return n;
}

/* A finite verb (or a participle with an object) conjoined to a noun. */
static int clause_verb(const rtree *r, int c)
{
    const ew_token *t = &r->t[c];
    if (!t->xpos || !verb_tok(t))
        return 0;
    if (!strcmp(t->xpos, "VBD") || !strcmp(t->xpos, "VBZ") || !strcmp(t->xpos, "VBP"))
        return 1;
    return !strcmp(t->xpos, "VBN") && has_child(r, c, EW_REL_OBJ);
}

static int repair_verb_conj(rtree *r)
{
    int n = 0;
    for (int c = 0; c < r->n; c++) {
        int h = head_of(r, c);
        if (r->t[c].rel != EW_REL_CONJ || h < 0 || !nominal(&r->t[h]) || !clause_verb(r, c))
            continue;
        int g = head_of(r, h);
        for (int steps = 0; g >= 0 && !verb_tok(&r->t[g]) && steps < r->n; steps++)
            g = head_of(r, g);
        if (g < 0 || under(r, g, c))
            continue;
        attach(r, c, g, EW_REL_CONJ);
        n++;
    }
    return n;
}

/* A gerund tag on a word without "-ing" ("Pyongyang/VBG on Thursday
 * fired ..."): no English verb form looks like that, the word is a name
 * or noun the tagger guessed from its last letters.  Re-tagged in the
 * copy; when it stands before a verb without a subject, hung on it as a
 * clause, it is that subject. */
static int ing_form(const char *f)
{
    size_t n = strlen(f);
    return n >= 4 && !strcasecmp(f + n - 3, "ing");
}

static int repair_false_gerund(rtree *r)
{
    int n = 0;
    for (int c = 0; c < r->n; c++) {
        ew_token *t = &r->t[c];
        if (!t->xpos || strcmp(t->xpos, "VBG") || ing_form(t->form))
            continue;
        int name = t->form[0] >= 'A' && t->form[0] <= 'Z';
        t->xpos = name ? "NNP" : "NN";
        t->upos = name ? EW_UPOS_PROPN : EW_UPOS_NOUN;
        int h = head_of(r, c);
        if (h > c && verb_tok(&r->t[h]) && !has_child(r, h, EW_REL_NSUBJ) &&
            (t->rel == EW_REL_ADVCL || t->rel == EW_REL_CSUBJ || t->rel == EW_REL_DEP))
            attach(r, c, h, EW_REL_NSUBJ);
        n++;
    }
    return n;
}

/* A noun hanging on a verb by a relation that only exists inside noun
 * phrases: the verb was a noun modifier's head by mistake ("Russian
 * police arrested" read as "police"+participle). */
static int repair_noun_on_verb(rtree *r)
{
    int n = 0;
    for (int c = 0; c < r->n; c++) {
        const ew_token *t = &r->t[c];
        int h = head_of(r, c);
        if (h < 0 || !verb_tok(&r->t[h]) || (t->upos != EW_UPOS_NOUN && t->upos != EW_UPOS_PROPN))
            continue;
        if (!(t->rel == EW_REL_COMPOUND && !t->subrel) && t->rel != EW_REL_AMOD &&
            t->rel != EW_REL_DET && t->rel != EW_REL_FLAT)
            continue;
        int subj = c < h && !has_child(r, h, EW_REL_NSUBJ) && !has_child(r, h, EW_REL_CSUBJ);
        attach(r, c, h, subj ? EW_REL_NSUBJ : EW_REL_DEP);
        n++;
    }
    return n;
}

/* "marched very close to the border": an adverb or adjective conj of a
 * verb with no conjunction or comma of its own is a modifier read as a
 * second conjunct; as conj it would end the verb phrase. */
static int repair_modifier_conj(rtree *r)
{
    int n = 0;
    for (int c = 0; c < r->n; c++) {
        const ew_token *t = &r->t[c];
        int h = head_of(r, c);
        if (t->rel != EW_REL_CONJ || h < 0 || h > c || !verb_tok(&r->t[h]) ||
            (t->upos != EW_UPOS_ADV && t->upos != EW_UPOS_ADJ))
            continue;
        int own_cc = has_child(r, c, EW_REL_CC);
        int lo = left_edge(r, c);
        if (own_cc || (lo > 0 && r->t[lo - 1].upos == EW_UPOS_PUNCT))
            continue;
        attach(r, c, h, EW_REL_ADVMOD);
        n++;
    }
    return n;
}

/* "restore complete, full diplomatic ties": the first of two coordinated
 * adjectives read as the verb's predicate (xcomp) and the noun they
 * describe hung elsewhere.  With only the comma and the noun's own
 * modifiers between them, the noun is the verb's object and the
 * adjective one of its modifiers. */
static int repair_adjective_series(rtree *r)
{
    int n = 0;
    for (int j = 0; j + 2 < r->n; j++) {
        const ew_token *t = &r->t[j];
        int v = head_of(r, j);
        if (t->upos != EW_UPOS_ADJ || t->rel != EW_REL_XCOMP || v < 0 || v > j ||
            !verb_tok(&r->t[v]) || strcmp(r->t[j + 1].form, ","))
            continue;
        int k = j + 2;
        while (k < r->n && r->t[k].upos == EW_UPOS_ADJ)
            k++;
        if (k == j + 2 || k >= r->n || r->t[k].upos != EW_UPOS_NOUN || head_of(r, k) == v ||
            under(r, v, k) || has_child(r, v, EW_REL_OBJ))
            continue;
        int own = 1;
        for (int i = j + 2; i < k; i++)
            own &= head_of(r, i) == k;
        if (!own)
            continue;
        attach(r, k, v, EW_REL_OBJ);
        attach(r, j, k, EW_REL_AMOD);
        n++;
    }
    return n;
}

/* Last token of x's subtree (bounded walk per token). */
static int right_edge(const rtree *r, int x)
{
    int hi = x;
    for (int i = x + 1; i < r->n; i++)
        if (under(r, i, x))
            hi = i;
    return hi;
}

/* ", the agency said on Thursday." at the end of a sentence, hung inside
 * the main clause (as a relative or adverbial clause of some noun or
 * verb): a Penn parse makes it a clause beside the main one, and so
 * should we, or it ends up inside the main verb's phrase and is never
 * coded.  The clause needs a subject of its own that is a noun (not
 * "which" or "who": those open true relative clauses). */
static int trailing_report(const rtree *r, int c, int root, int last)
{
    const ew_token *t = &r->t[c];
    /* a modifier clause only: a complement (ccomp: 'said, "Bush would
     * rather ..."') is the verb's own business and stays */
    if (c == root || !verb_tok(t) ||
        (t->rel != EW_REL_ACL && t->rel != EW_REL_ADVCL && t->rel != EW_REL_DEP))
        return 0;
    if (has_child(r, c, EW_REL_CCOMP) || has_child(r, c, EW_REL_XCOMP))
        return 0;
    int subj = -1;
    for (int i = 0; i < r->n && subj < 0; i++)
        if (head_of(r, i) == c && r->t[i].rel == EW_REL_NSUBJ)
            subj = i;
    if (subj < 0 || (r->t[subj].upos != EW_UPOS_NOUN && r->t[subj].upos != EW_UPOS_PROPN))
        return 0;
    int lo = left_edge(r, c);
    int comma = !strcmp(r->t[lo].form, ",") || (lo > 0 && !strcmp(r->t[lo - 1].form, ","));
    return comma && right_edge(r, c) >= last && under(r, c, root) && !under(r, root, c);
}

static int repair_trailing_report(rtree *r)
{
    int root = -1, last = r->n - 1;
    for (int i = 0; i < r->n; i++)
        if (r->t[i].head == 0)
            root = root < 0 ? i : -2;
    while (last > 0 && r->t[last].upos == EW_UPOS_PUNCT)
        last--;
    if (root < 0)
        return 0;   /* no single root */
    for (int c = 0; c < r->n; c++)
        if (trailing_report(r, c, root, last)) {
            attach(r, c, root, EW_REL_PARATAXIS);
            return 1;
        }
    return 0;
}

const ew_sentence *ew_code_repair_tree(const ew_sentence *s, ew_arena *a)
{
    if (!s || s->n == 0)
        return s;
    for (size_t i = 0; i < s->n; i++)
        if (s->tok[i].head < 0)
            return s;   /* unparsed */
    ew_sentence *copy = ew_arena_alloc(a, sizeof *copy);
    *copy = *s;
    copy->tok = ew_arena_alloc(a, sizeof *copy->tok * s->n);
    memcpy(copy->tok, s->tok, sizeof *copy->tok * s->n);
    rtree r = {copy->tok, (int)s->n};
    /* tags first, then subjects: the list repair needs the conj they create */
    int n = repair_false_gerund(&r);
    n += repair_subjects(&r);
    n += repair_lists(&r);
    n += repair_verb_conj(&r);
    n += repair_noun_on_verb(&r);
    n += repair_modifier_conj(&r);
    n += repair_adjective_series(&r);
    n += repair_trailing_report(&r);
    return n ? copy : s;
}
