/*
 * parser_train.c -- training the parser: data selection, projectivisation,
 * dynamic-oracle perceptron training, model selection on dev, saving.
 *
 * Method (Goldberg & Nivre 2013, "Training deterministic parsers with
 * non-deterministic oracles"): at every configuration the oracle gives the
 * cost of each legal transition; the best-scoring zero-cost ("gold")
 * transition is the update target, and after the first epoch the parser
 * follows its own wrong predictions with probability `explore`, so it
 * learns to recover from its mistakes.  Non-projective gold trees are
 * projectivised by lifting (the arc moves to the grandparent) because the
 * oracle is exact only for projective trees and arc-hybrid builds only
 * those.  Each of EW_PARSER_MEMBERS models (different shuffles and
 * exploration draws) keeps its epoch with the best dev LAS; the saved model
 * is their weight average (two members train at a time, one per core).
 *
 * Determinism: each member's shuffle and exploration draw from its own
 * xorshift generator seeded from opts->seed and its index, and the average
 * is summed in member order; nothing depends on time, addresses or thread
 * timing.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nlp/model_io.h"
#include "nlp/parse_features.h"
#include "nlp/parser.h"
#include "nlp/parser_eval.h"
#include "nlp/parser_jackknife.h"
#include "nlp/parser_model.h"
#include "nlp/ud_corpus.h"

/* 2^21 transition buckets (16 MB as int16) and 2^17 label buckets keep
 * collisions rare for ~5M distinct features and the model under 25 MB. */
#define TBITS_DEFAULT 21

/* One training sentence in the parser's own numbering (root = n+1). */
typedef struct tsent {
    int n;
    uint64_t *values;            /* EW_PVALUES x [n+2] */
    int *gh, *gl;                /* gold head and label id, [n+2] */
} tsent;

typedef struct trainer {
    ew_parser model;             /* labels, sizes; tables filled at compile */
    float *tw, *lw;              /* current weights */
    double *tu, *lu;             /* sum of c*update, for averaging */
    double c;                    /* examples seen */
    uint64_t rng;
    double explore;
    int exploring;
} trainer;

static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

static double rng_unit(uint64_t *s)
{
    return (double)(rng_next(s) >> 11) / 9007199254740992.0;
}

/* ---- labels ---- */

static int label_id(ew_parser *m, const ew_token *t, int add)
{
    char buf[EW_PLABEL_LEN];
    ew_rel_label(t, buf, sizeof buf);
    for (uint32_t i = 0; i < m->nlab; i++)
        if (strcmp(m->label[i], buf) == 0)
            return (int)i;
    if (!add || m->nlab == EW_PLABEL_MAX)
        return -1;
    memcpy(m->label[m->nlab], buf, EW_PLABEL_LEN);
    return (int)m->nlab++;
}

/* ---- projectivisation ---- */

static int dominates(const int *gh, int h, int k, int root)
{
    while (k != h && k != root && k != 0)
        k = gh[k];
    return k == h;
}

static int arc_is_projective(const int *gh, int d, int root)
{
    int h = gh[d], lo = h < d ? h : d, hi = h < d ? d : h;
    for (int k = lo + 1; k < hi; k++)
        if (!dominates(gh, h, k, root))
            return 0;
    return 1;
}

/* Lifts non-projective arcs to the grandparent until none is left. */
static void projectivise(int *gh, int n)
{
    int root = n + 1;
    for (int changed = 1, rounds = 0; changed && rounds < 4 * n; rounds++) {
        changed = 0;
        for (int d = 1; d <= n; d++)
            if (gh[d] != root && !arc_is_projective(gh, d, root)) {
                gh[d] = gh[gh[d]];
                changed = 1;
            }
    }
}

/* Converts a read sentence into training form; -1 if it has a label
 * beyond the label budget or a malformed head. */
static int make_tsent(trainer *tr, const ew_sentence *s, tsent *t)
{
    int n = (int)s->n;
    size_t m = (size_t)n + 2;
    t->n = n;
    t->values = malloc(EW_PVALUES * m * sizeof(uint64_t));
    t->gh = malloc(2 * m * sizeof(int));
    if (!t->values || !t->gh)
        abort();
    t->gl = t->gh + m;
    ew_parser_fill_values(tr->model.clus, s, NULL, t->values);
    t->gh[0] = t->gh[n + 1] = 0;
    t->gl[0] = t->gl[n + 1] = 0;
    for (int i = 1; i <= n; i++) {
        int h = s->tok[i - 1].head;
        int l = label_id(&tr->model, &s->tok[i - 1], 1);
        if (h < 0 || h > n || h == i || l < 0)
            return -1;
        t->gh[i] = h == 0 ? n + 1 : h;
        t->gl[i] = l;
    }
    projectivise(t->gh, n);
    return 0;
}

