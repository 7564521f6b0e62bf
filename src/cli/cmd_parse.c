/*
 * cmd_parse.c -- `eventwatch parse [--models DIR] [FILE|-]`: raw text (or
 * JSON Lines documents) -> CoNLL-U with eventwatch's own tokenizer, tagger,
 * lemmatizer and parser.
 *
 * Each sentence carries `# sent_id = <doc>-<n>` and `# text`; MISC holds
 * TokenRange=start:end (byte offsets into the document text) as UDPipe
 * does, via the CoNLL-U writer's SpaceAfter handling.  Exit status as for
 * every command (commands.h).
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "io/conllu.h"
#include "io/doc_reader.h"
#include "nlp/nlp.h"
#include "text/segment.h"

typedef struct parse_run {
    const ew_nlp_models *m;
    ew_arena arena;
    ew_diag *diag;
    long sentences;
} parse_run;

static int on_doc(void *user, const ew_doc *d)
{
    parse_run *r = user;
    ew_segmented seg;
    if (ew_text_segment(d->text, d->text_len, &seg, &r->arena, r->diag) == 0) {
        if (d->id)
            printf("# newdoc id = %s\n", d->id);
        for (size_t i = 0; i < seg.n; i++) {
            ew_sentence *s = &seg.sent[i];
            s->doc_id = d->id;
            s->id = ew_arena_printf(&r->arena, "%s-%zu", d->id ? d->id : "doc", i + 1);
            ew_nlp_analyse(r->m, s, &r->arena);
            ew_conllu_write(stdout, s);
            r->sentences++;
        }
    }
    ew_arena_reset(&r->arena);
    return 0;
}

static int usage(void)
{
    fprintf(stderr, "usage: eventwatch parse [--models DIR] [FILE|-]\n"
                    "  FILE: plain text (one document) or JSON Lines documents {\"id\",\"text\",...};\n"
                    "  no FILE or '-': JSON Lines from stdin.  Output: CoNLL-U on stdout.\n");
    return EW_EXIT_USAGE;
}

int cmd_parse(int argc, char **argv)
{
    const char *models = NULL, *file = "-";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--models") && i + 1 < argc)
            models = argv[++i];
        else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage();
            return EW_EXIT_OK;
        } else if (argv[i][0] == '-' && argv[i][1])
            return usage();
        else
            file = argv[i];
    }
    ew_diag diag;
    ew_diag_init(&diag);
    diag.max_print = 50;
    ew_nlp_models *m = ew_nlp_load(models, &diag);
    if (!m)
        return EW_EXIT_FATAL;
    parse_run r = {m, {0}, &diag, 0};
    ew_arena_init(&r.arena, 1u << 20);
    ew_doc_opts o = {0};
    ew_doc_stats st = {0};
    int rc = ew_doc_read_file(file, &o, on_doc, &r, &diag, &st);
    ew_arena_free(&r.arena);
    ew_nlp_free(m);
    if (rc < 0)
        return EW_EXIT_FATAL;
    long rejected = 0;
    for (int k = 0; k < EW_REJ_COUNT; k++)
        rejected += st.rejected[k];
    return rejected ? EW_EXIT_SKIPPED : EW_EXIT_OK;
}
