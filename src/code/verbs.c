/*
 * verbs.c -- the verb loop: dictionary look-up (multi-word forms), the
 * upper and lower sequences, pattern choice, and the default source and
 * target search when the pattern names none (PETRARCH-1's check_verbs,
 * find_source, find_target).
 */
#include "code/events.h"
#include "code/irrealis.h"

#include <string.h>

/* Does form f fit around the verb token t?  Other words of the form must
 * follow/precede in order, skip items between them allowed.  Sets the
 * verb's token span. */
static int form_fits(const ew_cview *v, const ew_verb_form *f, int t,
                     int *vs, int *ve)
{
    int j = t;
    for (int k = f->head + 1; k < f->n; k++) {
        do j++; while (j < v->n && (v->skip[j] || v->gone[j]));
        if (j >= v->n || v->sym[j] != f->words[k])
            return 0;
    }
    *ve = j;
    j = t;
    for (int k = (int)f->head - 1; k >= 0; k--) {
        do j--; while (j >= 0 && (v->skip[j] || v->gone[j]));
        if (j < 0 || v->sym[j] != f->words[k])
            return 0;
    }
    *vs = j;
    return 1;
}

/* The forms of the verb at t that fit best (most words); a word may head
 * forms in several blocks ("SHOT" of SHOOT, and a block of its own), and
 * all of them are tried. */
static int forms_at(const ew_cview *v, int t, const ew_verb_form **out,
                    int max, int *vs, int *ve, int need_before)
{
    size_t n = 0;
    if (t < 0 || t >= v->n || v->sym[t] == EW_SYM_NONE)
        return 0;
    const ew_verb_form *const *f = ew_dict_verb_forms(v->dict, v->sym[t], &n);
    int k = 0, best = 0;
    for (size_t i = 0; i < n; i++) {
        int s, e;
        if (f[i]->n < best || (need_before && f[i]->head == 0) ||
            !form_fits(v, f[i], t, &s, &e))
            continue;
        if (f[i]->n > best) {
            best = f[i]->n;
            k = 0;
            *vs = s;
            *ve = e;
        }
        if (k < max)
            out[k++] = f[i];
    }
    return k;
}

/* The entries of the verb at t.  A multi-word verb whose head word the
 * tagger took for a noun ("will not wire/VB tap/NN") is found from its
 * first word. */
static int find_forms(const ew_cview *v, int t, const ew_verb_form **out,
                      int max, int *vs, int *ve)
{
    int k = forms_at(v, t, out, max, vs, ve, 0);
    if (k > 0)
        return k;
    int next = t + 1;
    while (next < v->n && (v->skip[next] || v->gone[next]))
        next++;
    if (next < v->n && v->s->tok[next].upos != EW_UPOS_VERB)
        k = forms_at(v, next, out, max, vs, ve, 1);
    return k > 0 && *vs == t ? k : 0;
}

static ew_seq lower_seq(const ew_cview *v, int from, int end, ew_arena *a)
{
    ew_seq q = {ew_arena_alloc(a, sizeof(int) * (size_t)(end > from ? end - from : 1)), 0};
    for (int i = from; i < end; i++)
        if (!v->gone[i])
            q.tok[q.n++] = i;
    return q;
}

/* First token of the upper sequence's reach: just after the nearest clause
 * comma before the verb. */
static int upper_stop(const ew_cview *v, int vs)
{
    for (int i = vs - 1; i >= v->upper_floor; i--)
        if (v->boundary[i] && !v->gone[i])
            return i + 1;
    return v->upper_floor < vs ? v->upper_floor : vs;
}

static ew_seq upper_seq(const ew_cview *v, int vs, ew_arena *a)
{
    ew_seq q = {ew_arena_alloc(a, sizeof(int) * (size_t)(vs > 0 ? vs : 1)), 0};
    /* skip items stay in both sequences: a pattern word may match them
     * ("- % HAVE * [191]", "- * THE_NEATEST_PLACE [027]"), while they are
     * transparent otherwise (match.c) */
    for (int i = vs - 1, stop = upper_stop(v, vs); i >= stop; i--)
        if (!v->gone[i])
            q.tok[q.n++] = i;
    return q;
}

static const char *loc_code(const ew_cview *v, ew_loc l)
{
    return l.np >= 0 ? v->np[l.np].code : NULL;
}