static void free_tsent(tsent *t)
{
    free(t->values);
    free(t->gh);
}

/* ---- weights ---- */

static void update(float *w, double *u, size_t width, unsigned bits,
                   const uint64_t *f, size_t nf, int cls, float v, double c)
{
    unsigned shift = 64 - bits;
    for (size_t i = 0; i < nf; i++) {
        size_t k = (size_t)(f[i] >> shift) * width + (size_t)cls;
        w[k] += v;
        u[k] += c * v;
    }
}

static void scores(const float *w, size_t width, unsigned bits,
                   const uint64_t *f, size_t nf, float *out)
{
    unsigned shift = 64 - bits;
    memset(out, 0, width * sizeof *out);
    for (size_t i = 0; i < nf; i++) {
        const float *row = w + (size_t)(f[i] >> shift) * width;
        for (size_t k = 0; k < width; k++)
            out[k] += row[k];
    }
}

/* Averaged weights quantised to int16 with one scale per table: the argmax
 * is all that matters, so the scale need not be stored. */
static int16_t *quantise(const float *w, const double *u, size_t n, double c)
{
    double maxabs = 1e-9;
    for (size_t i = 0; i < n; i++) {
        double a = w[i] - u[i] / c;
        if (a > maxabs || -a > maxabs)
            maxabs = a > 0 ? a : -a;
    }
    double scale = 32767.0 / maxabs;
    int16_t *q = malloc(n * sizeof *q);
    if (!q)
        abort();
    for (size_t i = 0; i < n; i++) {
        double a = (w[i] - u[i] / c) * scale;
        q[i] = (int16_t)(a < 0 ? a - 0.5 : a + 0.5);
    }
    return q;
}

static void compile(trainer *tr)
{
    ew_parser *m = &tr->model;
    free(m->tw);
    free(m->lw);
    m->tw = quantise(tr->tw, tr->tu, (size_t)4 << tr->model.tbits, tr->c);
    m->lw = quantise(tr->lw, tr->lu, (size_t)m->nlab << tr->model.lbits, tr->c);
    m->lstride = m->nlab;
}

/* ---- one sentence ---- */

static int pick(const float *sc, unsigned allowed)
{
    int best = -1;
    for (int t = 0; t < EW_PT_COUNT; t++)
        if ((allowed >> t & 1) && (best < 0 || sc[t] > sc[best]))
            best = t;
    return best;
}

/* Chooses the label of the arc head -> dep, learning from the gold label
 * when the head is right. */
static int train_label(trainer *tr, const tsent *t, const ew_pstate *st, int dep, int head)
{
    ew_parser *m = &tr->model;
    if (head == t->n + 1)
        return (int)m->root_label;
    uint64_t f[EW_PFEAT_LABEL_MAX];
    float sc[EW_PLABEL_MAX];
    size_t nf = ew_pfeat_label(st, dep, head, f);
    scores(tr->lw, m->nlab, tr->model.lbits, f, nf, sc);
    int best = m->root_label == 0 ? 1 : 0;
    for (uint32_t k = 0; k < m->nlab; k++)
        if (k != m->root_label && sc[k] > sc[best])
            best = (int)k;
    if (t->gh[dep] != head)
        return best;
    int gold = t->gl[dep];
    if (best != gold && gold != (int)m->root_label) {
        update(tr->lw, tr->lu, m->nlab, tr->model.lbits, f, nf, gold, 1.0f, tr->c);
        update(tr->lw, tr->lu, m->nlab, tr->model.lbits, f, nf, best, -1.0f, tr->c);
    }
    return gold;
}

/* One transition decision: update on a costly prediction, return the
 * transition to follow. */
