/*
 * irrealis.c -- negated, modal, conditional, habitual, denied and asked
 * verbs (see irrealis.h).
 */
#include "code/irrealis.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int is_one_of(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (!strcasecmp(w, *list))
            return 1;
    return 0;
}

/* Is the lemma of t in list?  Trees converted from Penn Treebank input
 * carry no lemmas: the form is tried as it is and with a regular ending
 * taken off ("allowed", "allows", "hoped", "denying"). */
static int lemma_one_of(const ew_token *t, const char *const *list)
{
    if (t->lemma)
        return is_one_of(t->lemma, list);
    if (is_one_of(t->form, list))
        return 1;
    static const char *const endings[] = {"ing", "ed", "es", "s", "d", NULL};
    size_t n = strlen(t->form);
    for (const char *const *e = endings; *e; e++) {
        size_t k = strlen(*e);
        char stem[64];
        if (n <= k + 1 || n - k >= sizeof stem - 1 || strcasecmp(t->form + n - k, *e))
            continue;
        memcpy(stem, t->form, n - k);
        stem[n - k] = '\0';
        if (is_one_of(stem, list))
            return 1;
        if (stem[n - k - 1] == 'i')   /* "denied" -> "deni" -> "deny" */
            stem[n - k - 1] = 'y';
        else
            strcat(stem, "e");        /* "hoped" -> "hop" -> "hope" */
        if (is_one_of(stem, list))
            return 1;
    }
    return 0;
}

static const char *const negators[] = {"not", "n't", "never", NULL};
/* "may" is left out with "will": "ties may spur reconciliation" is how
 * wire copy states an expected consequence (the PETRARCH suite codes it) */
static const char *const modals[] = {"would", "could", "might", "should",
                                     "must", "can", NULL};
static const char *const conditions[] = {"if", "unless", "whether", NULL};

/* "not only ... but also" asserts both halves. */
static int not_only(const ew_cview *v, int i)
{
    return i + 1 < v->n && !strcasecmp(v->s->tok[i + 1].form, "only");
}

/* An adverbial clause introduced by "if" or "unless" (not "whether":
 * "whether" clauses are complements, not conditions). */
static int has_condition_mark(const ew_cview *v, int c)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head == c + 1 && d->rel == EW_REL_MARK &&
            (!strcasecmp(d->form, "if") || !strcasecmp(d->form, "unless")))
            return 1;
    }
    return 0;
}

/* CAMEO's material roots (06-09 cooperation, 14-20 conflict): an act done,
 * not said.  "warned of consequences unless Uganda withdraws" is a threat
 * made, whatever the condition; "ready to use bombers if war resumes" is
 * no use of bombers. */
static int material(const char *code)
{
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return (root >= 6 && root <= 9) || root >= 14;
}

/* "can" says what is possible ("activists can break beyond", "Iran has
 * people who can kidnap"), except on a speech verb, where it performs the
 * act: "I can confirm that the hostage was killed" confirms it. */
static const char *const speech[] = {"say", "confirm", "tell", "report", "announce",
                                     "reveal", "assure", "state", NULL};

static int performative(const ew_cview *v, int t, const char *modal)
{
    const ew_token *tk = &v->s->tok[t];
    const char *w = tk->lemma ? tk->lemma : tk->form;
    return !strcasecmp(modal, "can") && is_one_of(w, speech);
}

/* A subject that denies the act: "nobody denies", "no country has
 * recognised", "none of them attended". */
static const char *const nobody[] = {"nobody", "none", "nothing", "neither",
                                     "noone", NULL};

static int negative_subject(const ew_cview *v, int s)
{
    if (is_one_of(v->s->tok[s].form, nobody))
        return 1;
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head == s + 1 && d->rel == EW_REL_DET && !strcasecmp(d->form, "no"))
            return 1;
    }
    return 0;
}

/* Adverbs of habit make a generalisation, not an act of the day:
 * "insurgents often attack US forces", "police routinely detain". */