static ew_loc loc_of_np(const ew_cview *v, int k)
{
    if (v->np[k].group >= 0)
        return (ew_loc){-1, v->np[k].group};
    return (ew_loc){k, -1};
}

static int np_live(const ew_cview *v, int k)
{
    return !v->gone[v->np[k].start] && !v->gone[v->np[k].end - 1];
}

/* Target: the first compound or coded noun phrase of the verb phrase, else
 * its first noun phrase; for talk and cooperation never a place ("signed
 * the treaty at the White House").  A statement prefers an actor to a
 * topic phrase (view.h: "said the laws of Australia ... but Gondor ..."),
 * and a topic to a phrase on a place preposition, which names where the
 * topic is, not whom the speaker addresses ("noted the significance of the
 * UN centre in Almaty": the centre, not Kazakhstan). */
static ew_loc find_target(const ew_cview *v, int from, int end, const char *code)
{
    int venue = ew_cview_venue_code(code);
    int stmt = code && code[0] == '0' && code[1] == '1';
    /* pass 0: a named actor or a compound; 1: an agent alone ("---MIL",
     * "the withdrawal of troops" before "from Russia"); 2: a statement's
     * topic phrase; 3: a statement's coded phrase on a place preposition;
     * 4: any phrase */
    for (int pass = 0; pass < 5; pass++)
        for (int k = 0; k < v->n_np; k++) {
            const ew_cv_np *p = &v->np[k];
            int start = p->group >= 0 ? v->grp[p->group].start : p->start;
            if (p->start < from || p->start >= end || !np_live(v, k) ||
                (venue && ew_cview_locative(v, start)))
                continue;
            if (stmt && pass < 3 && (p->topic ? pass < 2 : ew_cview_adjunct(v, start)))
                continue;
            int named = p->coded && strncmp(p->code, "---", 3) != 0;
            if (pass == 4 || p->group >= 0 || named || (pass >= 1 && p->coded) ||
                (pass == 2 && p->topic))
                return loc_of_np(v, k);
        }
    return EW_LOC_NONE;
}

/* A phrase on a place preposition (view.h), unless words it shares with
 * its compound come first ("lawmakers in Fornost and Gondor"). */
static int source_adjunct(const ew_cview *v, const ew_cv_np *p)
{
    if (p->pre_end > p->pre_start)
        return 0;
    if (p->group >= 0) {
        const ew_cv_np *m = &v->np[v->grp[p->group].np[0]];
        return m->pre_end <= m->pre_start && ew_cview_adjunct(v, v->grp[p->group].start);
    }
    return ew_cview_adjunct(v, p->start);
}

/* Source: nearest compound or coded noun phrase before the verb whose code
 * is not the target's, an actor before a topic phrase (view.h: "President
 * Bush in an address to the Texas council said") and both before a phrase
 * on a place preposition ("Rice said in Senate testimony that"), else the
 * nearest uncoded one. */
static ew_loc find_source(const ew_cview *v, int vs, ew_loc tgt, int new_actors)
{
    int stop = upper_stop(v, vs);
    const char *tc = loc_code(v, tgt);
    /* with new_actor_length, uncoded phrases get their own text as code, so
     * two of them are no longer the same actor */
    if (new_actors && tc && !strcmp(tc, "---"))
        tc = NULL;
    /* pass 0: an actor; 1: a topic; 2: a phrase on a place preposition;
     * 3: any phrase */
    for (int pass = 0; pass < 4; pass++)
        for (int k = v->n_np - 1; k >= 0; k--) {
            const ew_cv_np *p = &v->np[k];
            if (p->start >= vs || p->start < stop || !np_live(v, k))
                continue;
            if (p->group < 0 && tc && !strcmp(p->code, tc))
                continue;
            int adjunct = source_adjunct(v, p);
            if ((pass < 2 && adjunct) || (pass == 0 && p->topic) || (pass == 2 && !adjunct))
                continue;
            if (pass == 3 || p->group >= 0 || p->coded)
                return loc_of_np(v, k);
        }
    return EW_LOC_NONE;
}

/* The tree's subject, when it is a coded or compound phrase before the
 * verb: better than the nearest phrase when a second conjoined verb shares
 * the first one's subject ("X condemned ... and promised ..."). */