static int train_step(trainer *tr, const tsent *t, const ew_pstate *st, unsigned legal)
{
    int cost[EW_PT_COUNT], min = 1 << 30;
    for (int k = 0; k < EW_PT_COUNT; k++)
        if (legal >> k & 1) {
            cost[k] = ew_pstate_cost(st, k, t->gh);
            min = cost[k] < min ? cost[k] : min;
        }
    unsigned gold = 0;
    for (int k = 0; k < EW_PT_COUNT; k++)
        if ((legal >> k & 1) && cost[k] == min)
            gold |= 1u << k;
    if ((legal & (legal - 1)) == 0)
        return __builtin_ctz(legal);
    uint64_t f[EW_PFEAT_TRANS_MAX];
    float sc[4];
    size_t nf = ew_pfeat_trans(st, f);
    scores(tr->tw, 4, tr->model.tbits, f, nf, sc);
    int p = pick(sc, legal), g = pick(sc, gold);
    tr->c += 1;
    if (gold >> p & 1)
        return p;
    update(tr->tw, tr->tu, 4, tr->model.tbits, f, nf, g, 1.0f, tr->c);
    update(tr->tw, tr->tu, 4, tr->model.tbits, f, nf, p, -1.0f, tr->c);
    if (tr->exploring && rng_unit(&tr->rng) < tr->explore)
        return p;
    return g;
}

static void train_sentence(trainer *tr, const tsent *t, void *mem)
{
    ew_pstate st;
    ew_pstate_init(&st, t->n, t->values, mem);
    while (!ew_pstate_final(&st)) {
        int tr_ = train_step(tr, t, &st, ew_pstate_legal(&st));
        int label = 0;
        if (tr_ != EW_PT_SHIFT) {
            int d, h;
            ew_pstate_arc(&st, tr_, &d, &h);
            label = train_label(tr, t, &st, d, h);
        }
        ew_pstate_apply(&st, tr_, label);
    }
}

/* ---- data ---- */

/* Tags s and copies the xpos strings, which point into the tagger, into
 * the arena: the tagger is freed before the sentences are. */
static void tag_copy(const ew_tagger *t, ew_sentence *s, ew_arena *a)
{
    ew_tagger_tag(t, s);
    for (size_t i = 0; i < s->n; i++)
        if (s->tok[i].xpos)
            s->tok[i].xpos = ew_arena_strdup(a, s->tok[i].xpos);
}

/* Reads the training and dev sentences and gives them the tags the parser
 * will see at run time (retag callback, jackknifing, or gold). */
static int read_data(const char *ud_dir, const ew_parser_train_opts *o,
                     ew_ud_corpus *train, ew_ud_corpus *dev, ew_arena *a, ew_diag *diag)
{
    const char *df = o->dev_file ? o->dev_file
                                 : ew_arena_printf(a, "%s/en_ewt/en_ewt-ud-dev.conllu", ud_dir);
    int rc;
    if (o->train_file)
        rc = ew_ud_corpus_add(train, o->train_file, EW_UD_ALL, NULL, 0, diag);
    else if (o->no_gum)
        rc = ew_ud_corpus_add(train, ew_arena_printf(a, "%s/en_ewt/en_ewt-ud-train.conllu", ud_dir),
                              EW_UD_ALL, NULL, 0, diag);
    else
        rc = ew_ud_corpus_training(train, ud_dir, diag);
    if (rc < 0 || ew_ud_corpus_add(dev, df, EW_UD_ALL, NULL, 0, diag) < 0)
        return -1;
    if (o->retag) {
        for (size_t k = 0; k < train->n; k++)
            o->retag(o->user, &train->sent[k]);
        for (size_t k = 0; k < dev->n; k++)
            o->retag(o->user, &dev->sent[k]);
    } else if (o->jackknife >= 0) {
        ew_tagger_opts to = {.clusters = o->clusters};
        ew_tagger *full = ew_parser_jackknife(train->sent, train->n,
                                              o->jackknife ? o->jackknife : 10, &train->arena,
                                              &to);
        for (size_t k = 0; k < dev->n; k++)
            tag_copy(full, &dev->sent[k], &dev->arena);
        ew_tagger_free(full);
    }
    return 0;
}

/* ---- the training loop ---- */

static void trainer_init(trainer *tr, const ew_parser_train_opts *o)
{
    memset(tr, 0, sizeof *tr);
    tr->model.tbits = o->table_bits >= 8 && o->table_bits <= 26 ? o->table_bits : TBITS_DEFAULT;
    tr->model.lbits = tr->model.tbits - 4;
    tr->rng = o->seed ? o->seed : 1;
    tr->explore = o->explore < 0 ? 0 : o->explore == 0 ? 0.9 : o->explore;
    strcpy(tr->model.label[tr->model.nlab++], "root");
    tr->model.root_label = 0;
    tr->model.clus = o->clusters;
}

