/*
 * ptb_tokens.c -- tokens of a Penn tree without dependency conversion
 * (see ptb_tokens.h).
 */
#include "code/ptb_tokens.h"

#include <string.h>

#include "io/ptb_rules.h"

/* Universal tag of a Penn tag: only what the coder looks at (punctuation,
 * nominals, verbs) needs to be right. */
static uint8_t upos_of_tag(const char *t)
{
    static const struct { const char *tag; ew_upos u; } map[] = {
        {"NNP", EW_UPOS_PROPN}, {"NNPS", EW_UPOS_PROPN}, {"NN", EW_UPOS_NOUN},
        {"NNS", EW_UPOS_NOUN}, {"PRP", EW_UPOS_PRON}, {"PRP$", EW_UPOS_PRON},
        {"CD", EW_UPOS_NUM}, {"DT", EW_UPOS_DET}, {"IN", EW_UPOS_ADP},
        {"TO", EW_UPOS_PART}, {"MD", EW_UPOS_AUX}, {"CC", EW_UPOS_CCONJ},
        {"JJ", EW_UPOS_ADJ}, {"JJR", EW_UPOS_ADJ}, {"JJS", EW_UPOS_ADJ},
        {"RB", EW_UPOS_ADV}, {"RBR", EW_UPOS_ADV}, {"RBS", EW_UPOS_ADV},
        {"POS", EW_UPOS_PART}, {"RP", EW_UPOS_ADP},
    };
    if (!strncmp(t, "VB", 2))
        return EW_UPOS_VERB;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(t, map[i].tag))
            return map[i].u;
    if (!(t[0] >= 'A' && t[0] <= 'Z'))
        return EW_UPOS_PUNCT;   /* . , : `` '' and friends */
    if (!strcmp(t, "-LRB-") || !strcmp(t, "-RRB-") || !strcmp(t, "HYPH") || !strcmp(t, "NFP"))
        return EW_UPOS_PUNCT;
    return EW_UPOS_X;
}

static void leaves(const ew_ptb_node *x, ew_token *tok, size_t n, int depth)
{
    if (!x || depth > 1000)
        return;
    if (x->word) {
        if (x->first >= 0 && (size_t)x->first < n) {
            ew_token *t = &tok[x->first];
            t->form = x->word;
            t->xpos = x->label;
            t->upos = upos_of_tag(x->label ? x->label : "");
            t->head = 0;
            t->rel = EW_REL_DEP;
        }
        return;
    }
    for (int i = 0; i < x->nkids; i++)
        leaves(x->kids[i], tok, n, depth + 1);
}

ew_sentence *ew_code_ptb_sentence(const ew_ptb_node *root, const char *text,
                                  ew_arena *a)
{
    if (!root || root->last < 0)
        return NULL;
    ew_sentence *s = ew_arena_calloc(a, 1, sizeof *s);
    s->n = (size_t)root->last + 1;
    s->tok = ew_arena_calloc(a, s->n, sizeof *s->tok);
    for (size_t i = 0; i < s->n; i++)
        s->tok[i].form = "";
    leaves(root, s->tok, s->n, 0);
    s->text = text;
    s->ptb = root;
    if (text)
        ew_ptb_align(s->tok, s->n, text);
    return s;
}