static ew_loc subject_source(const ew_cview *v, const ew_cv_verb *vb, int vs,
                             ew_loc tgt)
{
    if (vb->subj < 0 || vb->subj >= vs || v->gone[vb->subj])
        return EW_LOC_NONE;
    int k = v->np_of[vb->subj];
    if (k < 0 || v->np[k].start < upper_stop(v, vs))
        return EW_LOC_NONE;
    const char *tc = loc_code(v, tgt);
    if (v->np[k].group < 0 && (!v->np[k].coded || (tc && !strcmp(v->np[k].code, tc))))
        return EW_LOC_NONE;
    return loc_of_np(v, k);
}

static const ew_pattern *best_pattern(const ew_coder *c, const ew_cview *v,
                                      const ew_verb_block *b, const ew_seq *up,
                                      const ew_seq *low, ew_match *best,
                                      const ew_pattern *bp)
{
    if (!b)
        return bp;
    for (size_t i = 0; i < b->n_pat; i++) {
        ew_match m;
        if (!ew_match_pattern(v, &b->pat[i], up, low, &m)) {
            if (c->trace && b->n_pat <= 40)
                ew_code_tracef(c, "    pattern tried, no match: %s", b->pat[i].text);
            continue;
        }
        ew_code_tracef(c, "    pattern matched (score %d): %s [%s:%ld]", m.score,
                       b->pat[i].text, b->pat[i].file ? b->pat[i].file : "?",
                       b->pat[i].line);
        if (!bp || m.score > best->score) {
            bp = &b->pat[i];
            *best = m;
        }
    }
    return bp;
}

/* For explain: the verb, its entry and the two word sequences. */
static void trace_verb(const ew_coder *c, const ew_cview *v, const ew_cv_verb *vb,
                       const ew_verb_hit *h, const ew_verb_form *const *forms,
                       int nf, const ew_seq *up, const ew_seq *low)
{
    ew_code_tracef(c, "verb \"%s\" at %d (%s, block %s, code %s)%s; %d words before, %d after",
                   v->upper[vb->tok], vb->tok, h->form->lemma ? h->form->lemma : "?",
                   h->form->block && h->form->block->name ? h->form->block->name : "-",
                   h->form->code ? h->form->code : "---", h->passive ? " passive" : "",
                   up->n, low->n);
    char ub[512] = "", lb[512] = "";
    for (int i = 0; i < up->n; i++)
        snprintf(ub + strlen(ub), sizeof ub - strlen(ub), " %s", v->upper[up->tok[i]]);
    for (int i = 0; i < low->n; i++)
        snprintf(lb + strlen(lb), sizeof lb - strlen(lb), " %s", v->upper[low->tok[i]]);
    ew_code_tracef(c, "    before (nearest first):%s", ub);
    ew_code_tracef(c, "    after:%s", lb);
    size_t np = 0;
    for (int i = 0; i < nf; i++)
        np += forms[i]->block ? forms[i]->block->n_pat : 0;
    ew_code_tracef(c, "    %zu patterns to try (%d dictionary entries)", np, nf);
}

/* The code of the verb: the best pattern's, else (none, or "---") the
 * verb's own.  Fills h->pat, h->code, h->src, h->tgt; 0 when there is none. */
static int choose_code(const ew_coder *c, const ew_cview *v, ew_verb_hit *h,
                       const ew_verb_form *const *forms, int nf,
                       const ew_seq *up, const ew_seq *low)
{
    ew_match m = {EW_LOC_NONE, EW_LOC_NONE, 0};
    h->pat = NULL;
    for (int i = 0; i < nf; i++) {
        const ew_pattern *before = h->pat;
        h->pat = best_pattern(c, v, forms[i]->block, up, low, &m, h->pat);
        if (h->pat != before)
            h->form = forms[i];
    }
    h->src = m.src;
    h->tgt = m.tgt;
    h->code = h->pat ? h->pat->code : NULL;
    if (!h->code || !strcmp(h->code, "---")) {
        h->pat = NULL;
        h->code = h->form->code;
    }
    return h->code && strcmp(h->code, "---") != 0;
}

/* Codes verb vb; returns 1 if the verb had a code (*code; its phrase is
 * then done, whether or not an event came out, as in PETRARCH-1, except
 * for statements: code_one). */