static const char *const habits[] = {"often", "usually", "frequently", "regularly",
                                     "routinely", "sometimes", "generally",
                                     "typically", "traditionally", "normally",
                                     "occasionally", "habitually", NULL};

/* "had previously denied", "Rumsfeld previously stated that": an earlier
 * act recalled as background ("a previously unknown group" is no verb's). */
static const char *const formerly[] = {"previously", "formerly", NULL};

/* "in the past" on a verb: background ("has accepted refugees in the
 * past"), whatever the tense. */
static int in_the_past(const ew_cview *v, int o)
{
    if (strcasecmp(v->s->tok[o].form, "past"))
        return 0;
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head == o + 1 && d->rel == EW_REL_CASE && !strcasecmp(d->form, "in"))
            return 1;
    }
    return 0;
}

/* The reason carried by the dependents of token t, or NULL. */
static const char *own_reason(const ew_cview *v, int t, const char *code)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head != t + 1)
            continue;
        if (d->rel == EW_REL_ADVMOD && is_one_of(d->form, negators) && !not_only(v, i))
            return "negated";
        if (d->rel == EW_REL_NSUBJ && negative_subject(v, i))
            return "negated";
        if (d->rel == EW_REL_ADVMOD && is_one_of(d->form, habits))
            return "habitual";
        if (d->rel == EW_REL_ADVMOD && is_one_of(d->form, formerly))
            return "historical";
        if ((d->rel == EW_REL_OBL || d->rel == EW_REL_NMOD) && in_the_past(v, i))
            return "historical";
        if (d->rel == EW_REL_AUX && is_one_of(d->form, modals) &&
            !performative(v, t, d->form))
            return "hypothetical";
        if (d->rel == EW_REL_MARK && is_one_of(d->form, conditions))
            return "conditional";
        if (d->rel == EW_REL_ADVCL && material(code) && has_condition_mark(v, i))
            return "conditional";   /* "ready to use bombers if war resumes" */
    }
    return NULL;
}

/* A year written as four digits, or 0. */
static int year_of(const char *f)
{
    if (strlen(f) != 4)
        return 0;
    for (int i = 0; i < 4; i++)
        if (f[i] < '0' || f[i] > '9')
            return 0;
    int y = atoi(f);
    return y >= 1900 && y <= 2099 ? y : 0;
}

/* "between 1946 and 1958", "until 1990", "before 2003" date a past act
 * as surely as "in 1993" does (the year is still compared with the
 * story's: "before 2010" in a story of 2008 is a deadline). */
static const char *const when[] = {"in", "during", "on", "between", "until", "till",
                                   "before", NULL};

/* The year a time phrase hanging on token h names ("in 1993", "in
 * October 1993", "1993"), or 0; other prepositions say something else
 * ("since 1996" reaches into the present, "a protocol for 1990" is a plan). */
static int phrase_year(const ew_cview *v, int h)
{
    int y = year_of(v->s->tok[h].form);
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head != h + 1)
            continue;
        if (d->rel == EW_REL_CASE && !is_one_of(d->form, when))
            return 0;
        if (!y && (d->rel == EW_REL_NUMMOD || d->rel == EW_REL_COMPOUND ||
                   d->rel == EW_REL_FLAT || d->rel == EW_REL_NMOD))
            y = year_of(d->form);
    }
    return y;
}

/* "X invaded Y in 1993" in a story of 2006: history retold, not the news
 * of the day the event would be dated by.  The sentence date must be known. */
static int historical(const ew_cview *v, int t)
{
    int now = v->s->date / 10000;
    if (now < 1900)
        return 0;
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head != t + 1 || (d->rel != EW_REL_OBL && d->rel != EW_REL_NMOD &&
                                 d->rel != EW_REL_NUMMOD && d->rel != EW_REL_ADVMOD))
            continue;
        int y = phrase_year(v, i);
        if (y && y < now)
            return 1;
    }
    return 0;
}

/* "in November last year", "two years ago", "decades ago": a time
 * before the story's year, told without a year. */
