/*
 * split_layout.c -- paragraph and line layouts of a rebuilt document (see
 * split_layout.h).  Byte for byte: "\n\n" becomes " \n", a space becomes
 * "\n", so offsets never move.
 */
#include "text/split_layout.h"

/* "\n\n" -> " \n": the paragraph ends where a single line break is. */
static void blank_to_line(char *buf, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if (buf[i] == '\n' && buf[i + 1] == '\n') {
            buf[i] = ' ';
            i++;
        }
}

/* The last space before column `width` of each long line becomes a line
 * break, as a mail client or a text editor wraps. */
static void hard_wrap(char *buf, size_t len, size_t width)
{
    size_t line = 0, space = 0;
    int have_space = 0;
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\n') {
            line = i + 1;
            have_space = 0;
        } else if (buf[i] == ' ') {
            space = i;
            have_space = 1;
        }
        if (i - line >= width && have_space) {
            buf[space] = '\n';
            line = space + 1;
            have_space = 0;
        }
    }
}

void ew_split_relayout(char *buf, size_t len, ew_split_layout how, size_t width)
{
    if (how == EW_LAYOUT_LINES)
        blank_to_line(buf, len);
    else if (how == EW_LAYOUT_WRAP && width > 0)
        hard_wrap(buf, len, width);
}