/* "a hafling was reported on the pass": a passive verb with no by-phrase
 * whose subject (if any) names no actor.  Whoever did it is unknown; an
 * actor named earlier in the sentence ("Gondor and Osgiliath delayed their
 * meeting after ...") is not it.  Dependency trees only: PETRARCH-1 on
 * Penn trees reads back through the words before the verb, and the Penn
 * path keeps its behaviour. */
/* A dependency-tree verb with a passive auxiliary or subject (aux:pass,
 * nsubj:pass) and no by-phrase (vb->passive marks by-phrase passives).  A passive
 * subject beside a perfect "have" with no passive auxiliary ("foes A and B
 * have renewed ties") is a parser slip, not a passive. */
static int dep_passive_without_agent(const ew_coder *c, const ew_cview *v,
                                     const ew_cv_verb *vb)
{
    if ((c->opt.use_ptb && v->s->ptb) || vb->passive)
        return 0;
    int subj_pass = 0, aux_pass = 0, aux = 0;
    for (int i = 0; i < v->n; i++) {
        const ew_token *t = &v->s->tok[i];
        if (t->head != vb->tok + 1)
            continue;
        int pass = t->subrel && !strcmp(t->subrel, "pass");
        if (t->rel == EW_REL_AUX)
            pass ? aux_pass++ : aux++;
        else if (pass)
            subj_pass++;
    }
    return aux_pass || (subj_pass && !aux);
}

static int agentless_passive(const ew_coder *c, const ew_cview *v, const ew_cv_verb *vb)
{
    if (!dep_passive_without_agent(c, v, vb))
        return 0;
    if (vb->subj < 0)
        return 1;
    /* a subject word in no phrase of its own heads a compound ("the
     * presidents of A and B were scheduled to visit"): not agentless */
    int k = v->np_of[vb->subj];
    return k >= 0 && !v->np[k].coded && v->np[k].group < 0;
}

static int compound_before_verb(const ew_pattern *p)
{
    for (int i = 0; i < p->verb_at && i < p->n; i++)
        if (p->el[i].kind == EW_PE_COMPOUND)
            return 1;
    return 0;
}

/* Words that say a verb's act is not asserted (code/irrealis.h). */
static int mood_word(const char *w)
{
    static const char *const moods[] = {"NOT", "NEVER", "NO", "CANNOT", "WILL", "WOULD",
                                        "COULD", "MIGHT", "SHOULD", "MUST", "MAY", "CAN",
                                        "IF", "UNLESS", "WHETHER", NULL};
    size_t n = strlen(w);
    if (n >= 3 && !strcmp(w + n - 3, "N'T"))
        return 1;
    for (const char *const *m = moods; *m; m++)
        if (!strcmp(w, *m))
            return 1;
    return 0;
}

static int synset_has_mood(const ew_dict *d, uint32_t index)
{
    const ew_synset *ss = ew_dict_synset(d, index);
    for (size_t i = 0; ss && i < ss->n; i++)
        for (uint16_t k = 0; k < ss->phrase_len[i]; k++) {
            const char *w = ew_dict_sym_text(d, ss->phrase[i][k]);
            if (w && mood_word(w))
                return 1;
        }
    return 0;
}

/* A pattern with words of its own before the verb ("- NOT * [013]",
 * "- &NEGATVAUXVRB * [904]") has read the negation or modal there itself.
 * A synset without such words names the subject ("&TROOPS * IN + [154]"),
 * so the verb's mood is still tested. */
static int words_before_verb(const ew_dict *d, const ew_pattern *p)
{
    for (int i = 0; p && i < p->verb_at && i < p->n; i++) {
        if (p->el[i].kind == EW_PE_WORD)
            return 1;
        if (p->el[i].kind == EW_PE_SYNSET && synset_has_mood(d, p->el[i].synset))
            return 1;
    }
    return 0;
}

/* "did not attack", "would attack", "if X attacks": no act took place
 * (code/irrealis.h).  The verb's phrase counts as done, and a statement
 * that is not asserted reports nothing, so *code is cleared. */
static int not_asserted(const ew_coder *c, const ew_cview *v, const ew_cv_verb *vb,
                        const ew_verb_hit *h, const char **code)
{
    if (words_before_verb(c->dict, h->pat))
        return 0;
    const char *why = ew_code_irrealis(v, vb->tok, h->code);
    if (!why)
        return 0;
    ew_code_tracef(c, "  code %s but the verb is %s: no event", h->code, why);
    *code = NULL;
    return 1;
}