static const char *const spans[] = {"year", "years", "decade", "decades", NULL};

static int has_dep_form(const ew_cview *v, int h, const char *form)
{
    for (int i = 0; i < v->n; i++)
        if (v->s->tok[i].head == h + 1 && !strcasecmp(v->s->tok[i].form, form))
            return 1;
    return 0;
}

static int earlier_year(const ew_cview *v, int o)
{
    const ew_token *t = &v->s->tok[o];
    if (!strcasecmp(t->form, "year") && has_dep_form(v, o, "last"))
        return 1;
    if (!strcasecmp(t->form, "ago"))   /* "ago" heads "two years" in UD */
        for (int i = 0; i < v->n; i++)
            if (v->s->tok[i].head == o + 1 && is_one_of(v->s->tok[i].form, spans))
                return 1;
    return is_one_of(t->form, spans) && has_dep_form(v, o, "ago");
}

static int earlier_phrase(const ew_cview *v, int t)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head != t + 1 || (d->rel != EW_REL_OBL && d->rel != EW_REL_NMOD &&
                                 d->rel != EW_REL_ADVMOD && d->rel != EW_REL_OBJ))
            continue;
        if (d->rel != EW_REL_OBJ && earlier_year(v, i))
            return 1;
        /* "in November last year"; our parser may hang it on the object */
        for (int k = 0; k < v->n; k++)
            if (v->s->tok[k].head == i + 1 && (v->s->tok[k].rel == EW_REL_NMOD ||
                                               v->s->tok[k].rel == EW_REL_OBL) &&
                earlier_year(v, k))
                return 1;
    }
    return 0;
}

/* Words that date a clause to the story's own days: a clause that has one
 * keeps it, whatever year the clause around it names ("Serbia, which
 * fought in 1999, signed the treaty on Monday"). */
static const char *const nowadays[] = {
    "today", "yesterday", "tonight", "now", "recently", "currently",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", NULL};

static int own_time(const ew_cview *v, int t)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head == t + 1 && (d->rel == EW_REL_OBL || d->rel == EW_REL_ADVMOD ||
                                 d->rel == EW_REL_NMOD) &&
            is_one_of(d->form, nowadays))
            return 1;
    }
    return 0;
}

/* The clause a relative clause's noun belongs to: "fled to Taiwan in
 * 1949, where they set up ..." or "sent troops to Chechnya, which ..."
 * -- the noun's own verb, or -1. */
static int relative_host(const ew_cview *v, int tok)
{
    const ew_token *t = &v->s->tok[tok];
    /* only a simple past is told in the host's time: "a law passed in
     * 1998 that says ...", "a conflict which has killed ..." reach now */
    if (t->rel != EW_REL_ACL || !t->subrel || strcmp(t->subrel, "relcl") ||
        !t->xpos || strcmp(t->xpos, "VBD") || t->head <= 0 || t->head > v->n)
        return -1;
    int h = t->head - 1;
    const ew_token *n = &v->s->tok[h];
    if (n->upos == EW_UPOS_VERB)
        return h;   /* the parser hung it on the verb itself */
    if ((n->rel == EW_REL_OBJ || n->rel == EW_REL_OBL || n->rel == EW_REL_NSUBJ) &&
        n->head > 0 && n->head <= v->n)
        return n->head - 1;
    return -1;
}

/* The year of a clause holds for the clauses inside it: "In 1942, when
 * the Germans began liquidating the ghetto, ..." dates the liquidating;
 * so does a relative clause's host ("Chechnya, which ...", above). */
static int historical_clause(const ew_cview *v, int tok)
{
    for (int hops = 0; tok >= 0 && tok < v->n && hops < 4; hops++) {
        if (historical(v, tok) || earlier_phrase(v, tok))
            return 1;
        if (own_time(v, tok))
            return 0;
        const ew_token *t = &v->s->tok[tok];
        int up = relative_host(v, tok);
        if (up < 0 && (t->rel == EW_REL_XCOMP || t->rel == EW_REL_ADVCL ||
                       t->rel == EW_REL_CONJ) && t->head > 0)
            up = t->head - 1;
        if (up < 0)
            break;
        tok = up;
    }
    return 0;
}

