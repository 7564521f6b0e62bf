/*
 * paths.h -- where eventwatch finds its shipped data and models.
 *
 * Order: the environment variable (EVENTWATCH_DATA / EVENTWATCH_MODELS),
 * then <dir of the executable>/../data (or ../models) -- which covers both
 * build/eventwatch in a checkout and PREFIX/bin next to PREFIX/share -- then
 * the source tree the binary was built from (EW_SOURCE_DIR), then
 * /usr/local/share/eventwatch/<what>.  The first directory that exists wins.
 *
 * Returns a pointer to a static buffer (not thread-safe; call once at start).
 */
#ifndef EW_PATHS_H
#define EW_PATHS_H

const char *ew_default_data_dir(void);
const char *ew_default_models_dir(void);

#endif