/* "The Australian government insists that Australia ...": a statement's
 * default target that is only the speaker's own country (a bare code, no
 * agent) is most often what the speaker talks about, not to.  A later
 * actor of the verb phrase, not a topic ("... that Australia will not
 * invade Velmora"), is the better target; with none the country stays. */
static ew_loc other_than_own_country(const ew_cview *v, const ew_cv_verb *vb,
                                     const ew_verb_hit *h)
{
    if (h->src.np < 0 || h->tgt.np < 0 || h->code[0] != '0' || h->code[1] != '1')
        return h->tgt;
    const char *sc = v->np[h->src.np].code, *tc = v->np[h->tgt.np].code;
    if (strlen(tc) != 3 || strncmp(sc, tc, 3) || !v->np[h->src.np].coded)
        return h->tgt;
    for (int from = v->np[h->tgt.np].end; from < vb->lower_end;) {
        ew_loc alt = find_target(v, from, vb->lower_end, h->code);
        if (ew_loc_none(alt))
            break;
        const char *ac = alt.np >= 0 ? v->np[alt.np].code : NULL;
        if (!ac || (strcmp(ac, tc) && strcmp(ac, sc) && v->np[alt.np].coded &&
                    !v->np[alt.np].topic))
            return alt;
        from = v->np[alt.np].end;
    }
    return h->tgt;
}

/* "President Obama unveiled his administration's budget": a statement's
 * agent-only target with the speaker's own agent ("---GOV" for USAGOV) is
 * the speaker's own side, which the document's country later turns into
 * the speaker itself; a topic of the verb phrase is kept instead, as it
 * was before topics gave way to agents. */
static ew_loc not_own_agent(const ew_cview *v, const ew_cv_verb *vb, const ew_verb_hit *h)
{
    if (h->src.np < 0 || h->tgt.np < 0 || h->code[0] != '0' || h->code[1] != '1')
        return h->tgt;
    const char *sc = v->np[h->src.np].code, *tc = v->np[h->tgt.np].code;
    if (strncmp(tc, "---", 3) || strlen(sc) <= 3 || !tc[3] || strcmp(sc + 3, tc + 3))
        return h->tgt;
    int venue = ew_cview_venue_code(h->code);
    for (int k = 0; k < v->n_np; k++) {
        const ew_cv_np *p = &v->np[k];
        if (p->start <= h->ve || p->start >= vb->lower_end || !np_live(v, k) ||
            !p->topic || p->group >= 0 || (venue && ew_cview_locative(v, p->start)))
            continue;
        return loc_of_np(v, k);
    }
    return h->tgt;
}

static int code_verb(const ew_coder *c, ew_cview *v, const ew_cv_verb *vb,
                     ew_arena *a, ew_event_list *out, const char **code)
{
    ew_verb_hit h = {0};
    const ew_verb_form *forms[8];
    int nf = find_forms(v, vb->tok, forms, 8, &h.vs, &h.ve);
    if (nf == 0)
        return 0;
    h.form = forms[0];
    for (int i = 0; i < nf; i++)    /* the verb's code: the first one given */
        if (forms[i]->code && strcmp(forms[i]->code, "---")) {
            h.form = forms[i];
            break;
        }
    h.passive = vb->passive;
    ew_seq up = upper_seq(v, h.vs, a);
    ew_seq low = lower_seq(v, h.ve + 1, vb->lower_end, a);
    if (c->trace)
        trace_verb(c, v, vb, &h, forms, nf, &up, &low);
    if (!choose_code(c, v, &h, forms, nf, &up, &low)) {
        ew_code_tracef(c, "  no code: no pattern matched and the verb has none");
        return 0;
    }
    *code = h.code;
    if (not_asserted(c, v, vb, &h, code))
        return 1;
    /* "the embassies of A, B and C were attacked": the members of a passive
     * subject are what was done to, not each other's agents ("A and B
     * fought", the "- % *" reading, needs the active voice) */
    if (h.pat && compound_before_verb(h.pat) && dep_passive_without_agent(c, v, vb)) {
        ew_code_tracef(c, "  compound pattern on a passive without agent: no event");
        return 1;
    }
    int default_tgt = ew_loc_none(h.tgt);
    if (default_tgt)
        h.tgt = find_target(v, h.ve + 1, vb->lower_end, h.code);
    if (ew_loc_none(h.tgt)) {
        ew_code_tracef(c, "  code %s but no target in the verb phrase: no event", h.code);
        return 1;
    }
    if (ew_loc_none(h.src))
        h.src = subject_source(v, vb, h.vs, h.tgt);
    if (ew_loc_none(h.src) && !agentless_passive(c, v, vb))
        h.src = find_source(v, h.vs, h.tgt, c->opt.new_actor_length > 0);
    if (ew_loc_none(h.src)) {
        ew_code_tracef(c, "  code %s but no source before the verb: no event", h.code);
        return 1;
    }
    if (default_tgt && !h.passive) {
        h.tgt = other_than_own_country(v, vb, &h);
        h.tgt = not_own_agent(v, vb, &h);
    }
    ew_code_make_events(c, v, &h, a, out);
    return 1;
}