/* Nouns whose clause is what someone says, fears or intends, not what
 * was done: "accusations that he intended to attack", "plans to invade",
 * "reports that troops had entered", "a threat to expel".  The noun's own
 * verb ("rejected the accusations", "denied reports") is the event. */
static const char *const content_nouns[] = {
    "accusation", "accusations", "allegation", "allegations", "claim",
    "claims", "plan", "plans", "plot", "plots",
    "fear", "fears", "report", "reports", "rumour", "rumours", "rumor",
    "rumors", "suspicion", "suspicions", "speculation", "suggestion",
    "suggestions", "proposal", "proposals", "threat", "threats", "warning",
    "warnings", "intention", "intentions", "intent", "hope", "hopes",
    "possibility", "prospect", "prospects", "risk", "danger", "demand",
    "demands", "offer", "offers", "promise", "promises", "pledge",
    "pledges", "vow", "idea", "refusal", "denial", "readiness",
    "willingness", "plea", "request", "requests",
    /* a position, an appeal, an order, a decision or a deal about an act
     * is not the act: "in favour of Canada giving deserters refugee
     * status", "calls for Israel to withdraw", "the decision to withdraw
     * troops", "signed an agreement to release prisoners" (the signing is
     * the event), "a bid to capture the town", "efforts to free" */
    "favour", "favor", "call", "calls", "appeal", "appeals", "order", "orders",
    "decision", "decisions", "agreement", "deal", "bid", "bids", "effort",
    "efforts", "campaign", "push", "move", "vote", "motion", "resolution",
    "initiative", "ultimatum", "invitation", "permission", "right", "mandate",
    NULL};

/* Words that open a complement clause; a relative clause ("the report
 * that the UN released") has its pronoun as subject or object instead. */
static const char *const complementizers[] = {"that", "to", "of", "whether",
                                              NULL};

/* The position of the word opening clause c as a complement, or -1. */
static int complement_mark(const ew_cview *v, int c)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head == c + 1 && (d->rel == EW_REL_MARK || d->rel == EW_REL_CASE) &&
            is_one_of(d->form, complementizers))
            return i;
    }
    return -1;
}

/* "The newspaper reports that", "Iran claims that": a plural right after
 * a noun or name is the verb our tagger took for a noun (the report is
 * then the speech act, coded as the PETRARCH suite does); "denied reports
 * that", "Russia's plans to" are nouns. */
static const char *const closing_quotes[] = {"''", "'", "\"", "\u201d", NULL};

static int content_noun(const ew_cview *v, int i)
{
    const ew_token *t = &v->s->tok[i];
    if (t->upos != EW_UPOS_NOUN || !is_one_of(t->form, content_nouns))
        return 0;
    size_t len = strlen(t->form);
    if (i > 0 && len > 1 && t->form[len - 1] == 's') {
        const ew_token *b = &v->s->tok[i - 1];
        if (b->upos == EW_UPOS_NOUN || b->upos == EW_UPOS_PROPN ||
            is_one_of(b->form, closing_quotes))   /* "''Knight Ridder'' reports" */
            return 0;
    }
    return 1;
}

/* Clause c hangs on a content noun: as its acl, or -- our parser often
 * hangs "accusations that ..." on the verb before the noun -- right after
 * the noun, "that"/"to" next to it. */
static int noun_clause(const ew_cview *v, int c)
{
    const ew_token *t = &v->s->tok[c];
    int m = complement_mark(v, c);
    if (m < 0)
        return 0;
    if ((t->rel == EW_REL_ACL || t->rel == EW_REL_CCOMP) && t->head > 0 &&
        t->head <= v->n &&
        content_noun(v, t->head - 1))
        return 1;
    return m > 0 && m < c && content_noun(v, m - 1);
}

