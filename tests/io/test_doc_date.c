/* Tests for src/io/doc_date.c: documents with a bad or missing date are
 * kept with a warning and dated from the dateline, the feed, the default
 * date, or left unknown -- never rejected.  Fixtures are invented. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "io/doc_reader.h"

static void dateline_dates(void **state)
{
    (void)state;
#define D(s, ref) ew_doc_text_date(s, strlen(s), ref)
    assert_int_equal(D("ASTANA, Nov. 27, 2025 (AP) -- The minister met.", 0), 20251127);
    assert_int_equal(D("  KYIV, 3 March 2024 (Reuters) - Shelling hit.", 0), 20240303);
    assert_int_equal(D("ALMATY, Dec 4 (Kazinform) - Talks opened.", 20250110), 20241204);
    assert_int_equal(D("ALMATY, Dec 4 (Kazinform) - Talks opened.", 20251201), 20251204);
    assert_int_equal(D("ALMATY, Dec 4 (Kazinform) - Talks opened.", 0), 0); /* no year, no reference */
    assert_int_equal(D("ASTANA. September 2. KAZINFORM - Rain.", 20250905), 20250902);
    assert_int_equal(D("WASHINGTON - No date in this dateline.", 20250905), 0);
    assert_int_equal(D("The minister said on Nov 27, 2025 that talks went well.", 0), 0);
    /* a date line opening the story: full dates only */
    assert_int_equal(D("'''March 9 , 2006''' Officials of the two towns met.", 0), 20060309);
    assert_int_equal(D("&lt;p&gt;'''Oct. 1, 2006''' Talks.", 0), 20061001);
    assert_int_equal(D("March 9 Officials of the two towns met.", 20060101), 0);
    assert_int_equal(D("2005 was a year. On a long road the envoys met on May 2, 2005.", 0), 0);
    assert_int_equal(D("Envoys met on May 2, 2005.", 0), 0);
    assert_int_equal(D("publish July 4, 2006\nThe council met.", 0), 20060704);
    assert_int_equal(D("ASTANA, Feb 30, 2025 (AP) - No such day.", 0), 0);
    assert_int_equal(D("", 20250101), 0);
#undef D
}

typedef struct seen {
    int n;
    int32_t date[8];
    ew_doc_date_from from[8];
} seen;

static int keep(void *user, const ew_doc *d)
{
    seen *s = user;
    if (s->n < 8) {
        s->date[s->n] = d->date;
        s->from[s->n] = d->date_from;
    }
    s->n++;
    return 0;
}

typedef struct heard {
    int warn;
    char last[512];
} heard;

static void listen(void *user, ew_severity sev, const char *file, long line,
                   const char *record, const char *msg)
{
    heard *h = user;
    if (sev == EW_WARN)
        h->warn++;
    snprintf(h->last, sizeof h->last, "%s:%ld: [%s] %s", file ? file : "", line,
             record ? record : "", msg);
}

/* One read's observer: the documents kept, the diagnostics heard, the
 * reader's counts; every test sets up the same. */
typedef struct run {
    seen s;
    heard h;
    ew_diag d;
    ew_doc_stats st;
} run;

static void run_init(run *r)
{
    memset(r, 0, sizeof *r);
    ew_diag_init(&r->d);
    r->d.fn = listen;
    r->d.user = &r->h;
}

static void jsonl_bad_dates_are_kept(void **state)
{
    (void)state;
    const char buf[] =
        "{\"id\":\"ok\",\"date\":\"2025-01-02\",\"text\":\"The council met.\"}\n"
        "{\"id\":\"na\",\"date\":\"NA\",\"text\":\"ORSK, May 5, 2025 (Wire) - Talks resumed.\"}\n"
        "{\"id\":\"empty\",\"date\":\"\",\"text\":\"Talks resumed.\"}\n"
        "{\"id\":\"none\",\"text\":\"Talks resumed again.\"}\n";
    run r;
    run_init(&r);
    ew_doc_opts o = {0};
    assert_int_equal(ew_doc_read_jsonl_mem(buf, sizeof buf - 1, "mem", &o, keep, &r.s, &r.d, &r.st), 0);
    assert_int_equal(r.s.n, 4);
    assert_int_equal(r.st.read, 4);
    assert_int_equal(r.st.rejected[EW_REJ_DATE], 0);
    assert_int_equal(r.s.date[0], 20250102);
    assert_int_equal(r.s.from[0], EW_DATE_RECORD);
    assert_int_equal(r.s.date[1], 20250505);
    assert_int_equal(r.s.from[1], EW_DATE_DATELINE);
    assert_int_equal(r.s.date[2], 0);
    assert_int_equal(r.s.from[2], EW_DATE_UNKNOWN);
    assert_int_equal(r.s.from[3], EW_DATE_UNKNOWN);
    assert_int_equal(r.st.redated, 1);
    assert_int_equal(r.st.undated, 2);
    assert_int_equal(r.h.warn, 3);
    assert_int_equal(r.d.errors, 0);
    assert_non_null(strstr(r.h.last, "mem:4: [none] bad date '(missing)': document kept, date unknown"));
    /* with a default date the undated ones take it */
    ew_doc_stats st2 = {0};
    seen s2 = {0};
    o.default_date = 20250601;
    ew_doc_read_jsonl_mem(buf, sizeof buf - 1, "mem", &o, keep, &s2, &r.d, &st2);
    assert_int_equal(s2.date[1], 20250505);
    assert_int_equal(s2.date[2], 20250601);
    assert_int_equal(s2.from[2], EW_DATE_DEFAULT);
    assert_int_equal(st2.redated, 3);
    assert_int_equal(st2.undated, 0);
}

static void rss_item_takes_feed_date(void **state)
{
    (void)state;
    char path[] = "/tmp/ew_test_doc_dateXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *xml =
        "<rss><channel><title>Valley Post</title>"
        "<lastBuildDate>Tue, 06 May 2025 09:00:00 GMT</lastBuildDate>"
        "<item><guid>a</guid><pubDate>NA</pubDate><description>Talks resumed.</description></item>"
        "<item><guid>b</guid><description>OSK, May 4 (Wire) - Talks went on.</description></item>"
        "</channel></rss>";
    assert_int_equal(write(fd, xml, strlen(xml)), (ssize_t)strlen(xml));
    close(fd);
    run r;
    run_init(&r);
    assert_int_equal(ew_doc_read_file(path, NULL, keep, &r.s, &r.d, &r.st), 0);
    unlink(path);
    assert_int_equal(r.s.n, 2);
    assert_int_equal(r.s.date[0], 20250506);
    assert_int_equal(r.s.from[0], EW_DATE_FEED);
    assert_int_equal(r.s.date[1], 20250504); /* year from the feed's date */
    assert_int_equal(r.s.from[1], EW_DATE_DATELINE);
    assert_int_equal(r.h.warn, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dateline_dates),
        cmocka_unit_test(jsonl_bad_dates_are_kept),
        cmocka_unit_test(rss_item_takes_feed_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
