/*
 * paths.c -- locating shipped data and models (see paths.h).
 */
#include "core/paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef EW_SOURCE_DIR
#define EW_SOURCE_DIR "."
#endif

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static const char *find_dir(const char *env, const char *what, char *buf, size_t size)
{
    const char *e = getenv(env);
    if (e && *e) {
        snprintf(buf, size, "%s", e);
        return buf;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            snprintf(buf, size, "%s/../%s", exe, what);
            if (is_dir(buf))
                return buf;
            snprintf(buf, size, "%s/../share/eventwatch/%s", exe, what);
            if (is_dir(buf))
                return buf;
        }
    }
    snprintf(buf, size, "%s/%s", EW_SOURCE_DIR, what);
    if (is_dir(buf))
        return buf;
    snprintf(buf, size, "/usr/local/share/eventwatch/%s", what);
    return buf;
}

const char *ew_default_data_dir(void)
{
    static char buf[PATH_MAX + 64];
    return find_dir("EVENTWATCH_DATA", "data", buf, sizeof buf);
}

const char *ew_default_models_dir(void)
{
    static char buf[PATH_MAX + 64];
    return find_dir("EVENTWATCH_MODELS", "models", buf, sizeof buf);
}