/* An infinitive or gerund ("to ensure", "of occupying") and its
 * conjuncts share the form; a past or present tense there is another
 * clause the parser hung on it: "no plan to ensure growth and accused Mr
 * Beazley" -- the accusing was done. */
static int base_form(const ew_token *t)
{
    return t->xpos && (!strcmp(t->xpos, "VB") || !strcmp(t->xpos, "VBG"));
}

static int tensed(const ew_token *t)
{
    return t->xpos && !strncmp(t->xpos, "VB", 2) && !base_form(t);
}

/* Is token tok (or the clause it is an xcomp or conjunct of) the
 * complement clause of a content noun? */
static int noun_content(const ew_cview *v, int tok)
{
    for (int hops = 0; tok >= 0 && tok < v->n && hops < 4; hops++) {
        if (noun_clause(v, tok))
            return 1;
        const ew_token *t = &v->s->tok[tok];
        if ((t->rel != EW_REL_XCOMP && t->rel != EW_REL_CONJ) ||
            t->head <= 0 || t->head > v->n)
            return 0;
        /* a tensed "xcomp" is our parser's mistake for a new clause too:
         * "in an effort to calm the public told reporters" */
        if ((t->rel == EW_REL_CONJ || t->rel == EW_REL_XCOMP) && tensed(t) &&
            base_form(&v->s->tok[t->head - 1]))
            return 0;
        tok = t->head - 1;
    }
    return 0;
}

/* Words whose infinitive did not happen: "failed to repeal", "were
 * unable to attend", "unwilling to address".  ("refused to" is coded as
 * a rejection by its own patterns.) */
static const char *const failures[] = {"fail", "failed", "fails", "unable",
                                       "unwilling", NULL};

/* Wanting, hoping or planning an act is not doing it: "wanted to allow
 * the commanders more flexibility" allows nothing.  The wish itself is
 * coded by its own patterns ("wants to meet" 036, "plans to visit" 036).
 * Nor is what one is allowed to do done: "the ruling will allow them to
 * adopt children", "troops will be allowed to stay". */
static const char *const wishes[] = {"want", "wish", "hope", "intend", "plan", "aim",
                                     "seek", "desire", "allow", "permit", "authorize",
                                     "authorise", "enable", NULL};

static int wished_head(const ew_cview *v, int h)
{
    const ew_token *t = &v->s->tok[h];
    return t->upos == EW_UPOS_VERB && lemma_one_of(t, wishes);
}

/* "will not allow any cities to be attacked": our parser hangs the
 * infinitive on the object, not on the verb of allowing or wanting. */
static int infinitive_on_wished_object(const ew_cview *v, int tok)
{
    const ew_token *t = &v->s->tok[tok];
    if (t->rel != EW_REL_ACL || !has_dep_form(v, tok, "to") || t->head <= 0 ||
        t->head > v->n)
        return 0;
    const ew_token *n = &v->s->tok[t->head - 1];
    return (n->rel == EW_REL_OBJ || n->rel == EW_REL_IOBJ) && n->head > 0 &&
           n->head <= v->n && wished_head(v, n->head - 1);
}

/* "missiles capable of hitting Israel": a possibility, like "can". */
static int capable_of(const ew_cview *v, int tok)
{
    const ew_token *t = &v->s->tok[tok];
    if (t->head <= 0 || t->head > v->n)
        return 0;
    const ew_token *h = &v->s->tok[t->head - 1];
    return (!strcasecmp(h->form, "capable") || !strcasecmp(h->form, "incapable")) &&
           has_dep_form(v, tok, "of");
}

static int failed_head(const ew_cview *v, int h)
{
    const ew_token *t = &v->s->tok[h];
    return is_one_of(t->form, failures) || lemma_one_of(t, failures);
}

/* "is expected to attend", "a million people expected to attend", "is
 * likely to delay", "is scheduled to visit": someone unnamed foresees the
 * act; it has not happened, and the subject said nothing ("expected" is
 * no optimistic comment of theirs).  "has expected" is the subject's own
 * expectation. */
