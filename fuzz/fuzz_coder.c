/*
 * fuzz_coder.c -- libFuzzer target for the event coder.
 *
 * Input: a Penn tree (starts with '(') or CoNLL-U text, optionally followed
 * after a line "#TEXT" by the raw sentence.  Penn input is coded three ways:
 * through the Penn view with the converted tree, with tokens straight from
 * the tree (code/ptb_tokens.h), and through the dependency view alone; every
 * event is written as JSON.  The dictionaries are invented and written to a
 * temporary directory once, so patterns, synsets, compounds, agents and
 * dated actors are all reachable.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "code/coder.h"
#include "code/ptb_tokens.h"
#include "io/conllu.h"
#include "io/event_json.h"
#include "io/ptb.h"

static ew_dict *dict;

static void put(const char *dir, const char *name, const char *text)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void load_dict(void)
{
    char dir[] = "/tmp/ew_fuzz_coder_XXXXXX";
    if (!mkdtemp(dir))
        abort();
    put(dir, "v.txt",
        "&KIND\n+TRADE\n+NAVAL_AND_AIR\n\n"
        "--- ATTACK [190] ---\nATTACK\nATTACKED\n- * ^ WITH + [191]\n- $ HAS * [192]\n\n"
        "--- MEET [036:036] ---\nMEET\nMET\n- * WITH_+ [040]\n- % * [041]\n"
        "- * {FORMAL TALKS} (WITH +) [042]\n\n"
        "--- CUT [---] ---\nCUT\n- * &KIND TIES [161]\n+CUT_OFF [162]\n");
    put(dir, "a.txt", "VELMORA [VLM]\n+VELMORAN\nKASTRIA [KST]\nOLD_KING\n\t[VLMGOV 20000101-20091231]\n\t[KSTGOV >20100101]\n");
    put(dir, "g.txt", "POLICE [~COP]\nCHARITY [NGO~]\nMINISTER [~GOV]\n");
    put(dir, "d.txt", "FOOTBALL\n+STORM SURGE\n");
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    dict = ew_dict_new();
    const char *names[] = {"v.txt", "a.txt", "g.txt", "d.txt"};
    ew_dict_kind kinds[] = {EW_DICT_VERBS, EW_DICT_ACTORS, EW_DICT_AGENTS, EW_DICT_DISCARDS};
    for (int i = 0; i < 4; i++) {
        char p[512];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        ew_dict_add_file(dict, kinds[i], p, &d);
        unlink(p);
    }
    rmdir(dir);
    ew_dict_finish(dict);
}

static void code(const ew_sentence *s, int use_ptb, ew_arena *a, ew_diag *d)
{
    if (!s)
        return;
    ew_coder c = {dict, {0}, NULL, NULL, d};
    ew_code_options_default(&c.opt);
    c.opt.use_ptb = use_ptb;
    c.opt.new_actor_length = 3;
    ew_event_list ev = {0};
    ew_code_sentence(&c, s, a, &ev);
    ew_jbuf b = {0};
    for (size_t i = 0; i < ev.n; i++)
        ew_event_json(&b, &ev.v[i]);
    ew_jbuf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dict)
        load_dict();
    ew_arena a;
    ew_arena_init(&a, 0);
    char *buf = ew_arena_strndup(&a, (const char *)data, size);
    const char *text = NULL;
    char *mark = strstr(buf, "\n#TEXT\n");
    if (mark) {
        *mark = '\0';
        text = mark + 7;
    }
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    if (buf[0] == '(') {
        ew_ptb_node *root = ew_ptb_parse(buf, &a, &d, "fuzz", 1, NULL);
        if (root) {
            ew_sentence *s = ew_ptb_to_sentence(root, text, &a, &d);
            code(s, 1, &a, &d);
            code(s, 0, &a, &d);
            code(ew_code_ptb_sentence(root, text, &a), 1, &a, &d);
        }
    } else {
        ew_sentence *s = ew_conllu_parse(buf, strlen(buf), &a, &d, "fuzz", 1);
        if (s && text)
            s->text = text;
        code(s, 0, &a, &d);
    }
    ew_arena_free(&a);
    return 0;
}
