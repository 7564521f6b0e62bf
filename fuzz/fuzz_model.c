/*
 * fuzz_model.c -- libFuzzer target for model files (tagger, lemmatizer,
 * word clusters).
 *
 * First input byte picks the path:
 *   0  the rest is a whole file: header checks of ew_model_read()
 *   1  the rest is a tagger payload wrapped in a valid header (so the
 *      checksum passes and the payload checks of ew_tagger_load() are hit)
 *   2  the same for a lemmatizer payload
 *   3  the same for a word-clusters payload (then looked up: the table's
 *      probe loop must end for any key)
 * Whatever loads is then used on a small sentence: a payload that passes
 * the checks must be safe to tag and lemmatise with.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/arena.h"
#include "nlp/clusters.h"
#include "nlp/lemmatizer.h"
#include "nlp/model_io.h"
#include "nlp/tagger.h"
#include "nlp/word_features.h"

static void exercise(const ew_tagger *t, const ew_lemmatizer *l)
{
    ew_token tok[5] = {{.form = "The"}, {.form = "envoys"}, {.form = "WENT"},
                       {.form = "to"}, {.form = "Astana-2024"}};
    ew_sentence s = {.n = 5, .tok = tok};
    for (int i = 0; i < 5; i++)
        tok[i].xpos = "NNS";
    if (t)
        ew_tagger_tag(t, &s);
    if (l) {
        ew_arena a;
        ew_arena_init(&a, 0);
        ew_lemmatizer_sentence(l, &s, &a);
        ew_arena_free(&a);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    char path[64];
    snprintf(path, sizeof path, "/tmp/ew_fuzz_model_%d.bin", (int)getpid());
    ew_diag d;
    ew_diag_init(&d);
    d.quiet = 1;
    int mode = data[0] % 4;
    if (mode == 0) {
        FILE *f = fopen(path, "wb");
        if (!f)
            return 0;
        fwrite(data + 1, 1, size - 1, f);
        fclose(f);
        size_t n;
        free(ew_model_read(path, EW_TAGGER_KIND, EW_TAGGER_VERSION, &n, &d));
    } else if (mode == 1) {
        if (ew_model_write(path, EW_TAGGER_KIND, EW_TAGGER_VERSION, data + 1, size - 1, &d) == 0) {
            ew_tagger *t = ew_tagger_load(path, &d);
            exercise(t, NULL);
            ew_tagger_free(t);
        }
    } else if (mode == 3) {
        if (ew_model_write(path, EW_CLUSTERS_KIND, EW_CLUSTERS_VERSION, data + 1, size - 1, &d) == 0) {
            ew_clusters *c = ew_clusters_load(path, &d);
            static const char *words[] = {"envoys", "Astana", "the", "zzzq", ""};
            for (size_t i = 0; c && i < sizeof words / sizeof *words; i++)
                (void)ew_clusters_prefix(ew_clusters_code(c, ew_word_norm_hash(words[i])), 4);
            ew_clusters_free(c);
        }
    } else {
        if (ew_model_write(path, EW_LEMMATIZER_KIND, EW_LEMMATIZER_VERSION, data + 1, size - 1, &d) == 0) {
            ew_lemmatizer *l = ew_lemmatizer_load(path, &d);
            exercise(NULL, l);
            ew_lemmatizer_free(l);
        }
    }
    unlink(path);
    return 0;
}