static const char *const foreseen[] = {"likely", "unlikely", "due", "poised", NULL};

static int has_perfect_aux(const ew_cview *v, int t)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head == t + 1 && d->rel == EW_REL_AUX &&
            (!strcasecmp(d->form, "has") || !strcasecmp(d->form, "have") ||
             !strcasecmp(d->form, "had")))
            return 1;
    }
    return 0;
}

static int foreseen_by_others(const ew_cview *v, int h)
{
    const ew_token *t = &v->s->tok[h];
    static const char *const foreseers[] = {"expect", "schedule", NULL};
    if (t->xpos && !strcmp(t->xpos, "VBN") && !has_perfect_aux(v, h) &&
        lemma_one_of(t, foreseers))
        return 1;
    return t->upos == EW_UPOS_ADJ && is_one_of(t->form, foreseen);
}

/* Questions.  A direct question asks whether an act happened or will
 * ("Did the air force increase its raids?", "Is the government planning
 * to deport them?", "Will we support the reformers?"): nothing it names
 * was reported as done.  A reported question stays the speaker's
 * statement ("she said, 'Why should children wait?'"): only the clause
 * the question mark closes is asked. */

/* The last word before a sentence-final "?" (closing quotes and other
 * punctuation after it allowed), or -1. */
static int before_question_mark(const ew_cview *v)
{
    int i = v->n - 1;
    while (i >= 0 && v->s->tok[i].upos == EW_UPOS_PUNCT && strcmp(v->s->tok[i].form, "?"))
        i--;
    if (i <= 0 || strcmp(v->s->tok[i].form, "?"))
        return -1;
    for (i--; i >= 0 && v->s->tok[i].upos == EW_UPOS_PUNCT; i--)
        ;
    return i;
}

static int is_wh(const ew_token *t)
{
    return t->xpos && (!strcmp(t->xpos, "WP") || !strcmp(t->xpos, "WRB") ||
                       !strcmp(t->xpos, "WDT") || !strcmp(t->xpos, "WP$"));
}

/* Is token i in the subtree of h (or h itself)? */
static int is_under(const ew_cview *v, int i, int h)
{
    for (int hops = 0; i >= 0 && i < v->n && hops < v->n; hops++) {
        if (i == h)
            return 1;
        i = v->s->tok[i].head - 1;
    }
    return 0;
}

/* The first word of h's subtree, punctuation and a leading conjunction
 * ("And will we ...", "But why ...") skipped; -1 when none. */
static int clause_start(const ew_cview *v, int h)
{
    for (int i = 0; i <= h; i++) {
        const ew_token *t = &v->s->tok[i];
        if (t->upos == EW_UPOS_PUNCT || t->rel == EW_REL_CC || !is_under(v, i, h))
            continue;
        return i;
    }
    return -1;
}

/* Does clause h ask?  It opens with a wh-word (not a relative clause's
 * pronoun), or with an auxiliary of its own before its subject ("Did
 * they ...", "Is the government ..."). */
static int interrogative(const ew_cview *v, int h)
{
    int f = clause_start(v, h);
    if (f < 0)
        return 0;
    const ew_token *ft = &v->s->tok[f];
    const ew_token *ht = &v->s->tok[h];
    if (is_wh(ft))
        return ht->rel != EW_REL_ACL;
    if (ft->head != h + 1 || (ft->rel != EW_REL_AUX && ft->rel != EW_REL_COP))
        return 0;
    for (int i = f + 1; i < v->n; i++)
        if (v->s->tok[i].head == h + 1 && v->s->tok[i].rel == EW_REL_NSUBJ)
            return 1;
    return 0;
}

/* The clause a sentence's question mark closes, or -1: the nearest
 * clause above the last word that asks, looked for up to the reported
 * clause it sits in (a quoted question's speaker is not asked). */
