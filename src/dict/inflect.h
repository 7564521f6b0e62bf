/*
 * inflect.h -- the regular English forms PETRARCH dictionaries leave out.
 *
 * Verbs are entered in their base form and nouns in the singular; the loader
 * generates the rest with the rules the PETRARCH documentation states:
 * plural/3rd person +S, +ES after S/SH/CH/X/Z, Y after a consonant -> IES;
 * past +ED (E-final +D, consonant+Y -> IED); gerund +ING (E-final drops the
 * E, except EE/OE/YE).  Consonant doubling is not guessed (ban -> banned must
 * be given as an irregular form), as in PETRARCH.
 * Inputs and outputs are upper-case ASCII words; buffers of `size` bytes.
 */
#ifndef EW_DICT_INFLECT_H
#define EW_DICT_INFLECT_H

#include <stddef.h>

/* Each returns the length written, or 0 if it did not fit. */
size_t ew_inflect_plural(const char *w, char *buf, size_t size);
size_t ew_inflect_past(const char *w, char *buf, size_t size);
size_t ew_inflect_gerund(const char *w, char *buf, size_t size);

#endif
