/*
 * fuzz_dict.c -- libFuzzer target for the dictionary loaders.
 *
 * The first byte picks the file kind (verbs, actors, agents, discards,
 * issues); the rest is the file.  After loading, the lookup tables are built
 * and exercised, and lint runs, so index building is fuzzed too.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dict/dict.h"
#include "dict/lint.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    ew_dict_kind kind = (ew_dict_kind)(data[0] % 5);
    ew_diag diag;
    ew_diag_init(&diag);
    diag.quiet = 1;
    ew_dict *d = ew_dict_new();
    ew_dict_add_mem(d, kind, "fuzz.txt", (const char *)data + 1, size - 1, &diag);
    ew_dict_finish(d);
    static const char *const probe[] = {"THE", "MINISTER", "SAID", "MET", "GONDOR", "A"};
    ew_sym w[6];
    for (int i = 0; i < 6; i++)
        w[i] = ew_dict_sym(d, probe[i], strlen(probe[i]));
    size_t len, n;
    for (size_t i = 0; i < 6; i++) {
        ew_dict_match_actor(d, w, 6, i, &len);
        ew_dict_match_agent(d, w, 6, i, 2, &len);
        ew_dict_verb_forms(d, w[i], &n);
    }
    ew_discard_scope scope;
    ew_dict_discard_match(d, "The minister said the World Cup was over.", &scope);
    ew_issue_hit hits[4];
    ew_dict_issues(d, "Elections and water sharing.", hits, 4);
    ew_dict_lint(d, NULL, &diag);
    ew_dict_free(d);
    return 0;
}