static int question_clause(const ew_cview *v)
{
    int w = before_question_mark(v);
    for (int hops = 0; w >= 0 && w < v->n && hops < v->n; hops++) {
        const ew_token *t = &v->s->tok[w];
        if ((t->upos == EW_UPOS_VERB || t->upos == EW_UPOS_AUX || t->rel == EW_REL_ROOT) &&
            interrogative(v, w))
            return w;
        if (t->rel == EW_REL_CCOMP || t->rel == EW_REL_PARATAXIS || t->head <= 0)
            return -1;
        w = t->head - 1;
    }
    return -1;
}

static int in_question(const ew_cview *v, int tok)
{
    int q = question_clause(v);
    return q >= 0 && is_under(v, tok, q);
}

/* Verbs whose complement clause is what they deny or doubt: "denied that
 * its troops attacked" reports a denial (016), not an attack. */
static const char *const deniers[] = {"deny", "refute", "dispute", "doubt",
                                      "dismiss", NULL};

/* "It is predicted that Montenegro will join the UN", "it is feared
 * that": an unnamed forecast, hope or rumour, not a report of the act. */
static const char *const forecasts[] = {"predict", "expect", "hope", "fear", "anticipate",
                                        "forecast", "rumour", "rumor", "speculate", NULL};

static int passive_aux(const ew_cview *v, int h)
{
    for (int i = 0; i < v->n; i++) {
        const ew_token *d = &v->s->tok[i];
        if (d->head == h + 1 && d->subrel && !strcmp(d->subrel, "pass") &&
            (d->rel == EW_REL_AUX || d->rel == EW_REL_NSUBJ))
            return 1;
    }
    return 0;
}

static int forecast_clause(const ew_cview *v, int tok)
{
    for (int hops = 0; tok >= 0 && tok < v->n && hops < 4; hops++) {
        const ew_token *t = &v->s->tok[tok];
        if (t->head <= 0 || t->head > v->n)
            return 0;
        int h = t->head - 1;
        if (t->rel == EW_REL_CCOMP || (t->rel == EW_REL_CSUBJ && t->subrel &&
                                       !strcmp(t->subrel, "pass")))
            return lemma_one_of(&v->s->tok[h], forecasts) &&
                   (passive_aux(v, h) || t->rel == EW_REL_CSUBJ);
        if (t->rel != EW_REL_XCOMP && t->rel != EW_REL_CONJ)
            return 0;
        tok = h;
    }
    return 0;
}

static int denied_clause(const ew_cview *v, int tok)
{
    for (int hops = 0; tok >= 0 && tok < v->n && hops < 4; hops++) {
        const ew_token *t = &v->s->tok[tok];
        if (t->head <= 0 || t->head > v->n)
            return 0;
        const ew_token *h = &v->s->tok[t->head - 1];
        if (t->rel == EW_REL_CCOMP)
            return lemma_one_of(h, deniers);
        if (t->rel != EW_REL_XCOMP && t->rel != EW_REL_CONJ)
            return 0;
        tok = t->head - 1;
    }
    return 0;
}

const char *ew_code_irrealis(const ew_cview *v, int tok, const char *code)
{
    if (historical_clause(v, tok))
        return "historical";
    if (noun_content(v, tok))
        return "content";
    if (denied_clause(v, tok))
        return "denied";
    if (forecast_clause(v, tok))
        return "hypothetical";
    if (in_question(v, tok))
        return "question";
    if (foreseen_by_others(v, tok) || capable_of(v, tok) ||
        infinitive_on_wished_object(v, tok))
        return "hypothetical";
    /* a chain of xcomps is short; the bound only guards a cyclic tree */
    for (int hops = 0; tok >= 0 && tok < v->n && hops < 4; hops++) {
        const char *why = own_reason(v, tok, code);
        if (why)
            return why;
        const ew_token *t = &v->s->tok[tok];
        if (t->rel != EW_REL_XCOMP || t->head <= 0)
            break;
        tok = t->head - 1;
        if (failed_head(v, tok))
            return "negated";
        if (foreseen_by_others(v, tok) || wished_head(v, tok))
            return "hypothetical";
    }
    return NULL;
}