static void trainer_alloc(trainer *tr)
{
    size_t nt = (size_t)4 << tr->model.tbits, nl = (size_t)tr->model.nlab << tr->model.lbits;
    tr->tw = calloc(nt, sizeof *tr->tw);
    tr->tu = calloc(nt, sizeof *tr->tu);
    tr->lw = calloc(nl, sizeof *tr->lw);
    tr->lu = calloc(nl, sizeof *tr->lu);
    if (!tr->tw || !tr->tu || !tr->lw || !tr->lu)
        abort();
}

static void trainer_free(trainer *tr)
{
    free(tr->tw);
    free(tr->tu);
    free(tr->lw);
    free(tr->lu);
    free(tr->model.tw);
    free(tr->model.lw);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void shuffle(size_t *order, size_t n, uint64_t *rng)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(rng_next(rng) % i);
        size_t tmp = order[i - 1];
        order[i - 1] = order[j];
        order[j] = tmp;
    }
}

/* One member of the ensemble: its seed, and the quantised tables of its
 * best dev epoch (malloc'd) once trained. */
typedef struct member {
    const tsent *ts;
    size_t nts;
    const ew_ud_corpus *dev;
    const ew_parser_train_opts *o;
    const ew_parser *labels;     /* label set and table sizes */
    unsigned long seed;
    int report;                  /* 1: call o->progress after each epoch */
    int16_t *tw, *lw;
    double las;
} member;

static int16_t *copy_table(const int16_t *w, size_t n)
{
    int16_t *c = malloc(n * sizeof *c);
    if (!c)
        abort();
    memcpy(c, w, n * sizeof *c);
    return c;
}

/* Runs the epochs; keeps the tables of the best dev epoch in mb. */
static void run_epochs(trainer *tr, const tsent *ts, size_t nts, member *mb)
{
    const ew_parser_train_opts *o = mb->o;
    int epochs = o->epochs > 0 ? o->epochs : 15;
    int explore_from = o->explore_from > 0 ? o->explore_from : 2;
    size_t *order = malloc((nts ? nts : 1) * sizeof *order), maxn = 1;
    for (size_t i = 0; i < nts; i++) {
        order[i] = i;
        maxn = (size_t)ts[i].n > maxn ? (size_t)ts[i].n : maxn;
    }
    void *mem = malloc(ew_pstate_bytes((int)maxn));
    double t0 = now_seconds();
    mb->las = -1;
    for (int e = 1; e <= epochs; e++) {
        tr->exploring = e >= explore_from;
        shuffle(order, nts, &tr->rng);
        for (size_t i = 0; i < nts; i++)
            train_sentence(tr, &ts[order[i]], mem);
        compile(tr);
        ew_parser_scores sc;
        ew_parser_eval_corpus(&tr->model, mb->dev->sent, mb->dev->n, &sc);
        if (o->progress && mb->report)
            o->progress(o->user, e, sc.uas, sc.las, now_seconds() - t0);
        if (sc.las > mb->las) {
            mb->las = sc.las;
            free(mb->tw);
            free(mb->lw);
            mb->tw = copy_table(tr->model.tw, (size_t)4 << tr->model.tbits);
            mb->lw = copy_table(tr->model.lw, (size_t)tr->model.nlab << tr->model.lbits);
        }
    }
    free(mem);
    free(order);
}

/* Thread body: trains one member with its own trainer (the sentences and
 * dev set are only read, so members run concurrently). */
static void *train_member(void *arg)
{
    member *mb = arg;
    trainer tr;
    trainer_init(&tr, mb->o);
    tr.rng = mb->seed;
    memcpy(&tr.model, mb->labels, sizeof tr.model);
    tr.model.tw = tr.model.lw = NULL;
    trainer_alloc(&tr);
    run_epochs(&tr, mb->ts, mb->nts, mb);
    trainer_free(&tr);
    return NULL;
}

/* Trains the members two at a time (two cores) in a fixed pairing, so the
 * result does not depend on thread timing. */
static void train_members(member *mb, int k)
{
    for (int i = 0; i < k; i += 2) {
        pthread_t th;
        int threaded = i + 1 < k && pthread_create(&th, NULL, train_member, &mb[i + 1]) == 0;
        train_member(&mb[i]);
        if (threaded)
            pthread_join(th, NULL);
        else if (i + 1 < k)
            train_member(&mb[i + 1]);
    }
}

