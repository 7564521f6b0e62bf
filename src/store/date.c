/*
 * date.c -- calendar arithmetic (see date.h).  Day numbers use the
 * well-known civil-from-days algorithm so no libc time zone state is
 * touched: results never depend on TZ or the locale.
 */
#include "store/date.h"

#include <ctype.h>
#include <string.h>

long ew_date_days(int32_t ymd)
{
    long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int32_t ew_date_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    return (int32_t)(y * 10000 + m * 100 + d);
}

int ew_date_valid(int32_t ymd)
{
    int y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    /* round trip rejects 31 April, 29 February of common years */
    return ew_date_from_days(ew_date_days(ymd)) == ymd;
}

int32_t ew_date_week_start(int32_t ymd)
{
    long days = ew_date_days(ymd);
    long dow = ((days % 7) + 7 + 3) % 7; /* 1970-01-01 was a Thursday: Monday=0 */
    return ew_date_from_days(days - dow);
}

static int digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

int32_t ew_date_parse(const char *s)
{
    int y, m, d;
    if (!s)
        return 0;
    while (isspace((unsigned char)*s))
        s++;
    if (digits(s, 4, &y) && s[4] == '-' && digits(s + 5, 2, &m) && s[7] == '-' &&
        digits(s + 8, 2, &d) && (!s[10] || s[10] == 'T' || s[10] == ' ' || s[10] == 't')) {
        int32_t v = y * 10000 + m * 100 + d;
        return ew_date_valid(v) ? v : 0;
    }
    if (digits(s, 8, &y) && (!s[8] || isspace((unsigned char)s[8]))) {
        int32_t v = y;
        return ew_date_valid(v) ? v : 0;
    }
    return 0;
}

int32_t ew_date_parse_rfc822(const char *s)
{
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (!s)
        return 0;
    while (isspace((unsigned char)*s))
        s++;
    const char *comma = strchr(s, ',');
    if (comma && comma - s <= 9)
        s = comma + 1;
    while (isspace((unsigned char)*s))
        s++;
    int d = 0, y = 0, n = 0;
    while (n < 2 && isdigit((unsigned char)s[n]))
        d = d * 10 + (s[n++] - '0');
    if (!n || s[n] != ' ')
        return 0;
    s += n + 1;
    const char *hit = NULL;
    for (int i = 0; i < 12 && !hit; i++)
        if (!strncmp(s, months + 3 * i, 3))
            hit = months + 3 * i;
    if (!hit || s[3] != ' ' || !digits(s + 4, 4, &y))
        return 0;
    int m = (int)((hit - months) / 3) + 1;
    int32_t v = y * 10000 + m * 100 + d;
    return ew_date_valid(v) ? v : 0;
}