/* Reported speech: "X said Y attacked Z" is about the attack.  A verb
 * coded as a statement (CAMEO root 01) lets the verbs of its phrase be
 * coded, and when one of them yields an event the statement's own events
 * go (PETRARCH-2 keeps the inner event too). */
static int is_statement(const char *code)
{
    return code && code[0] == '0' && code[1] == '1';
}

static void drop_events(ew_event_list *out, size_t from, size_t to)
{
    memmove(&out->v[from], &out->v[to], (out->n - to) * sizeof out->v[0]);
    out->n -= to - from;
}

static int code_range(const ew_coder *c, ew_cview *v, int i, int lo, int hi,
                      ew_arena *a, ew_event_list *out, size_t first);

/* An inner event with both sides coded.  Half-coded ones ("it would
 * accept the plan") do not replace the statement, even when require_dyad
 * is off: the pipeline may not be able to complete them later. */
static int any_dyad(const ew_event_list *out, size_t from)
{
    for (size_t k = from; k < out->n; k++)
        if (strcmp(out->v[k].source.code, "---") && strcmp(out->v[k].target.code, "---"))
            return 1;
    return 0;
}

/* Codes verb i and, for a statement, the verbs inside its phrase; returns
 * the index of the last verb handled. */
static int code_one(const ew_coder *c, ew_cview *v, int i, ew_arena *a,
                    ew_event_list *out, size_t first, int *coded)
{
    const ew_cv_verb *vb = &v->verb[i];
    const char *code = NULL;
    size_t before = out->n;
    *coded = code_verb(c, v, vb, a, out, &code);
    if (!*coded || !is_statement(code))
        return i;
    size_t mine = out->n;
    /* the clause's own words only: "Velmora said rebels attacked Kastria"
     * is no attack by Velmora */
    int floor = v->upper_floor;
    v->upper_floor = vb->tok + 1;
    int last = code_range(c, v, i + 1, vb->tok + 1, vb->lower_end, a, out, first);
    v->upper_floor = floor;
    if (mine > before && any_dyad(out, mine)) {
        ew_code_tracef(c, "  reported speech: the inner event replaces the %s event", code);
        drop_events(out, before, mine);
    }
    return last;
}

/* Codes the verbs from index i whose token lies in [lo, hi); returns the
 * index of the last verb looked at. */
static int code_range(const ew_coder *c, ew_cview *v, int i, int lo, int hi,
                      ew_arena *a, ew_event_list *out, size_t first)
{
    int done_until = -1;    /* inside the phrase of a verb already coded */
    int done_from = -1;
    for (; i < v->n_verb && v->verb[i].tok < hi; i++) {
        const ew_cv_verb *vb = &v->verb[i];
        if (out->n - first >= EW_CODE_MAX_EVENTS) {
            ew_diag_report(c->diag, EW_WARN, NULL, 0, v->s->id,
                           "more than %d events in one sentence; the rest not coded",
                           EW_CODE_MAX_EVENTS);
            return v->n_verb;
        }
        if (vb->tok < lo || v->gone[vb->tok])
            continue;
        if (vb->tok >= done_from && vb->tok < done_until)
            continue;
        int coded;
        int last = code_one(c, v, i, a, out, first, &coded);
        if (coded) {
            done_from = vb->tok;
            done_until = vb->lower_end;
        }
        i = last;
    }
    return i - 1;
}

void ew_code_verbs(const ew_coder *c, ew_cview *v, ew_arena *a,
                   ew_event_list *out)
{
    code_range(c, v, 0, 0, v->n, a, out, out->n);
}