/* Averages the members' tables (each already scaled to its own maximum)
 * into m's tables, requantised to the full int16 range.  Averaging
 * perceptrons trained with different shuffles and exploration draws
 * smooths the weights of rare features: +0.1 UAS, +0.2 LAS on EWT dev for
 * three members at no cost at parse time. */
static void average_members(ew_parser *m, const member *mb, int k)
{
    size_t len[2] = {(size_t)4 << m->tbits, (size_t)m->nlab << m->lbits};
    for (int t = 0; t < 2; t++) {
        double *acc = calloc(len[t], sizeof *acc), maxabs = 1e-9;
        if (!acc)
            abort();
        for (int i = 0; i < k; i++)
            for (size_t j = 0; j < len[t]; j++)
                acc[j] += t ? mb[i].lw[j] : mb[i].tw[j];
        for (size_t j = 0; j < len[t]; j++)
            maxabs = acc[j] > maxabs ? acc[j] : -acc[j] > maxabs ? -acc[j] : maxabs;
        int16_t *q = malloc(len[t] * sizeof *q);
        if (!q)
            abort();
        for (size_t j = 0; j < len[t]; j++) {
            double a = acc[j] * 32767.0 / maxabs;
            q[j] = (int16_t)(a < 0 ? a - 0.5 : a + 0.5);
        }
        free(acc);
        free(t ? m->lw : m->tw);
        *(t ? &m->lw : &m->tw) = q;
    }
    m->lstride = m->nlab;
}

/* Trains the ensemble and returns the payload of the averaged model. */
static void *train_ensemble(trainer *tr, const tsent *ts, size_t nts, const ew_ud_corpus *dev,
                            const ew_parser_train_opts *o, size_t *n)
{
    int k = o->members > 0 && o->members <= 16 ? o->members : EW_PARSER_MEMBERS;
    member mb[16];
    for (int i = 0; i < k; i++)
        mb[i] = (member){ts, nts, dev, o, &tr->model, tr->rng + 0x9E3779B97F4A7C15ULL * (unsigned)i,
                         i == 0, NULL, NULL, -1};
    train_members(mb, k);
    average_members(&tr->model, mb, k);
    if (o->progress) {
        ew_parser_scores sc;
        ew_parser_eval_corpus(&tr->model, dev->sent, dev->n, &sc);
        o->progress(o->user, 0, sc.uas, sc.las, 0);
    }
    for (int i = 0; i < k; i++) {
        free(mb[i].tw);
        free(mb[i].lw);
    }
    return ew_parser_encode(&tr->model, n);
}

int ew_parser_train(const char *ud_dir, const char *out_path,
                    const ew_parser_train_opts *opts, ew_diag *diag)
{
    ew_parser_train_opts o = opts ? *opts : (ew_parser_train_opts){0};
    ew_arena a;
    ew_arena_init(&a, 1 << 20);
    ew_ud_corpus train, dev;
    ew_ud_corpus_init(&train);
    ew_ud_corpus_init(&dev);
    trainer tr;
    trainer_init(&tr, &o);
    tsent *ts = NULL;
    size_t nts = 0;
    int rc = read_data(ud_dir ? ud_dir : ".", &o, &train, &dev, &a, diag);
    if (rc == 0) {
        ts = calloc(train.n ? train.n : 1, sizeof *ts);
        for (size_t k = 0; k < train.n; k++) {
            if (make_tsent(&tr, &train.sent[k], &ts[nts]) == 0)
                nts++;
            else {
                ew_diag_report(diag, EW_WARN, NULL, 0, train.sent[k].id,
                               "training sentence skipped (bad head or too many labels)");
                free_tsent(&ts[nts]);
            }
        }
        ew_parser_index_labels(&tr.model);
        size_t n = 0;
        void *payload = train_ensemble(&tr, ts, nts, &dev, &o, &n);
        rc = payload ? ew_model_write(out_path, "parser", EW_PARSER_VERSION, payload, n, diag) : -1;
        free(payload);
    }
    for (size_t k = 0; k < nts; k++)
        free_tsent(&ts[k]);
    free(ts);
    trainer_free(&tr);
    ew_ud_corpus_free(&train);
    ew_ud_corpus_free(&dev);
    ew_arena_free(&a);
    return rc;
}
